export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Any JSON value: a JSON Schema, or a record exactly as it is stored. */
  JSON: { input: unknown; output: unknown; }
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

/** A programme of CCD, the national broadcaster, stored as a row of its CSV file. */
export type CcdProgramme = Movie & {
  __typename?: 'CcdProgramme';
  /** When and by which client it was captured; null for records that came with the store. */
  capture?: Maybe<Capture>;
  /** Native Category, like Thriller or History. */
  category: Scalars['String']['output'];
  /** Channel it airs on, like BBC One. */
  channel: Scalars['String']['output'];
  /** BBFC age rating (native Classification). */
  classification?: Maybe<Scalars['String']['output']>;
  country?: Maybe<Scalars['String']['output']>;
  /** The programme's category (native Category). */
  genre?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Always null: CCD does not rate with stars. */
  stars?: Maybe<Scalars['Int']['output']>;
  streamer: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Kind of programme (native TypeProgram): Series, Film, Live, News, Documentaries ... */
  typeProgram: Scalars['String']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

/** What became of a batch: counts, and one result per input in order. */
export type CcdProgrammeBatchCapture = {
  __typename?: 'CcdProgrammeBatchCapture';
  created: Scalars['Int']['output'];
  duplicates: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  results: Array<CcdProgrammeCapture>;
  skipped: Scalars['Int']['output'];
};

/** What became of one record sent for capture. */
export type CcdProgrammeCapture = {
  __typename?: 'CcdProgrammeCapture';
  /** Why it was refused (REJECTED); empty otherwise. */
  problems: Array<FieldProblem>;
  /** The record as stored, read back from the CSV file: the new one (CREATED) or the one it repeats (DUPLICATE). */
  record?: Maybe<CcdProgramme>;
  status: CaptureStatus;
};

export type CcdProgrammeConnection = {
  __typename?: 'CcdProgrammeConnection';
  edges: Array<CcdProgrammeEdge>;
  pageInfo: PageInfo;
  /** Every match of the filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type CcdProgrammeEdge = {
  __typename?: 'CcdProgrammeEdge';
  cursor: Scalars['String']['output'];
  node: CcdProgramme;
};

/** A programme to capture into CSV file: its native fields. Text is trimmed. */
export type CcdProgrammeInput = {
  category: Scalars['String']['input'];
  channel: Scalars['String']['input'];
  /** BBFC age rating: U, PG, 12, 12A, 15, 18, R18 (any case). */
  classification: Scalars['String']['input'];
  /** 2 or 3 capital letters: GB, FR, USA. */
  country: Scalars['String']['input'];
  title: Scalars['String']['input'];
  /** Kind of programme: Series, Film, Live, News, Documentaries ... */
  typeProgram: Scalars['String']['input'];
  year: Scalars['Int']['input'];
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
  /**
   * Capture one record: validate it, store it, read it back. An invalid record is refused with a
   * BAD_USER_INPUT error naming each field, rule and value, and nothing is written. A record equal in
   * every field to a stored one is not stored again: the answer is DUPLICATE with the stored one.
   */
  captureCcdProgramme: CcdProgrammeCapture;
  /**
   * Capture up to 1000 records in one write. With `allOrNothing`, one invalid record refuses the
   * batch and nothing is written; otherwise the valid ones are stored and the invalid ones reported.
   */
  captureCcdProgrammes: CcdProgrammeBatchCapture;
  /**
   * Capture one record: validate it, store it, read it back. An invalid record is refused with a
   * BAD_USER_INPUT error naming each field, rule and value, and nothing is written. A record equal in
   * every field to a stored one is not stored again: the answer is DUPLICATE with the stored one.
   */
  captureOduflixMovie: OduflixMovieCapture;
  /**
   * Capture up to 1000 records in one write. With `allOrNothing`, one invalid record refuses the
   * batch and nothing is written; otherwise the valid ones are stored and the invalid ones reported.
   */
  captureOduflixMovies: OduflixMovieBatchCapture;
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


export type MutationCaptureBigForestMovieArgs = {
  input: BigForestMovieInput;
  source?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCaptureBigForestMoviesArgs = {
  allOrNothing?: InputMaybe<Scalars['Boolean']['input']>;
  inputs: Array<BigForestMovieInput>;
  source?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCaptureCcdProgrammeArgs = {
  input: CcdProgrammeInput;
  source?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCaptureCcdProgrammesArgs = {
  allOrNothing?: InputMaybe<Scalars['Boolean']['input']>;
  inputs: Array<CcdProgrammeInput>;
  source?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCaptureOduflixMovieArgs = {
  input: OduflixMovieInput;
  source?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCaptureOduflixMoviesArgs = {
  allOrNothing?: InputMaybe<Scalars['Boolean']['input']>;
  inputs: Array<OduflixMovieInput>;
  source?: InputMaybe<Scalars['String']['input']>;
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

/** A movie of OduFlix, the monthly-subscription service, stored as an item of its JSON document. */
export type OduflixMovie = Movie & {
  __typename?: 'OduflixMovie';
  /** The cast, in billing order. */
  actors: Array<Scalars['String']['output']>;
  /** When and by which client it was captured; null for records that came with the store. */
  capture?: Maybe<Capture>;
  /** Always null: OduFlix has no age rating. Its native Classification is a genre, served as genre. */
  classification?: Maybe<Scalars['String']['output']>;
  country?: Maybe<Scalars['String']['output']>;
  /** The genre, from OduFlix's native Classification (Fantasy, Comedy ...). */
  genre?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  producer: Scalars['String']['output'];
  stars?: Maybe<Scalars['Int']['output']>;
  streamer: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Year of release (OduFlix stores it as text). */
  year?: Maybe<Scalars['Int']['output']>;
};

/** What became of a batch: counts, and one result per input in order. */
export type OduflixMovieBatchCapture = {
  __typename?: 'OduflixMovieBatchCapture';
  created: Scalars['Int']['output'];
  duplicates: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  results: Array<OduflixMovieCapture>;
  skipped: Scalars['Int']['output'];
};

/** What became of one record sent for capture. */
export type OduflixMovieCapture = {
  __typename?: 'OduflixMovieCapture';
  /** Why it was refused (REJECTED); empty otherwise. */
  problems: Array<FieldProblem>;
  /** The record as stored, read back from the JSON file: the new one (CREATED) or the one it repeats (DUPLICATE). */
  record?: Maybe<OduflixMovie>;
  status: CaptureStatus;
};

export type OduflixMovieConnection = {
  __typename?: 'OduflixMovieConnection';
  edges: Array<OduflixMovieEdge>;
  pageInfo: PageInfo;
  /** Every match of the filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type OduflixMovieEdge = {
  __typename?: 'OduflixMovieEdge';
  cursor: Scalars['String']['output'];
  node: OduflixMovie;
};

/** A movie to capture into JSON file: its native fields. Text is trimmed. */
export type OduflixMovieInput = {
  actors: Array<Scalars['String']['input']>;
  /** 2 or 3 capital letters: GB, FR, USA. */
  country: Scalars['String']['input'];
  /** Stored as OduFlix's native Classification. */
  genre: Scalars['String']['input'];
  producer: Scalars['String']['input'];
  /** 0 to 5. */
  stars: Scalars['Int']['input'];
  title: Scalars['String']['input'];
  /** Stored as OduFlix stores it: text of four digits. */
  year: Scalars['Int']['input'];
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

/** Minimum, mean (rounded to cents) and maximum of a price. */
export type PriceStats = {
  __typename?: 'PriceStats';
  max: Scalars['Float']['output'];
  mean: Scalars['Float']['output'];
  min: Scalars['Float']['output'];
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
  /** Provenance of the records captured into this streamer, newest first; `source` keeps one client's. */
  ccdCaptures: Array<Capture>;
  /** What loading CCD's CSV file found: counts and every record not served, with reasons. */
  ccdLoadReport: LoadReport;
  /** CCD's programme with this global id (`ccd:1`); null when there is none. */
  ccdProgramme?: Maybe<CcdProgramme>;
  /** CCD's programmes in title order. Filters combine with AND; text filters ignore case. */
  ccdProgrammes: CcdProgrammeConnection;
  /** Counts, stars and prices over all of CCD's programmes, as sums that merge exactly; `groupBy` splits them by a field. */
  ccdStats: MovieStats;
  /** Any streamer's movie by its global id; null when there is none. */
  movie?: Maybe<Movie>;
  /** Provenance of the records captured into this streamer, newest first; `source` keeps one client's. */
  oduflixCaptures: Array<Capture>;
  /** What loading OduFlix's JSON file found: counts and every record not served, with reasons. */
  oduflixLoadReport: LoadReport;
  /** OduFlix's movie with this global id (`oduflix:1`); null when there is none. */
  oduflixMovie?: Maybe<OduflixMovie>;
  /** OduFlix's movies in title order. Filters combine with AND; text filters ignore case. */
  oduflixMovies: OduflixMovieConnection;
  /** Counts, stars and prices over all of OduFlix's movies, as sums that merge exactly; `groupBy` splits them by a field. */
  oduflixStats: MovieStats;
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


export type QueryCcdCapturesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCcdProgrammeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCcdProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  classification?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  genre?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<MovieOrder>;
  titleContains?: InputMaybe<Scalars['String']['input']>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCcdStatsArgs = {
  groupBy?: InputMaybe<StatsGroupBy>;
};


export type QueryMovieArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOduflixCapturesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOduflixMovieArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOduflixMoviesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  genre?: InputMaybe<Scalars['String']['input']>;
  minStars?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MovieOrder>;
  titleContains?: InputMaybe<Scalars['String']['input']>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOduflixStatsArgs = {
  groupBy?: InputMaybe<StatsGroupBy>;
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
