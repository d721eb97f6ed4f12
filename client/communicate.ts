// communicate: the one door through which programs talk to the movies service — the capture CLI,
// the remote ingester, and other projects, which install it as the package @movies-supergraph/client
// (client/package.json; `npm run build` compiles it to client/dist/ with its type declarations).
// It learns the streamers from the service (`streamers` says each one's fields, input and schema),
// so it builds every operation without knowing a streamer by name; the types per streamer come from
// the schema at codegen time (client/generated/). Every refusal or failure is one MoviesError, and
// the gateway is retried with backoff when it cannot be reached — never when it answered.
//
// At run time only Node's own modules, global fetch and p-retry, which the build bundles in
// (scripts/buildClient.ts): the package has no dependencies.
import pRetry, { AbortError } from 'p-retry';
import type { CaptureStatus, FieldProblem, LoadReportCounts, RecordJsonSchema } from '../core/wire.js';
import { badResponse, ClientErrorCode, ErrorCode, fromResponse, type GraphQLErrorBody, MoviesError, unknownArgument, unknownStreamer, unreachable } from './errors.js';
import type * as Api from './generated/api.js';
import type * as Operations from './generated/operations.js';
import { argumentTypes, ClientStreamers, searchExtras, type CaptureInfo, type Operation, type SearchExtras, type Streamers } from './generated/streamers.js';

// CommunicateError: the name the client had before it became a package; the same class.
export { ClientErrorCode, ErrorCode, MoviesError, MoviesError as CommunicateError };
export type { CaptureInfo, CaptureStatus, FieldProblem, LoadReportCounts, Operation, RecordJsonSchema, SearchExtras, Streamers };
export type { BigForestMovie, CcdProgramme, OduflixMovie, PearTvFilm } from './generated/streamers.js';
export type { BigForestMovieInput, CcdProgrammeInput, OduflixMovieInput, PearTvFilmInput, MovieOrder, MovieOrderField, OrderDirection, StorageKind } from './generated/api.js';

/** A streamer's subgraph name, as the package was built: `ccd`, `oduflix`, `bigforest`, `peartv`. */
export type StreamerKey = keyof Streamers;
/** A streamer as a program names it: its subgraph name or its own name (`peartv` or `PearTV`). */
export type StreamerName = StreamerKey | Streamers[StreamerKey]['name'];
/** The streamer a name stands for; never for a name the package does not know (a plain string). */
type KeyOf<S extends string> = string extends S
  ? never
  : S extends StreamerKey
    ? S
    : { [K in StreamerKey]: S extends Streamers[K]['name'] ? K : never }[StreamerKey];
type Known<S extends string, T, Otherwise> = [KeyOf<S>] extends [never] ? Otherwise : T;

/** A stored record as the service read it back: the shared Movie fields and the streamer's own. */
export type StoredRecord = { id: string; title: string } & Record<string, unknown>;
/** A movie of any streamer, told apart by `__typename` (`if (movie.__typename === 'PearTvFilm') movie.rental`). */
export type AnyMovie = Streamers[StreamerKey]['movie'];
/** A movie of streamer S: typed for the streamers the package knows, a StoredRecord for others. */
export type MovieOf<S extends string> = Known<S, Streamers[KeyOf<S>]['movie'], StoredRecord>;
/** The capture input of streamer S, generated from its GraphQL input type. */
export type CaptureInputOf<S extends string> = Known<S, Streamers[KeyOf<S>]['input'], Record<string, unknown>>;

/** One record's outcome, the same shape for every streamer. */
export interface CaptureResult<M = StoredRecord> {
  status: CaptureStatus;
  record: M | null;
  problems: FieldProblem[];
}

export interface BatchResult<M = StoredRecord> {
  created: number;
  duplicates: number;
  rejected: number;
  skipped: number;
  results: CaptureResult<M>[];
}

export type StreamerInfo = Operations.ClientStreamersQuery['streamers'][number];
export type InputField = StreamerInfo['inputFields'][number];

/** One page of a search or a list, in the connection's order. */
export interface Page<M> {
  /** Every match, across all pages. */
  totalCount: number;
  /** This page's movies. */
  movies: M[];
  /** Each movie with its own cursor. */
  edges: { cursor: string; node: M }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * A search's page, and what the service says beside it: `unavailableStreamers` (did not answer:
 * their movies are missing) and, where the service has it, `skippedStreamers` (left out because
 * they lack a field a filter or the order needs).
 */
export type SearchPage = Page<AnyMovie> & SearchExtras;

/**
 * What `searchMovies` takes. Only the options given are sent; one the service does not take
 * (an older service without orderBy, say) is refused with UNKNOWN_ARGUMENT before anything is sent.
 */
