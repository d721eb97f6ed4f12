import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LoadReportSource as LoadReportSourceModel } from '../kit/server.js';
import type { StorageKind as StorageKindModel } from '../../storage/index.js';
import type { PearTvFilmEntity as PearTvFilmEntityModel, PeartvContext } from './wiring.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Any JSON value: a JSON Schema, or a record exactly as it is stored. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Provenance of a captured record: when it was confirmed and which client sent it. */
export type Capture = {
  __typename?: 'Capture';
  /** ISO 8601 time of the confirmation. */
  capturedAt: Scalars['String']['output'];
  movieId: Scalars['ID']['output'];
  /** The client's name for itself: `cli`, a remote file's name, `api` ... */
  source: Scalars['String']['output'];
  /** Who captured it, as the verified token's subject says; null for captures made before tokens. */
  subject?: Maybe<Scalars['String']['output']>;
};

/** What became of a record sent for capture. */
export type CaptureStatus =
  /** Validated, stored, read back from the store: confirmed. */
  | 'CREATED'
  /** Equal in every field to a stored record, which is returned; nothing was written. */
  | 'DUPLICATE'
  /** Invalid: see problems. Nothing was written. */
  | 'REJECTED'
  /** Valid, but not written: the batch was all-or-nothing and another record was rejected. */
  | 'SKIPPED';

/** One reason a record was refused. */
export type FieldProblem = {
  __typename?: 'FieldProblem';
  /** The input field, like `year` or `actors[1]`. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** The rule it breaks: a JSON Schema keyword (`maximum`, `enum`, `pattern` ...) or the streamer's own rule. */
  rule: Scalars['String']['output'];
  /** The value refused; null when it was missing. */
  value?: Maybe<Scalars['JSON']['output']>;
};

/** What a streamer's subgraph found when it loaded its native store at start-up. */
export type LoadReport = {
  __typename?: 'LoadReport';
  duplicateRecords: Scalars['Int']['output'];
  invalidRecords: Scalars['Int']['output'];
  /** The records not served, in storage order. */
  rejected: Array<RejectedRecord>;
  servedRecords: Scalars['Int']['output'];
  /** The native file, relative to DATA_DIR. */
  source: Scalars['String']['output'];
  storage: StorageKind;
  storedRecords: Scalars['Int']['output'];
  streamer: Scalars['String']['output'];
};


/** What a streamer's subgraph found when it loaded its native store at start-up. */
export type LoadReportRejectedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A movie or programme of any streamer. Every streamer subgraph declares this interface exactly as
 * written in schema/movie.graphql (`npm run compose` copies it; a test fails when a copy drifts).
 */
