import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LoadReportSource as LoadReportSourceModel } from '../kit/server.js';
import type { StorageKind as StorageKindModel } from '../../storage/index.js';
import type { Streamer as StreamerModel } from '../kit/definition.js';
import type { MovieReference as MovieReferenceModel, CatalogContext } from '../catalog/index.js';
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

export type BigForestMovie = Movie & {
  __typename?: 'BigForestMovie';
  id: Scalars['ID']['output'];
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

export type CcdProgramme = Movie & {
  __typename?: 'CcdProgramme';
  id: Scalars['ID']['output'];
};

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

export type Movie = {
  id: Scalars['ID']['output'];
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

export type MovieConnection = {
  __typename?: 'MovieConnection';
  edges: Array<MovieEdge>;
  pageInfo: PageInfo;
  /** Streamers left out because they lack a field the search filters or orders on (CCD has no stars). */
  skippedStreamers: Array<SkippedStreamer>;
  /** Every match across the streamers that answered. */
  totalCount: Scalars['Int']['output'];
  /** Streamers that did not answer: their movies are missing, and an error names each of them. */
  unavailableStreamers: Array<Scalars['String']['output']>;
};

export type MovieEdge = {
  __typename?: 'MovieEdge';
  cursor: Scalars['String']['output'];
  node: Movie;
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

export type OduflixMovie = Movie & {
  __typename?: 'OduflixMovie';
  id: Scalars['ID']['output'];
};

/** How a streamer offers its movies. */
export type OfferKind =
  /** On air, free to watch (CCD). */
  | 'BROADCAST'
  /** Each movie rented or bought at its own prices (BigForest, PearTV). */
  | 'RENT_OR_BUY'
  /** Included in a monthly subscription (OduFlix). */
  | 'SUBSCRIPTION';

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

export type PearTvFilm = Movie & {
  __typename?: 'PearTvFilm';
  id: Scalars['ID']['output'];
};

/** Prices of a set of movies: how many, their sum, the lowest and the highest. */
export type PriceAggregate = {
  __typename?: 'PriceAggregate';
  count: Scalars['Int']['output'];
  max: Scalars['Float']['output'];
  min: Scalars['Float']['output'];
  sum: Scalars['Float']['output'];
};

/** Minimum, mean (rounded to cents) and maximum of a price. */
export type PriceStats = {
  __typename?: 'PriceStats';
  max: Scalars['Float']['output'];
  mean: Scalars['Float']['output'];
  min: Scalars['Float']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Any streamer's movie by its global id; null when there is none. */
  movie?: Maybe<Movie>;
  /**
   * Search every streamer at once. Results come in one stable order (by default title without regard
   * to case; else the field of `orderBy` in its direction, missing values last either way; ties by
   * title, then streamer, then id), so paging with `after` visits every match exactly once. `query`
   * matches titles containing it, ignoring case; `streamers` takes names like "PearTV" (all when
   * omitted). Filters combine with AND; text filters ignore case. A streamer without a field that a
   * filter or the order needs is left out and named in `skippedStreamers`.
   */
  searchMovies: MovieConnection;
  /**
   * Counts, mean stars and prices per streamer and across them, over everything each serves,
   * computed by each streamer over its index; `groupBy` splits them by a field.
   */
  stats: Stats;
  /** Every streamer, in the order of the registry. */
  streamers: Array<Streamer>;
  /**
   * Where to watch a title: every streamer's movies whose title contains `query` (and of `year`),
   * grouped into one title per normalised title and year (case, accents, punctuation, spaces and a
   * leading The, A or An ignored), in normalised-title order, with each streamer's offer and the
   * cheapest rental and purchase. Looks at up to 100 matches per streamer: narrow a broad query.
   */
  whereToWatch: Array<WatchTitle>;
};


export type QueryMovieArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchMoviesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  classification?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  genre?: InputMaybe<Scalars['String']['input']>;
  maxPurchase?: InputMaybe<Scalars['Float']['input']>;
  maxRental?: InputMaybe<Scalars['Float']['input']>;
  minStars?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MovieOrder>;
  query?: InputMaybe<Scalars['String']['input']>;
  streamers?: InputMaybe<Array<Scalars['String']['input']>>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStatsArgs = {
  groupBy?: InputMaybe<StatsGroupBy>;
  streamers?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryWhereToWatchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
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

/** A streamer a search left out, and why. */
export type SkippedStreamer = {
  __typename?: 'SkippedStreamer';
  /** Like `CCD has no stars`. */
  reason: Scalars['String']['output'];
  streamer: Scalars['String']['output'];
};

/** Statistics across the streamers that answered: totals and groups are merged from theirs. */
export type Stats = {
  __typename?: 'Stats';
  groupBy?: Maybe<StatsGroupBy>;
  /** Merged across streamers, in key order (years, decades and stars by value), the null key last. */
  groups: Array<StatsGroup>;
  streamers: Array<StreamerStats>;
  totals: StatsSummary;
  unavailableStreamers: Array<Scalars['String']['output']>;
};

export type StatsGroup = {
  __typename?: 'StatsGroup';
  /** The group's value (`1990s`, `GB`, `4` ...); null for the movies that have no such value. */
  key?: Maybe<Scalars['String']['output']>;
  summary: StatsSummary;
};

/** How statistics split movies into groups. */
export type StatsGroupBy =
  | 'CLASSIFICATION'
  | 'COUNTRY'
  /** Ten years from a year ending in 0: key `1990s`. */
  | 'DECADE'
  | 'GENRE'
  | 'STARS'
  | 'YEAR';

/** What a set of movies holds. Fields a streamer does not have are null, never zero. */
export type StatsSummary = {
  __typename?: 'StatsSummary';
  count: Scalars['Int']['output'];
  /** Mean of the movies' stars, rounded to 2 decimals; null when none has stars. */
  meanStars?: Maybe<Scalars['Float']['output']>;
  purchase?: Maybe<PriceStats>;
  rental?: Maybe<PriceStats>;
};

/** How a streamer stores its catalogue. */
export type StorageKind =
  | 'CSV'
  | 'JSON'
  | 'SQLITE';

/** One streamer of the graph: how it stores its catalogue and what that catalogue holds. */
export type Streamer = {
  __typename?: 'Streamer';
  /** Its subgraph's root fields and types: what a client needs to build its own operations. */
  api: StreamerApi;
  /** The fields of its entity type that hold values (no sub-selection): what a client selects to show a whole record. */
  entityFields: Array<Scalars['String']['output']>;
  /** The type its movies have in the graph, like PearTvFilm. */
  entityType: Scalars['String']['output'];
  /** The fields of its capture input, in order: what a client sends to capture one record. */
  inputFields: Array<StreamerInputField>;
  /** What the streamer found loading its store; null (with an error) when it is unavailable. */
  loadReport?: Maybe<LoadReport>;
  /** As in Movie.streamer: CCD, OduFlix, BigForest, PearTV. */
  name: Scalars['String']['output'];
  /** How it offers its movies: broadcast, subscription, or rent or buy. */
  offeredAs: OfferKind;
  /** Movies it serves; null (with an error) when the streamer is unavailable. */
  recordCount?: Maybe<Scalars['Int']['output']>;
  /** The JSON Schema of one native record: the metadata every stored and captured record must pass. */
  schema: Scalars['JSON']['output'];
  storage: StorageKind;
  /** Its subgraph's name, also the prefix of its ids. */
  subgraph: Scalars['String']['output'];
};

/** The names in a streamer's subgraph, all derived from its entity type. */
export type StreamerApi = {
  __typename?: 'StreamerApi';
  /** The lookup by id, like pearTvFilm. */
  byId: Scalars['String']['output'];
  /** The mutation that captures a batch, like capturePearTvFilms. */
  captureBatch: Scalars['String']['output'];
  /** The mutation that captures one record, like capturePearTvFilm. */
  captureOne: Scalars['String']['output'];
  captures: Scalars['String']['output'];
  /** The capture input type, like PearTvFilmInput. */
  inputType: Scalars['String']['output'];
  /** The list field, like pearTvFilms. */
  list: Scalars['String']['output'];
  loadReport: Scalars['String']['output'];
  /** Its statistics field, like pearTvStats. */
  stats: Scalars['String']['output'];
};

/** One field of a streamer's capture input. */
export type StreamerInputField = {
  __typename?: 'StreamerInputField';
  description?: Maybe<Scalars['String']['output']>;
  /** A list of such values, like OduFlix's actors. */
  list: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** The native field it fills, as the record's JSON Schema names it (OduFlix's genre fills Classification). */
  nativeName: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
  /** The GraphQL type of one value: Int, Float or String. */
  type: Scalars['String']['output'];
};

/** One streamer's statistics, with the load report of the same moment: summary.count equals loadReport.servedRecords. */
export type StreamerStats = {
  __typename?: 'StreamerStats';
  groups: Array<StatsGroup>;
  loadReport?: Maybe<LoadReport>;
  streamer: Scalars['String']['output'];
  summary: StatsSummary;
};

/** How one streamer offers one title. */
export type WatchOffer = {
  __typename?: 'WatchOffer';
  /** The age rating; null where the streamer has none (OduFlix). */
  classification?: Maybe<Scalars['String']['output']>;
  /** The movie itself, resolved by its streamer: select its own fields with inline fragments. */
  movie: Movie;
  offeredAs: OfferKind;
  purchase?: Maybe<Scalars['Float']['output']>;
  /** Null unless offered RENT_OR_BUY. */
  rental?: Maybe<Scalars['Float']['output']>;
  /** Null where the streamer does not rate with stars (CCD). */
  stars?: Maybe<Scalars['Int']['output']>;
  streamer: Scalars['String']['output'];
};

/** One film or programme, as every streamer that has it offers it. */
export type WatchTitle = {
  __typename?: 'WatchTitle';
  /** The offer with the lowest purchase price; null when none sells it. */
  cheapestPurchase?: Maybe<WatchOffer>;
  /** The offer with the lowest rental price; null when none rents it. Ties go to the first offer. */
  cheapestRental?: Maybe<WatchOffer>;
  /** Every streamer's offer, by streamer name, then id. */
  offers: Array<WatchOffer>;
  /** The title as the first offering streamer (in name order) writes it. */
  title: Scalars['String']['output'];
  /** Null when no offer has a year. */
  year?: Maybe<Scalars['Int']['output']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


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




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Movie:
    | ( MovieReferenceModel )
    | ( MovieReferenceModel )
    | ( MovieReferenceModel )
    | ( MovieReferenceModel )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  BigForestMovie: ResolverTypeWrapper<MovieReferenceModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Capture: ResolverTypeWrapper<Capture>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CaptureStatus: CaptureStatus;
  CcdProgramme: ResolverTypeWrapper<MovieReferenceModel>;
  FieldProblem: ResolverTypeWrapper<FieldProblem>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LoadReport: ResolverTypeWrapper<LoadReportSourceModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Movie: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Movie']>;
  MovieAggregate: ResolverTypeWrapper<MovieAggregate>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  MovieConnection: ResolverTypeWrapper<Omit<MovieConnection, 'edges'> & { edges: Array<ResolversTypes['MovieEdge']> }>;
  MovieEdge: ResolverTypeWrapper<Omit<MovieEdge, 'node'> & { node: ResolversTypes['Movie'] }>;
  MovieOrder: MovieOrder;
  MovieOrderField: MovieOrderField;
  MovieStats: ResolverTypeWrapper<MovieStats>;
  OduflixMovie: ResolverTypeWrapper<MovieReferenceModel>;
  OfferKind: OfferKind;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PearTvFilm: ResolverTypeWrapper<MovieReferenceModel>;
  PriceAggregate: ResolverTypeWrapper<PriceAggregate>;
  PriceStats: ResolverTypeWrapper<PriceStats>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RejectedRecord: ResolverTypeWrapper<RejectedRecord>;
  RejectionKind: RejectionKind;
  SkippedStreamer: ResolverTypeWrapper<SkippedStreamer>;
  Stats: ResolverTypeWrapper<Omit<Stats, 'streamers'> & { streamers: Array<ResolversTypes['StreamerStats']> }>;
  StatsGroup: ResolverTypeWrapper<StatsGroup>;
  StatsGroupBy: StatsGroupBy;
  StatsSummary: ResolverTypeWrapper<StatsSummary>;
  StorageKind: ResolverTypeWrapper<StorageKindModel>;
  Streamer: ResolverTypeWrapper<StreamerModel>;
  StreamerApi: ResolverTypeWrapper<StreamerApi>;
  StreamerInputField: ResolverTypeWrapper<StreamerInputField>;
  StreamerStats: ResolverTypeWrapper<Omit<StreamerStats, 'loadReport'> & { loadReport?: Maybe<ResolversTypes['LoadReport']> }>;
  WatchOffer: ResolverTypeWrapper<Omit<WatchOffer, 'movie'> & { movie: ResolversTypes['Movie'] }>;
  WatchTitle: ResolverTypeWrapper<Omit<WatchTitle, 'cheapestPurchase' | 'cheapestRental' | 'offers'> & { cheapestPurchase?: Maybe<ResolversTypes['WatchOffer']>, cheapestRental?: Maybe<ResolversTypes['WatchOffer']>, offers: Array<ResolversTypes['WatchOffer']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  BigForestMovie: MovieReferenceModel;
  ID: Scalars['ID']['output'];
  Capture: Capture;
  String: Scalars['String']['output'];
  CcdProgramme: MovieReferenceModel;
  FieldProblem: FieldProblem;
  JSON: Scalars['JSON']['output'];
  LoadReport: LoadReportSourceModel;
  Int: Scalars['Int']['output'];
  Movie: ResolversInterfaceTypes<ResolversParentTypes>['Movie'];
  MovieAggregate: MovieAggregate;
  Float: Scalars['Float']['output'];
  MovieConnection: Omit<MovieConnection, 'edges'> & { edges: Array<ResolversParentTypes['MovieEdge']> };
  MovieEdge: Omit<MovieEdge, 'node'> & { node: ResolversParentTypes['Movie'] };
  MovieOrder: MovieOrder;
  MovieStats: MovieStats;
  OduflixMovie: MovieReferenceModel;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PearTvFilm: MovieReferenceModel;
  PriceAggregate: PriceAggregate;
  PriceStats: PriceStats;
  Query: Record<PropertyKey, never>;
  RejectedRecord: RejectedRecord;
  SkippedStreamer: SkippedStreamer;
  Stats: Omit<Stats, 'streamers'> & { streamers: Array<ResolversParentTypes['StreamerStats']> };
  StatsGroup: StatsGroup;
  StatsSummary: StatsSummary;
  Streamer: StreamerModel;
  StreamerApi: StreamerApi;
  StreamerInputField: StreamerInputField;
  StreamerStats: Omit<StreamerStats, 'loadReport'> & { loadReport?: Maybe<ResolversParentTypes['LoadReport']> };
  WatchOffer: Omit<WatchOffer, 'movie'> & { movie: ResolversParentTypes['Movie'] };
  WatchTitle: Omit<WatchTitle, 'cheapestPurchase' | 'cheapestRental' | 'offers'> & { cheapestPurchase?: Maybe<ResolversParentTypes['WatchOffer']>, cheapestRental?: Maybe<ResolversParentTypes['WatchOffer']>, offers: Array<ResolversParentTypes['WatchOffer']> };
};

export type BigForestMovieResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['BigForestMovie'] = ResolversParentTypes['BigForestMovie']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CaptureResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Capture'] = ResolversParentTypes['Capture']> = {
  capturedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  movieId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CcdProgrammeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CcdProgramme'] = ResolversParentTypes['CcdProgramme']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FieldProblemResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['FieldProblem'] = ResolversParentTypes['FieldProblem']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LoadReportResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['LoadReport'] = ResolversParentTypes['LoadReport']> = {
  duplicateRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invalidRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['RejectedRecord']>, ParentType, ContextType, RequireFields<LoadReportRejectedArgs, 'first' | 'offset'>>;
  servedRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storage?: Resolver<ResolversTypes['StorageKind'], ParentType, ContextType>;
  storedRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  streamer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MovieResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Movie'] = ResolversParentTypes['Movie']> = {
  __resolveType: TypeResolveFn<'BigForestMovie' | 'CcdProgramme' | 'OduflixMovie' | 'PearTvFilm', ParentType, ContextType>;
};

export type MovieAggregateResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MovieAggregate'] = ResolversParentTypes['MovieAggregate']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purchase?: Resolver<Maybe<ResolversTypes['PriceAggregate']>, ParentType, ContextType>;
  rental?: Resolver<Maybe<ResolversTypes['PriceAggregate']>, ParentType, ContextType>;
  starsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  starsSum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MovieConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MovieConnection'] = ResolversParentTypes['MovieConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MovieEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  skippedStreamers?: Resolver<Array<ResolversTypes['SkippedStreamer']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unavailableStreamers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MovieEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MovieEdge'] = ResolversParentTypes['MovieEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Movie'], ParentType, ContextType>;
};

export type MovieStatsResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MovieStats'] = ResolversParentTypes['MovieStats']> = {
  groupBy?: Resolver<Maybe<ResolversTypes['StatsGroupBy']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['MovieAggregate']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['MovieAggregate'], ParentType, ContextType>;
};

export type OduflixMovieResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['OduflixMovie'] = ResolversParentTypes['OduflixMovie']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PearTvFilmResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PearTvFilm'] = ResolversParentTypes['PearTvFilm']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PriceAggregateResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PriceAggregate'] = ResolversParentTypes['PriceAggregate']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PriceStatsResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PriceStats'] = ResolversParentTypes['PriceStats']> = {
  max?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  mean?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  movie?: Resolver<Maybe<ResolversTypes['Movie']>, ParentType, ContextType, RequireFields<QueryMovieArgs, 'id'>>;
  searchMovies?: Resolver<ResolversTypes['MovieConnection'], ParentType, ContextType, RequireFields<QuerySearchMoviesArgs, 'first' | 'orderBy'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType, Partial<QueryStatsArgs>>;
  streamers?: Resolver<Array<ResolversTypes['Streamer']>, ParentType, ContextType>;
  whereToWatch?: Resolver<Array<ResolversTypes['WatchTitle']>, ParentType, ContextType, RequireFields<QueryWhereToWatchArgs, 'first' | 'query'>>;
};