export interface SearchOptions {
  /** Titles containing this text, ignoring case. */
  query?: string;
  /** Streamers by name (`PearTV`); all when omitted. */
  streamers?: (StreamerName | (string & {}))[];
  yearFrom?: number;
  yearTo?: number;
  /** Page size, 0 to 100 (the service's default is 20). */
  first?: number;
  /** A page's `pageInfo.endCursor`: the page after it. */
  after?: string;
  country?: string;
  classification?: string;
  genre?: string;
  minStars?: number;
  maxRental?: number;
  maxPurchase?: number;
  orderBy?: { field: Api.MovieOrderField; direction?: Api.OrderDirection };
}

/** What a streamer's list field takes: generated per streamer, loose for streamers the package does not know. */
export type ListOptions<S extends string> = Known<S, { [K in keyof Streamers[KeyOf<S>]['listArgs']]?: NonNullable<Streamers[KeyOf<S>]['listArgs'][K]> }, Record<string, unknown>>;

/** What loading a streamer's store found: the counts, and the records not served with the reasons. */
export type LoadReport = Pick<Api.LoadReport, 'streamer' | 'storage' | 'source'> &
  LoadReportCounts & { rejected: Pick<Api.RejectedRecord, 'streamer' | 'location' | 'kind' | 'reasons' | 'duplicateOf' | 'record'>[] };

export interface CommunicateOptions {
  /** The gateway's GraphQL endpoint, like http://localhost:4000/. */
  url: string;
  /** A bearer token for every request (capturing needs one with scope `capture:<streamer>`). */
  token?: string;
  /** Attempts after the first when the gateway cannot be reached (default 4). */
  retries?: number;
  /** First wait before a retry, doubled each time (default 250 ms). */
  minRetryDelayMs?: number;
  /** How long one request may take before it fails with UNREACHABLE (default 30 s); not retried. */
  timeoutMs?: number;
  onRetry?: (attempt: number, error: Error) => void;
}

const problemFields = 'problems { field rule message value }';
const captureFields = 'capture { capturedAt source subject }';
const pageFields = 'totalCount pageInfo { hasNextPage endCursor }';

/** The selection of a whole movie of one streamer: what `streamers { entityFields }` says it holds. */
const movieFields = (streamer: StreamerInfo) => `__typename ${streamer.entityFields.join(' ')} ${captureFields}`;

/** The selection of a whole movie of any streamer: one inline fragment per streamer. */
const anyMovieFields = (list: StreamerInfo[]) => `__typename ${list.map((s) => `... on ${s.entityType} { ${movieFields(s)} }`).join(' ')}`;

/**
 * The type of an argument of a field the package has no table for (the list of a streamer added
 * since it was built): as the same argument of the fields it knows (every list has orderBy, maxRental
 * ...), else read from the value.
 */
function guessedType(field: string, name: string, value: unknown): string {
  const known = Object.values(argumentTypes).find((table) => table[name])?.[name];
  if (known) return known;
  const item = Array.isArray(value) ? value[0] : value;
  const type = typeof item === 'number' ? (Number.isInteger(item) ? 'Int' : 'Float') : typeof item === 'boolean' ? 'Boolean' : typeof item === 'string' ? 'String' : undefined;
  if (!type) throw unknownArgument(field, name, value, []);
  return Array.isArray(value) ? `[${type}!]` : type;
}

/**
 * `($first: Int, $after: String)` and `(first: $first, after: $after)` for the options given, typed
 * from the schema's table for `field`; an option the field does not take is refused here.
 */
function argumentsOf(field: string, options: Record<string, unknown>) {
  const table = argumentTypes[field];
  const given = Object.entries(options).filter(([, value]) => value !== undefined);
  if (given.length === 0) return { variables: '', args: '', values: {} };
  const declared = given.map(([name, value]) => {
    const type = table ? table[name] : guessedType(field, name, value);
    if (!type) throw unknownArgument(field, name, value, Object.keys(table ?? {}));
    return `$${name}: ${type}`;
  });
  return {
    variables: `(${declared.join(', ')})`,
    args: `(${given.map(([name]) => `${name}: $${name}`).join(', ')})`,
    values: Object.fromEntries(given),
  };
}

interface Connection<M> {
  totalCount: number;
  edges: { cursor: string; node: M }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every movie of every page, from the first on; `page(after)` fetches the page after a cursor. */
async function* everyPage<M>(page: (after: string | undefined) => Promise<Page<M>>): AsyncGenerator<M, void, undefined> {
  let after: string | undefined;
  do {
    const current = await page(after);
    yield* current.movies;
    after = current.pageInfo.hasNextPage && current.pageInfo.endCursor ? current.pageInfo.endCursor : undefined;
  } while (after);
}

const asPage = <C extends Connection<unknown>>(connection: C): C & Page<C['edges'][number]['node']> => ({
  ...connection,
  movies: connection.edges.map((edge) => edge.node),
});

export class Communicate {
  private streamerList: Promise<StreamerInfo[]> | undefined;