export type Movie = {
  /** BBFC age rating (U, PG, 12, 12A, 15, 18, R18); null where the streamer has none (OduFlix). */
  classification?: Maybe<Scalars['String']['output']>;
  /** Country code as the streamer stores it (GB, FR, USA; OduFlix says UK). */
  country?: Maybe<Scalars['String']['output']>;
  /** Genre; null where the streamer has none (PearTV). */
  genre?: Maybe<Scalars['String']['output']>;
  /** Global id, stable across restarts: `<subgraph>:<native key>`, like `peartv:8` or `ccd:1`. */
  id: Scalars['ID']['output'];
  /** Rating from 0 to 5 stars; null where the streamer has none (CCD). */
  stars?: Maybe<Scalars['Int']['output']>;
  /** The streamer that holds it: CCD, OduFlix, BigForest or PearTV. */
  streamer: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Year of release. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Sums over a set of movies, from which counts and means merge exactly across streamers. */
export type MovieAggregate = {
  __typename?: 'MovieAggregate';
  count: Scalars['Int']['output'];
  /** The group's value as text; null for movies without one (and for a whole catalogue). */
  key?: Maybe<Scalars['String']['output']>;
  purchase?: Maybe<PriceAggregate>;
  /** Null when none of them has the price. */
  rental?: Maybe<PriceAggregate>;
  /** How many of them have stars, and the sum of their stars. */
  starsCount: Scalars['Int']['output'];
  starsSum: Scalars['Float']['output'];
};

/** An order: the field (missing values last either way), then title, streamer and id break ties. */
export type MovieOrder = {
  direction?: OrderDirection;
  field?: MovieOrderField;
};

/** What a list or a search is ordered by. */
export type MovieOrderField =
  | 'PURCHASE'
  | 'RENTAL'
  | 'STARS'
  | 'TITLE'
  | 'YEAR';

/** A streamer's aggregates: over everything it serves, and per group when grouped. */
export type MovieStats = {
  __typename?: 'MovieStats';
  groupBy?: Maybe<StatsGroupBy>;
  /** In the order of their keys (numbers by value), the null key last; empty when not grouped. */
  groups: Array<MovieAggregate>;
  total: MovieAggregate;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Capture one record: validate it, store it, read it back. An invalid record is refused with a
   * BAD_USER_INPUT error naming each field, rule and value, and nothing is written. A record equal in
   * every field to a stored one is not stored again: the answer is DUPLICATE with the stored one.
   */
  capturePearTvFilm: PearTvFilmCapture;
  /**
   * Capture up to 1000 records in one write. With `allOrNothing`, one invalid record refuses the
   * batch and nothing is written; otherwise the valid ones are stored and the invalid ones reported.
   */
  capturePearTvFilms: PearTvFilmBatchCapture;
};


export type MutationCapturePearTvFilmArgs = {
  input: PearTvFilmInput;
  source?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCapturePearTvFilmsArgs = {
  allOrNothing?: InputMaybe<Scalars['Boolean']['input']>;
  inputs: Array<PearTvFilmInput>;
  source?: InputMaybe<Scalars['String']['input']>;
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** Where a page of a connection ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A film of PearTV, to rent or buy, stored as a row of the SQLite table Film. */
export type PearTvFilm = Movie & {
  __typename?: 'PearTvFilm';
  /** When and by which client it was captured; null for records that came with the store. */
  capture?: Maybe<Capture>;
  /** BBFC age rating. */
  classification?: Maybe<Scalars['String']['output']>;
  country?: Maybe<Scalars['String']['output']>;
  /** The native primary key, Film.film_id. */
  filmId: Scalars['Int']['output'];
  /** Always null: PearTV does not record genres. */
  genre?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Price to buy. */
  purchase: Scalars['Float']['output'];
  /** Price to rent. */
  rental: Scalars['Float']['output'];
  stars?: Maybe<Scalars['Int']['output']>;
  streamer: Scalars['String']['output'];
  title: Scalars['String']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

/** What became of a batch: counts, and one result per input in order. */
export type PearTvFilmBatchCapture = {
  __typename?: 'PearTvFilmBatchCapture';
  created: Scalars['Int']['output'];
  duplicates: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  results: Array<PearTvFilmCapture>;
  skipped: Scalars['Int']['output'];
};

/** What became of one record sent for capture. */
export type PearTvFilmCapture = {
  __typename?: 'PearTvFilmCapture';
  /** Why it was refused (REJECTED); empty otherwise. */
  problems: Array<FieldProblem>;
  /** The record as stored, read back from the SQLite database: the new one (CREATED) or the one it repeats (DUPLICATE). */
  record?: Maybe<PearTvFilm>;
  status: CaptureStatus;
};

export type PearTvFilmConnection = {
  __typename?: 'PearTvFilmConnection';
  edges: Array<PearTvFilmEdge>;
  pageInfo: PageInfo;
  /** Every match of the filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PearTvFilmEdge = {
  __typename?: 'PearTvFilmEdge';
  cursor: Scalars['String']['output'];
  node: PearTvFilm;
};

/** A film to capture into SQLite table Film: its native fields. Text is trimmed. */
export type PearTvFilmInput = {
  /** BBFC age rating: U, PG, 12, 12A, 15, 18, R18 (any case). */
  classification: Scalars['String']['input'];
  /** 2 or 3 capital letters: GB, FR, USA. */
  country: Scalars['String']['input'];
  /** Price to buy: 0 to 1000. */
  purchase: Scalars['Float']['input'];
  /** Price to rent: 0 to 1000, no more than purchase. */
  rental: Scalars['Float']['input'];
  /** 0 to 5. */
  stars: Scalars['Int']['input'];
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/** Prices of a set of movies: how many, their sum, the lowest and the highest. */
export type PriceAggregate = {
  __typename?: 'PriceAggregate';
  count: Scalars['Int']['output'];
  max: Scalars['Float']['output'];
  min: Scalars['Float']['output'];
  sum: Scalars['Float']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Provenance of the records captured into this streamer, newest first; `source` keeps one client's. */
  pearTvCaptures: Array<Capture>;
  /** PearTV's film with this global id (`peartv:1`); null when there is none. */
  pearTvFilm?: Maybe<PearTvFilm>;
  /** PearTV's films in title order. Filters combine with AND; text filters ignore case. */
  pearTvFilms: PearTvFilmConnection;
  /** What loading PearTV's SQLite database found: counts and every record not served, with reasons. */
  pearTvLoadReport: LoadReport;
  /** Counts, stars and prices over all of PearTV's films, as sums that merge exactly; `groupBy` splits them by a field. */
  pearTvStats: MovieStats;
};


export type QueryPearTvCapturesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPearTvFilmArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPearTvFilmsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  classification?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  maxPurchase?: InputMaybe<Scalars['Float']['input']>;
  maxRental?: InputMaybe<Scalars['Float']['input']>;
  minStars?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MovieOrder>;
  titleContains?: InputMaybe<Scalars['String']['input']>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPearTvStatsArgs = {
  groupBy?: InputMaybe<StatsGroupBy>;
};

/** A record of a native store that is not served, left untouched in its file. */
export type RejectedRecord = {
  __typename?: 'RejectedRecord';
  /** For a duplicate: the id of the served record it repeats. */
  duplicateOf?: Maybe<Scalars['ID']['output']>;
  kind: RejectionKind;
  /** Where it is: `line 12` (CSV), `/BigForest_list/3` (JSON pointer), `film_id 8` (SQLite). */
  location: Scalars['String']['output'];
  /** One line per problem, naming the field, the rule and the value. */
  reasons: Array<Scalars['String']['output']>;
  /** The record exactly as stored. */
  record?: Maybe<Scalars['JSON']['output']>;
  streamer: Scalars['String']['output'];
};

/** Why a stored record is not served. */
export type RejectionKind =
  /** Every field equals an earlier record's, which is served instead. */
  | 'DUPLICATE'
  /** It fails the streamer's JSON Schema. */
  | 'INVALID';

/** How statistics split movies into groups. */
export type StatsGroupBy =
  | 'CLASSIFICATION'
  | 'COUNTRY'
  /** Ten years from a year ending in 0: key `1990s`. */
  | 'DECADE'
  | 'GENRE'
  | 'STARS'
  | 'YEAR';

/** How a streamer stores its catalogue. */
export type StorageKind =
  | 'CSV'
  | 'JSON'
  | 'SQLITE';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  PearTvFilm: PearTvFilm;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  PearTvFilm:
    ( { __typename: 'PearTvFilm' }
    & GraphQLRecursivePick<FederationTypes['PearTvFilm'], {"id":true}> );
};


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Movie: ( PearTvFilmEntityModel );
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Capture: ResolverTypeWrapper<Capture>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CaptureStatus: CaptureStatus;
  FieldProblem: ResolverTypeWrapper<FieldProblem>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LoadReport: ResolverTypeWrapper<LoadReportSourceModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Movie: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Movie']>;
  MovieAggregate: ResolverTypeWrapper<MovieAggregate>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  MovieOrder: MovieOrder;
  MovieOrderField: MovieOrderField;
  MovieStats: ResolverTypeWrapper<MovieStats>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PearTvFilm: ResolverTypeWrapper<PearTvFilmEntityModel>;
  PearTvFilmBatchCapture: ResolverTypeWrapper<Omit<PearTvFilmBatchCapture, 'results'> & { results: Array<ResolversTypes['PearTvFilmCapture']> }>;
  PearTvFilmCapture: ResolverTypeWrapper<Omit<PearTvFilmCapture, 'record'> & { record?: Maybe<ResolversTypes['PearTvFilm']> }>;
  PearTvFilmConnection: ResolverTypeWrapper<Omit<PearTvFilmConnection, 'edges'> & { edges: Array<ResolversTypes['PearTvFilmEdge']> }>;
  PearTvFilmEdge: ResolverTypeWrapper<Omit<PearTvFilmEdge, 'node'> & { node: ResolversTypes['PearTvFilm'] }>;
  PearTvFilmInput: PearTvFilmInput;
  PriceAggregate: ResolverTypeWrapper<PriceAggregate>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RejectedRecord: ResolverTypeWrapper<RejectedRecord>;
  RejectionKind: RejectionKind;
  StatsGroupBy: StatsGroupBy;
  StorageKind: ResolverTypeWrapper<StorageKindModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Capture: Capture;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  FieldProblem: FieldProblem;
  JSON: Scalars['JSON']['output'];
  LoadReport: LoadReportSourceModel;
  Int: Scalars['Int']['output'];
  Movie: ResolversInterfaceTypes<ResolversParentTypes>['Movie'];
  MovieAggregate: MovieAggregate;
  Float: Scalars['Float']['output'];
  MovieOrder: MovieOrder;
  MovieStats: MovieStats;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  PageInfo: PageInfo;
  PearTvFilm: PearTvFilmEntityModel;
  PearTvFilmBatchCapture: Omit<PearTvFilmBatchCapture, 'results'> & { results: Array<ResolversParentTypes['PearTvFilmCapture']> };
  PearTvFilmCapture: Omit<PearTvFilmCapture, 'record'> & { record?: Maybe<ResolversParentTypes['PearTvFilm']> };
  PearTvFilmConnection: Omit<PearTvFilmConnection, 'edges'> & { edges: Array<ResolversParentTypes['PearTvFilmEdge']> };
  PearTvFilmEdge: Omit<PearTvFilmEdge, 'node'> & { node: ResolversParentTypes['PearTvFilm'] };
  PearTvFilmInput: PearTvFilmInput;
  PriceAggregate: PriceAggregate;
  Query: Record<PropertyKey, never>;
  RejectedRecord: RejectedRecord;
};

export type CaptureResolvers<ContextType = PeartvContext, ParentType extends ResolversParentTypes['Capture'] = ResolversParentTypes['Capture']> = {
  capturedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  movieId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FieldProblemResolvers<ContextType = PeartvContext, ParentType extends ResolversParentTypes['FieldProblem'] = ResolversParentTypes['FieldProblem']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LoadReportResolvers<ContextType = PeartvContext, ParentType extends ResolversParentTypes['LoadReport'] = ResolversParentTypes['LoadReport']> = {
  duplicateRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invalidRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['RejectedRecord']>, ParentType, ContextType, RequireFields<LoadReportRejectedArgs, 'first' | 'offset'>>;
  servedRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storage?: Resolver<ResolversTypes['StorageKind'], ParentType, ContextType>;
  storedRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  streamer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MovieResolvers<ContextType = PeartvContext, ParentType extends ResolversParentTypes['Movie'] = ResolversParentTypes['Movie']> = {
  __resolveType: TypeResolveFn<'PearTvFilm', ParentType, ContextType>;
};

export type MovieAggregateResolvers<ContextType = PeartvContext, ParentType extends ResolversParentTypes['MovieAggregate'] = ResolversParentTypes['MovieAggregate']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purchase?: Resolver<Maybe<ResolversTypes['PriceAggregate']>, ParentType, ContextType>;
  rental?: Resolver<Maybe<ResolversTypes['PriceAggregate']>, ParentType, ContextType>;
  starsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  starsSum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MovieStatsResolvers<ContextType = PeartvContext, ParentType extends ResolversParentTypes['MovieStats'] = ResolversParentTypes['MovieStats']> = {
  groupBy?: Resolver<Maybe<ResolversTypes['StatsGroupBy']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['MovieAggregate']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['MovieAggregate'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = PeartvContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  capturePearTvFilm?: Resolver<ResolversTypes['PearTvFilmCapture'], ParentType, ContextType, RequireFields<MutationCapturePearTvFilmArgs, 'input' | 'source'>>;
  capturePearTvFilms?: Resolver<ResolversTypes['PearTvFilmBatchCapture'], ParentType, ContextType, RequireFields<MutationCapturePearTvFilmsArgs, 'allOrNothing' | 'inputs' | 'source'>>;
};

export type PageInfoResolvers<ContextType = PeartvContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PearTvFilmResolvers<ContextType = PeartvContext, ParentType extends ResolversParentTypes['PearTvFilm'] = ResolversParentTypes['PearTvFilm'], FederationReferenceType extends FederationReferenceTypes['PearTvFilm'] = FederationReferenceTypes['PearTvFilm']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PearTvFilm']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capture?: Resolver<Maybe<ResolversTypes['Capture']>, ParentType, ContextType>;
  classification?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  filmId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  genre?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purchase?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rental?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stars?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  streamer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PearTvFilmBatchCaptureResolvers<ContextType = PeartvContext, ParentType extends ResolversParentTypes['PearTvFilmBatchCapture'] = ResolversParentTypes['PearTvFilmBatchCapture']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  duplicates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['PearTvFilmCapture']>, ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PearTvFilmCaptureResolvers<ContextType = PeartvContext, ParentType extends ResolversParentTypes['PearTvFilmCapture'] = ResolversParentTypes['PearTvFilmCapture']> = {
  problems?: Resolver<Array<ResolversTypes['FieldProblem']>, ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['PearTvFilm']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaptureStatus'], ParentType, ContextType>;
};

export type PearTvFilmConnectionResolvers<ContextType = PeartvContext, ParentType extends ResolversParentTypes['PearTvFilmConnection'] = ResolversParentTypes['PearTvFilmConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PearTvFilmEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PearTvFilmEdgeResolvers<ContextType = PeartvContext, ParentType extends ResolversParentTypes['PearTvFilmEdge'] = ResolversParentTypes['PearTvFilmEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PearTvFilm'], ParentType, ContextType>;
};

export type PriceAggregateResolvers<ContextType = PeartvContext, ParentType extends ResolversParentTypes['PriceAggregate'] = ResolversParentTypes['PriceAggregate']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = PeartvContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  pearTvCaptures?: Resolver<Array<ResolversTypes['Capture']>, ParentType, ContextType, RequireFields<QueryPearTvCapturesArgs, 'first' | 'offset'>>;
  pearTvFilm?: Resolver<Maybe<ResolversTypes['PearTvFilm']>, ParentType, ContextType, RequireFields<QueryPearTvFilmArgs, 'id'>>;
  pearTvFilms?: Resolver<ResolversTypes['PearTvFilmConnection'], ParentType, ContextType, RequireFields<QueryPearTvFilmsArgs, 'first' | 'orderBy'>>;
  pearTvLoadReport?: Resolver<ResolversTypes['LoadReport'], ParentType, ContextType>;
  pearTvStats?: Resolver<ResolversTypes['MovieStats'], ParentType, ContextType, Partial<QueryPearTvStatsArgs>>;
};

export type RejectedRecordResolvers<ContextType = PeartvContext, ParentType extends ResolversParentTypes['RejectedRecord'] = ResolversParentTypes['RejectedRecord']> = {
  duplicateOf?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RejectionKind'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  streamer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StorageKindResolvers = EnumResolverSignature<{ CSV?: any, JSON?: any, SQLITE?: any }, ResolversTypes['StorageKind']>;

export type Resolvers<ContextType = PeartvContext> = {
  Capture?: CaptureResolvers<ContextType>;
  FieldProblem?: FieldProblemResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LoadReport?: LoadReportResolvers<ContextType>;
  Movie?: MovieResolvers<ContextType>;
  MovieAggregate?: MovieAggregateResolvers<ContextType>;
  MovieStats?: MovieStatsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PearTvFilm?: PearTvFilmResolvers<ContextType>;
  PearTvFilmBatchCapture?: PearTvFilmBatchCaptureResolvers<ContextType>;
  PearTvFilmCapture?: PearTvFilmCaptureResolvers<ContextType>;
  PearTvFilmConnection?: PearTvFilmConnectionResolvers<ContextType>;
  PearTvFilmEdge?: PearTvFilmEdgeResolvers<ContextType>;
  PriceAggregate?: PriceAggregateResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RejectedRecord?: RejectedRecordResolvers<ContextType>;
  StorageKind?: StorageKindResolvers;
};

