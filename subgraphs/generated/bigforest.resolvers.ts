import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LoadReportSource as LoadReportSourceModel } from '../kit/server.js';
import type { StorageKind as StorageKindModel } from '../../storage/index.js';
import type { BigForestMovieEntity as BigForestMovieEntityModel, BigforestContext } from './wiring.js';
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

/** A movie of BigForest, to rent or buy, stored as an item of its JSON document. */
export type BigForestMovie = Movie & {
  __typename?: 'BigForestMovie';
  /** When and by which client it was captured; null for records that came with the store. */
  capture?: Maybe<Capture>;
  /** Native Category, like Drama or Fantasy. */
  category: Scalars['String']['output'];
  /** BBFC age rating (native Classification). */
  classification?: Maybe<Scalars['String']['output']>;
  country?: Maybe<Scalars['String']['output']>;
  /** The movie's category (native Category). */
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
export type BigForestMovieBatchCapture = {
  __typename?: 'BigForestMovieBatchCapture';
  created: Scalars['Int']['output'];
  duplicates: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  results: Array<BigForestMovieCapture>;
  skipped: Scalars['Int']['output'];
};

/** What became of one record sent for capture. */
export type BigForestMovieCapture = {
  __typename?: 'BigForestMovieCapture';
  /** Why it was refused (REJECTED); empty otherwise. */
  problems: Array<FieldProblem>;
  /** The record as stored, read back from the JSON file: the new one (CREATED) or the one it repeats (DUPLICATE). */
  record?: Maybe<BigForestMovie>;
  status: CaptureStatus;
};

export type BigForestMovieConnection = {
  __typename?: 'BigForestMovieConnection';
  edges: Array<BigForestMovieEdge>;
  pageInfo: PageInfo;
  /** Every match of the filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type BigForestMovieEdge = {
  __typename?: 'BigForestMovieEdge';
  cursor: Scalars['String']['output'];
  node: BigForestMovie;
};

/** A movie to capture into JSON file: its native fields. Text is trimmed. */
export type BigForestMovieInput = {
  category: Scalars['String']['input'];
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
  captureBigForestMovie: BigForestMovieCapture;
  /**
   * Capture up to 1000 records in one write. With `allOrNothing`, one invalid record refuses the
   * batch and nothing is written; otherwise the valid ones are stored and the invalid ones reported.
   */
  captureBigForestMovies: BigForestMovieBatchCapture;
};


export type MutationCaptureBigForestMovieArgs = {
  input: BigForestMovieInput;
  source?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCaptureBigForestMoviesArgs = {
  allOrNothing?: InputMaybe<Scalars['Boolean']['input']>;
  inputs: Array<BigForestMovieInput>;
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
  bigForestCaptures: Array<Capture>;
  /** What loading BigForest's JSON file found: counts and every record not served, with reasons. */
  bigForestLoadReport: LoadReport;
  /** BigForest's movie with this global id (`bigforest:1`); null when there is none. */
  bigForestMovie?: Maybe<BigForestMovie>;
  /** BigForest's movies in title order. Filters combine with AND; text filters ignore case. */
  bigForestMovies: BigForestMovieConnection;
  /** Counts, stars and prices over all of BigForest's movies, as sums that merge exactly; `groupBy` splits them by a field. */
  bigForestStats: MovieStats;
};


export type QueryBigForestCapturesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


export type QueryBigForestMovieArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBigForestMoviesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  classification?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  genre?: InputMaybe<Scalars['String']['input']>;
  maxPurchase?: InputMaybe<Scalars['Float']['input']>;
  maxRental?: InputMaybe<Scalars['Float']['input']>;
  minStars?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MovieOrder>;
  titleContains?: InputMaybe<Scalars['String']['input']>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBigForestStatsArgs = {
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
  BigForestMovie: BigForestMovie;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  BigForestMovie:
    ( { __typename: 'BigForestMovie' }
    & GraphQLRecursivePick<FederationTypes['BigForestMovie'], {"id":true}> );
};


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Movie: ( BigForestMovieEntityModel );
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  BigForestMovie: ResolverTypeWrapper<BigForestMovieEntityModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BigForestMovieBatchCapture: ResolverTypeWrapper<Omit<BigForestMovieBatchCapture, 'results'> & { results: Array<ResolversTypes['BigForestMovieCapture']> }>;
  BigForestMovieCapture: ResolverTypeWrapper<Omit<BigForestMovieCapture, 'record'> & { record?: Maybe<ResolversTypes['BigForestMovie']> }>;
  BigForestMovieConnection: ResolverTypeWrapper<Omit<BigForestMovieConnection, 'edges'> & { edges: Array<ResolversTypes['BigForestMovieEdge']> }>;
  BigForestMovieEdge: ResolverTypeWrapper<Omit<BigForestMovieEdge, 'node'> & { node: ResolversTypes['BigForestMovie'] }>;
  BigForestMovieInput: BigForestMovieInput;
  Capture: ResolverTypeWrapper<Capture>;
  CaptureStatus: CaptureStatus;
  FieldProblem: ResolverTypeWrapper<FieldProblem>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LoadReport: ResolverTypeWrapper<LoadReportSourceModel>;
  Movie: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Movie']>;
  MovieAggregate: ResolverTypeWrapper<MovieAggregate>;
  MovieOrder: MovieOrder;
  MovieOrderField: MovieOrderField;
  MovieStats: ResolverTypeWrapper<MovieStats>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PriceAggregate: ResolverTypeWrapper<PriceAggregate>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RejectedRecord: ResolverTypeWrapper<RejectedRecord>;
  RejectionKind: RejectionKind;
  StatsGroupBy: StatsGroupBy;
  StorageKind: ResolverTypeWrapper<StorageKindModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  BigForestMovie: BigForestMovieEntityModel;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  BigForestMovieBatchCapture: Omit<BigForestMovieBatchCapture, 'results'> & { results: Array<ResolversParentTypes['BigForestMovieCapture']> };
  BigForestMovieCapture: Omit<BigForestMovieCapture, 'record'> & { record?: Maybe<ResolversParentTypes['BigForestMovie']> };
  BigForestMovieConnection: Omit<BigForestMovieConnection, 'edges'> & { edges: Array<ResolversParentTypes['BigForestMovieEdge']> };
  BigForestMovieEdge: Omit<BigForestMovieEdge, 'node'> & { node: ResolversParentTypes['BigForestMovie'] };
  BigForestMovieInput: BigForestMovieInput;
  Capture: Capture;
  FieldProblem: FieldProblem;
  JSON: Scalars['JSON']['output'];
  LoadReport: LoadReportSourceModel;
  Movie: ResolversInterfaceTypes<ResolversParentTypes>['Movie'];
  MovieAggregate: MovieAggregate;
  MovieOrder: MovieOrder;
  MovieStats: MovieStats;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  PageInfo: PageInfo;
  PriceAggregate: PriceAggregate;
  Query: Record<PropertyKey, never>;
  RejectedRecord: RejectedRecord;
};

export type BigForestMovieResolvers<ContextType = BigforestContext, ParentType extends ResolversParentTypes['BigForestMovie'] = ResolversParentTypes['BigForestMovie'], FederationReferenceType extends FederationReferenceTypes['BigForestMovie'] = FederationReferenceTypes['BigForestMovie']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BigForestMovie']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capture?: Resolver<Maybe<ResolversTypes['Capture']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  classification?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type BigForestMovieBatchCaptureResolvers<ContextType = BigforestContext, ParentType extends ResolversParentTypes['BigForestMovieBatchCapture'] = ResolversParentTypes['BigForestMovieBatchCapture']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  duplicates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['BigForestMovieCapture']>, ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BigForestMovieCaptureResolvers<ContextType = BigforestContext, ParentType extends ResolversParentTypes['BigForestMovieCapture'] = ResolversParentTypes['BigForestMovieCapture']> = {
  problems?: Resolver<Array<ResolversTypes['FieldProblem']>, ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['BigForestMovie']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaptureStatus'], ParentType, ContextType>;
};

export type BigForestMovieConnectionResolvers<ContextType = BigforestContext, ParentType extends ResolversParentTypes['BigForestMovieConnection'] = ResolversParentTypes['BigForestMovieConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BigForestMovieEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BigForestMovieEdgeResolvers<ContextType = BigforestContext, ParentType extends ResolversParentTypes['BigForestMovieEdge'] = ResolversParentTypes['BigForestMovieEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BigForestMovie'], ParentType, ContextType>;
};

export type CaptureResolvers<ContextType = BigforestContext, ParentType extends ResolversParentTypes['Capture'] = ResolversParentTypes['Capture']> = {
  capturedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  movieId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FieldProblemResolvers<ContextType = BigforestContext, ParentType extends ResolversParentTypes['FieldProblem'] = ResolversParentTypes['FieldProblem']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LoadReportResolvers<ContextType = BigforestContext, ParentType extends ResolversParentTypes['LoadReport'] = ResolversParentTypes['LoadReport']> = {
  duplicateRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invalidRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['RejectedRecord']>, ParentType, ContextType, RequireFields<LoadReportRejectedArgs, 'first' | 'offset'>>;
  servedRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storage?: Resolver<ResolversTypes['StorageKind'], ParentType, ContextType>;
  storedRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  streamer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MovieResolvers<ContextType = BigforestContext, ParentType extends ResolversParentTypes['Movie'] = ResolversParentTypes['Movie']> = {
  __resolveType: TypeResolveFn<'BigForestMovie', ParentType, ContextType>;
};

export type MovieAggregateResolvers<ContextType = BigforestContext, ParentType extends ResolversParentTypes['MovieAggregate'] = ResolversParentTypes['MovieAggregate']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purchase?: Resolver<Maybe<ResolversTypes['PriceAggregate']>, ParentType, ContextType>;
  rental?: Resolver<Maybe<ResolversTypes['PriceAggregate']>, ParentType, ContextType>;
  starsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  starsSum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MovieStatsResolvers<ContextType = BigforestContext, ParentType extends ResolversParentTypes['MovieStats'] = ResolversParentTypes['MovieStats']> = {
  groupBy?: Resolver<Maybe<ResolversTypes['StatsGroupBy']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['MovieAggregate']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['MovieAggregate'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = BigforestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  captureBigForestMovie?: Resolver<ResolversTypes['BigForestMovieCapture'], ParentType, ContextType, RequireFields<MutationCaptureBigForestMovieArgs, 'input' | 'source'>>;
  captureBigForestMovies?: Resolver<ResolversTypes['BigForestMovieBatchCapture'], ParentType, ContextType, RequireFields<MutationCaptureBigForestMoviesArgs, 'allOrNothing' | 'inputs' | 'source'>>;
};

export type PageInfoResolvers<ContextType = BigforestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PriceAggregateResolvers<ContextType = BigforestContext, ParentType extends ResolversParentTypes['PriceAggregate'] = ResolversParentTypes['PriceAggregate']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = BigforestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  bigForestCaptures?: Resolver<Array<ResolversTypes['Capture']>, ParentType, ContextType, RequireFields<QueryBigForestCapturesArgs, 'first' | 'offset'>>;
  bigForestLoadReport?: Resolver<ResolversTypes['LoadReport'], ParentType, ContextType>;
  bigForestMovie?: Resolver<Maybe<ResolversTypes['BigForestMovie']>, ParentType, ContextType, RequireFields<QueryBigForestMovieArgs, 'id'>>;
  bigForestMovies?: Resolver<ResolversTypes['BigForestMovieConnection'], ParentType, ContextType, RequireFields<QueryBigForestMoviesArgs, 'first' | 'orderBy'>>;
  bigForestStats?: Resolver<ResolversTypes['MovieStats'], ParentType, ContextType, Partial<QueryBigForestStatsArgs>>;
};

export type RejectedRecordResolvers<ContextType = BigforestContext, ParentType extends ResolversParentTypes['RejectedRecord'] = ResolversParentTypes['RejectedRecord']> = {
  duplicateOf?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RejectionKind'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  streamer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StorageKindResolvers = EnumResolverSignature<{ CSV?: any, JSON?: any, SQLITE?: any }, ResolversTypes['StorageKind']>;

export type Resolvers<ContextType = BigforestContext> = {
  BigForestMovie?: BigForestMovieResolvers<ContextType>;
  BigForestMovieBatchCapture?: BigForestMovieBatchCaptureResolvers<ContextType>;
  BigForestMovieCapture?: BigForestMovieCaptureResolvers<ContextType>;
  BigForestMovieConnection?: BigForestMovieConnectionResolvers<ContextType>;
  BigForestMovieEdge?: BigForestMovieEdgeResolvers<ContextType>;
  Capture?: CaptureResolvers<ContextType>;
  FieldProblem?: FieldProblemResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LoadReport?: LoadReportResolvers<ContextType>;
  Movie?: MovieResolvers<ContextType>;
  MovieAggregate?: MovieAggregateResolvers<ContextType>;
  MovieStats?: MovieStatsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PriceAggregate?: PriceAggregateResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RejectedRecord?: RejectedRecordResolvers<ContextType>;
  StorageKind?: StorageKindResolvers;
};