  constructor(private readonly options: CommunicateOptions) {
    // A programming mistake, said at once rather than as a network fault on the first call.
    if (!URL.canParse(options?.url ?? '') || !/^https?:$/.test(new URL(options.url).protocol)) {
      throw new TypeError(`communicate: url must be the gateway's http(s) address, like http://localhost:4000/ (got ${JSON.stringify(options?.url)})`);
    }
  }

  /** One POST; the data and errors as the service answered them. Retried only while unreachable. */
  private async send<R>(query: string, variables: unknown): Promise<{ data?: R | null; errors?: GraphQLErrorBody[] }> {
    const { url, token, timeoutMs = 30_000 } = this.options;
    const attempt = pRetry(
      async () => {
        let response: Response;
        try {
          response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
            body: JSON.stringify({ query, variables }),
            signal: AbortSignal.timeout(timeoutMs),
          });
        } catch (err) {
          const error = err as Error & { cause?: Error };
          // A request that took too long may have been done: not sent again.
          if (error.name === 'TimeoutError') throw new AbortError(unreachable(`${url} did not answer within ${timeoutMs} ms`));
          // Connection refused, reset, DNS: worth another try.
          throw new Error(`Cannot reach ${url}: ${error.cause?.message ?? error.message}`);
        }
        const body = (await response.json().catch(() => undefined)) as { data?: R | null; errors?: GraphQLErrorBody[] } | undefined;
        if (!body || (!body.data && !body.errors?.length)) throw new AbortError(badResponse(`HTTP ${response.status} without a GraphQL answer`));
        return body;
      },
      {
        retries: this.options.retries ?? 4,
        minTimeout: this.options.minRetryDelayMs ?? 250,
        factor: 2,
        onFailedAttempt: (error) => {
          if (error.retriesLeft > 0) this.options.onRetry?.(error.attemptNumber, error);
        },
      },
    );
    return attempt.catch((err: Error) => {
      throw err instanceof MoviesError ? err : unreachable(err.message);
    });
  }

  /** Any operation's text, with its variables: its data, or a MoviesError carrying every error. */
  async request<R = unknown, V = Record<string, unknown>>(operation: Operation<R, V>, variables?: V, streamer?: string): Promise<R> {
    const body = await this.send<R>(operation, variables ?? {});
    if (body.errors?.length) throw fromResponse(body.errors, streamer);
    if (!body.data) throw badResponse('without data');
    return body.data;
  }

  /** Every streamer and what a client needs of it; asked once, again only after a failure. */
  streamers(): Promise<StreamerInfo[]> {
    this.streamerList ??= this.request(ClientStreamers).then(
      (data) => data.streamers,
      (err: Error) => {
        this.streamerList = undefined;
        throw err;
      },
    );
    return this.streamerList;
  }

  /** A streamer by its name (PearTV) or subgraph name (peartv), in any case. */
  async streamer(name: string): Promise<StreamerInfo> {
    const list = await this.streamers();
    const wanted = name.trim().toLowerCase();
    const found = list.find((s) => s.subgraph === wanted || s.name.toLowerCase() === wanted);
    if (!found) throw unknownStreamer(name, list.map((s) => s.subgraph));
    return found;
  }

  /**
   * One page of a search across every streamer (or those named), in one stable order. A streamer
   * that is down does not fail the search: it is listed in `unavailableStreamers`.
   */
  async search(options: SearchOptions = {}): Promise<SearchPage> {
    const list = await this.streamers();
    const { variables, args, values } = argumentsOf('searchMovies', { ...options });
    const query = `query Search${variables} { page: searchMovies${args} { ${pageFields} ${searchExtras} edges { cursor node { ${anyMovieFields(list)} } } } }`;
    const body = await this.send<{ page: Connection<AnyMovie> & SearchExtras }>(query, values);
    // Errors beside a page only say which streamers are missing, and the page says it too.
    const refusal = body.errors?.filter((e) => e.extensions?.code !== ErrorCode.StreamerUnavailable) ?? [];
    if (refusal.length || !body.data) throw fromResponse(refusal.length ? refusal : body.errors!);
    return asPage(body.data.page);
  }

  /** Every match of a search, page after page, each exactly once: `for await (const movie of client.searchAll({ query: 'park' }))`. */
  searchAll(options: Omit<SearchOptions, 'after'> = {}): AsyncGenerator<AnyMovie, void, undefined> {
    return everyPage((after) => this.search({ first: 100, ...options, ...(after && { after }) }));
  }

  /** Any streamer's movie by its global id (`peartv:8`); null when there is none. */
  async movie<S extends StreamerKey>(id: `${S}:${string}`): Promise<MovieOf<S> | null>;
  async movie(id: string): Promise<AnyMovie | null>;
  async movie(id: string): Promise<AnyMovie | null> {
    const list = await this.streamers();
    const query = `query Movie($id: ID!) { movie(id: $id) { ${anyMovieFields(list)} } }`;
    return (await this.request<{ movie: AnyMovie | null }, { id: string }>(query, { id })).movie;
  }

  /** One page of one streamer's movies, with that streamer's own filters. */
  async list<S extends StreamerName | (string & {})>(streamer: S, options: ListOptions<S> = {} as ListOptions<S>): Promise<Page<MovieOf<S>>> {
    const info = await this.streamer(streamer);
    const { variables, args, values } = argumentsOf(info.api.list, options as Record<string, unknown>);
    const query = `query List${info.entityType}s${variables} { page: ${info.api.list}${args} { ${pageFields} edges { cursor node { ${movieFields(info)} } } } }`;
    return asPage((await this.request<{ page: Connection<MovieOf<S>> }, Record<string, unknown>>(query, values, info.name)).page);
  }

  /** Every movie of one streamer that matches, page after page. */
  listAll<S extends StreamerName | (string & {})>(streamer: S, options: ListOptions<S> = {} as ListOptions<S>): AsyncGenerator<MovieOf<S>, void, undefined> {
    return everyPage((after) => this.list(streamer, { first: 100, ...options, ...(after && { after }) } as ListOptions<S>));
  }

  /** Capture one record; a refused one throws a MoviesError with every problem. */
  async captureOne<S extends StreamerName | (string & {})>(streamer: S, input: CaptureInputOf<S>, source = 'api'): Promise<CaptureResult<MovieOf<S>>> {
    const info = await this.streamer(streamer);
    const query = `mutation Capture${info.entityType}($input: ${info.api.inputType}!, $source: String!) {
      result: ${info.api.captureOne}(input: $input, source: $source) { status record { ${movieFields(info)} } ${problemFields} }
    }`;
    return (await this.request<{ result: CaptureResult<MovieOf<S>> }, unknown>(query, { input, source }, info.name)).result;
  }

  /** Capture many records in one write: each one's outcome in order; invalid ones come back REJECTED with their problems. */
  async captureBatch<S extends StreamerName | (string & {})>(
    streamer: S,
    inputs: CaptureInputOf<S>[],
    options: { allOrNothing?: boolean; source?: string } = {},
  ): Promise<BatchResult<MovieOf<S>>> {
    const info = await this.streamer(streamer);
    const query = `mutation Capture${info.entityType}s($inputs: [${info.api.inputType}!]!, $allOrNothing: Boolean!, $source: String!) {
      result: ${info.api.captureBatch}(inputs: $inputs, allOrNothing: $allOrNothing, source: $source) {
        created duplicates rejected skipped results { status record { ${movieFields(info)} } ${problemFields} }
      }
    }`;
    const variables = { inputs, allOrNothing: options.allOrNothing ?? false, source: options.source ?? 'api' };
    return (await this.request<{ result: BatchResult<MovieOf<S>> }, unknown>(query, variables, info.name)).result;
  }

  /** The same as captureBatch. */
  captureMany<S extends StreamerName | (string & {})>(streamer: S, inputs: CaptureInputOf<S>[], options: { allOrNothing?: boolean; source?: string } = {}) {
    return this.captureBatch(streamer, inputs, options);
  }

  /** What loading a streamer's store found: counts, and the records not served (`first` of them from `offset`). */
  async loadReport(streamer: StreamerName | (string & {}), page: { first?: number; offset?: number } = {}): Promise<LoadReport> {
    const info = await this.streamer(streamer);
    const query = `query LoadReport($first: Int, $offset: Int) { report: ${info.api.loadReport} {
      streamer storage source storedRecords servedRecords invalidRecords duplicateRecords
      rejected(first: $first, offset: $offset) { streamer location kind reasons duplicateOf record }
    } }`;
    return (await this.request<{ report: LoadReport }, typeof page>(query, { first: page.first ?? 100, offset: page.offset ?? 0 }, info.name)).report;
  }

  /** Every streamer's load report, in the registry's order. */
  async loadReports(page: { first?: number; offset?: number } = {}): Promise<LoadReport[]> {
    return Promise.all((await this.streamers()).map((s) => this.loadReport(s.subgraph, page)));
  }
}

/** A client for the gateway at `url` (or with every option): `const movies = communicate('http://localhost:4000/')`. */
export function communicate(options: CommunicateOptions | string): Communicate {
  return new Communicate(typeof options === 'string' ? { url: options } : options);
}