export type RejectedRecordResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['RejectedRecord'] = ResolversParentTypes['RejectedRecord']> = {
  duplicateOf?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RejectionKind'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  streamer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SkippedStreamerResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SkippedStreamer'] = ResolversParentTypes['SkippedStreamer']> = {
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  streamer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  groupBy?: Resolver<Maybe<ResolversTypes['StatsGroupBy']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['StatsGroup']>, ParentType, ContextType>;
  streamers?: Resolver<Array<ResolversTypes['StreamerStats']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['StatsSummary'], ParentType, ContextType>;
  unavailableStreamers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatsGroupResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['StatsGroup'] = ResolversParentTypes['StatsGroup']> = {
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['StatsSummary'], ParentType, ContextType>;
};

export type StatsSummaryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['StatsSummary'] = ResolversParentTypes['StatsSummary']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meanStars?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  purchase?: Resolver<Maybe<ResolversTypes['PriceStats']>, ParentType, ContextType>;
  rental?: Resolver<Maybe<ResolversTypes['PriceStats']>, ParentType, ContextType>;
};

export type StorageKindResolvers = EnumResolverSignature<{ CSV?: any, JSON?: any, SQLITE?: any }, ResolversTypes['StorageKind']>;

export type StreamerResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Streamer'] = ResolversParentTypes['Streamer']> = {
  api?: Resolver<ResolversTypes['StreamerApi'], ParentType, ContextType>;
  entityFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inputFields?: Resolver<Array<ResolversTypes['StreamerInputField']>, ParentType, ContextType>;
  loadReport?: Resolver<Maybe<ResolversTypes['LoadReport']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offeredAs?: Resolver<ResolversTypes['OfferKind'], ParentType, ContextType>;
  recordCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  schema?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  storage?: Resolver<ResolversTypes['StorageKind'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StreamerApiResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['StreamerApi'] = ResolversParentTypes['StreamerApi']> = {
  byId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  captureBatch?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  captureOne?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  captures?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inputType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  list?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  loadReport?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StreamerInputFieldResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['StreamerInputField'] = ResolversParentTypes['StreamerInputField']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  list?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StreamerStatsResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['StreamerStats'] = ResolversParentTypes['StreamerStats']> = {
  groups?: Resolver<Array<ResolversTypes['StatsGroup']>, ParentType, ContextType>;
  loadReport?: Resolver<Maybe<ResolversTypes['LoadReport']>, ParentType, ContextType>;
  streamer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['StatsSummary'], ParentType, ContextType>;
};

export type WatchOfferResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['WatchOffer'] = ResolversParentTypes['WatchOffer']> = {
  classification?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  movie?: Resolver<ResolversTypes['Movie'], ParentType, ContextType>;
  offeredAs?: Resolver<ResolversTypes['OfferKind'], ParentType, ContextType>;
  purchase?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rental?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  stars?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  streamer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WatchTitleResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['WatchTitle'] = ResolversParentTypes['WatchTitle']> = {
  cheapestPurchase?: Resolver<Maybe<ResolversTypes['WatchOffer']>, ParentType, ContextType>;
  cheapestRental?: Resolver<Maybe<ResolversTypes['WatchOffer']>, ParentType, ContextType>;
  offers?: Resolver<Array<ResolversTypes['WatchOffer']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = CatalogContext> = {
  BigForestMovie?: BigForestMovieResolvers<ContextType>;
  Capture?: CaptureResolvers<ContextType>;
  CcdProgramme?: CcdProgrammeResolvers<ContextType>;
  FieldProblem?: FieldProblemResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LoadReport?: LoadReportResolvers<ContextType>;
  Movie?: MovieResolvers<ContextType>;
  MovieAggregate?: MovieAggregateResolvers<ContextType>;
  MovieConnection?: MovieConnectionResolvers<ContextType>;
  MovieEdge?: MovieEdgeResolvers<ContextType>;
  MovieStats?: MovieStatsResolvers<ContextType>;
  OduflixMovie?: OduflixMovieResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PearTvFilm?: PearTvFilmResolvers<ContextType>;
  PriceAggregate?: PriceAggregateResolvers<ContextType>;
  PriceStats?: PriceStatsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RejectedRecord?: RejectedRecordResolvers<ContextType>;
  SkippedStreamer?: SkippedStreamerResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  StatsGroup?: StatsGroupResolvers<ContextType>;
  StatsSummary?: StatsSummaryResolvers<ContextType>;
  StorageKind?: StorageKindResolvers;
  Streamer?: StreamerResolvers<ContextType>;
  StreamerApi?: StreamerApiResolvers<ContextType>;
  StreamerInputField?: StreamerInputFieldResolvers<ContextType>;
  StreamerStats?: StreamerStatsResolvers<ContextType>;
  WatchOffer?: WatchOfferResolvers<ContextType>;
  WatchTitle?: WatchTitleResolvers<ContextType>;
};

