// How the catalog asks one streamer's subgraph for what it needs, over plain GraphQL POSTs.
// Every list field of a streamer takes titleContains, yearFrom, yearTo, orderBy, first and after, and
// the filters of its definition (`filters`): the catalog sends a streamer only those.
import type { GraphQLError } from 'graphql';
import { internalTokenHeader } from '../../core/auth.js';
import type { InFlight } from '../../core/inflight.js';
import { requestIdHeaders, requestLogger } from '../../core/log.js';
import { timed } from '../../core/metrics.js';
import { traceHeaders, traced } from '../../core/tracing.js';
import type { Histogram } from 'prom-client';
import { streamerRefused, streamerUnavailable } from '../../core/errors.js';
import type { LoadReportCounts } from '../../core/wire.js';
import type { StorageKind } from '../../storage/index.js';
import type { RejectedRecord } from '../kit/catalogue.js';
import { decodeOrderedListCursor, encodeListCursor, type OrderedPosition } from '../kit/cursor.js';
import { filterTypes, type MovieOrder, type Streamer } from '../kit/definition.js';
import type { MovieFilter } from '../kit/movieIndex.js';
import type { MovieStats, StatsGroupBy } from '../kit/stats.js';

/** A streamer that did not answer, and the error that says so (STREAMER_UNAVAILABLE or its refusal). */
export interface Unavailable {
  streamer: Streamer;
  error: GraphQLError;
}

/** Every client asked at once: what each that answered said, in the clients' order, and those that did not. */
export async function askEach<T>(
  clients: readonly StreamerClient[],
  ask: (client: StreamerClient) => Promise<T>,
): Promise<{ answered: { streamer: Streamer; answer: T }[]; unavailable: Unavailable[] }> {
  const settled = await Promise.allSettled(clients.map(ask));
  const answered: { streamer: Streamer; answer: T }[] = [];
  const unavailable: Unavailable[] = [];
  settled.forEach((outcome, i) => {
    const { streamer } = clients[i]!;
    if (outcome.status === 'fulfilled') answered.push({ streamer, answer: outcome.value });
    else unavailable.push({ streamer, error: outcome.reason as GraphQLError });
  });
  return { answered, unavailable };
}

/** The fields of a movie whereToWatch shows: those every streamer has, and prices where it has them. */
export interface WatchedMovie {
  id: string;
  title: string;
  year: number | null;
  stars: number | null;
  classification: string | null;
  rental?: number | null;
  purchase?: number | null;
}

export interface StreamerPage<T = { id: string }> {
  totalCount: number;
  hasNextPage: boolean;
  items: (T & { id: string; position: OrderedPosition })[];
}

export interface ReportCounts extends LoadReportCounts {
  streamer: string;
  storage: StorageKind;
  source: string;
}

const countFields = 'streamer storage source storedRecords servedRecords invalidRecords duplicateRecords';

export interface StreamerAnswer<T = unknown> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export class StreamerClient {
  constructor(
    readonly streamer: Streamer,
    readonly url: string,
    private readonly timeoutMs: number,
    /** The proof that this call comes from inside the graph, for the request's end user. */
    private readonly proof: () => Promise<string>,
    /** Shared by every request's clients: where identical calls meet, and how long they take. */
    private readonly calls: InFlight<StreamerAnswer>,
    private readonly durations: Histogram<'streamer' | 'outcome'>,
  ) {}

  private async request<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const payload = JSON.stringify({ query, variables });
    // The catalog only reads: identical calls in flight at once share one answer.
    const call = () => traced('catalog.streamerCall', { 'streamer.name': this.streamer.name, 'graphql.query': query.slice(0, 40) }, () => timed(this.durations, { streamer: this.streamer.subgraph }, async () => {
      try {
        const response = await fetch(this.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [internalTokenHeader]: await this.proof(), ...requestIdHeaders(), ...traceHeaders() },
          body: payload,
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        const answer = (await response.json()) as StreamerAnswer;
        if (!response.ok && !answer.errors) throw new Error(`HTTP ${response.status}`);
        return answer;
      } catch (err) {
        const detail = this.describeFailure(err as Error & { cause?: { code?: string } });
        // The client gets the code and the streamer's name; the operator also gets the cause.
        requestLogger().warn({ err, streamer: this.streamer.name }, `streamer ${this.streamer.name} unavailable: ${detail}`);
        throw streamerUnavailable(this.streamer.name, detail);
      }
    }));
    const body = (await this.calls.run(`${this.url}\n${payload}`, call)) as StreamerAnswer<T>;
    const [first] = body.errors ?? [];
    if (first || !body.data) {
      throw streamerRefused(this.streamer.name, first?.message ?? 'no data', first?.extensions?.code);
    }
    return body.data;
  }

  private describeFailure(err: Error & { cause?: { code?: string } }): string {
    if (err.name === 'TimeoutError') return `no answer within ${this.timeoutMs} ms`;
    if (err.cause?.code === 'ECONNREFUSED') return 'connection refused';
    return err instanceof SyntaxError ? 'its answer is not JSON' : 'it cannot be reached';
  }

  /** A page of the streamer's list; `node` selects more of each movie than its id. */
  async page<T extends { id: string } = { id: string }>(
    filter: MovieFilter,
    first: number,
    after: OrderedPosition | undefined,
    order: MovieOrder,
    node = 'id',
  ): Promise<StreamerPage<T>> {
    const own = this.streamer.filters.filter((name) => filter[name] != null);
    const declared = own.map((name) => `, $${name}: ${filterTypes[name]}`).join('');
    const passed = own.map((name) => `, ${name}: $${name}`).join('');
    const { page } = await this.request<{
      page: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { cursor: string; node: T }[] };
    }>(
      `query CatalogSearch($titleContains: String, $yearFrom: Int, $yearTo: Int${declared}, $orderBy: MovieOrder, $first: Int, $after: String) {
        page: ${this.streamer.api.list}(titleContains: $titleContains, yearFrom: $yearFrom, yearTo: $yearTo${passed}, orderBy: $orderBy, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage } edges { cursor node { ${node} } }
        }
      }`,
      {
        titleContains: filter.titleContains,
        yearFrom: filter.yearFrom,
        yearTo: filter.yearTo,
        ...Object.fromEntries(own.map((name) => [name, filter[name]])),
        orderBy: order,
        first,
        after: after ? encodeListCursor(order, after) : null,
      },
    );
    return {
      totalCount: page.totalCount,
      hasNextPage: page.pageInfo.hasNextPage,
      items: page.edges.map((edge) => {
        const position = decodeOrderedListCursor(edge.cursor, order);
        if (!position) throw streamerUnavailable(this.streamer.name, 'it answered with a cursor the catalog cannot read');
        return { ...edge.node, position };
      }),
    };
  }

  /** The streamer's aggregates and its load report's counts, in one call: one moment of its index. */
  async stats(groupBy: StatsGroupBy | null): Promise<{ stats: MovieStats; report: ReportCounts }> {
    const price = 'count sum min max';
    const aggregate = `key count starsCount starsSum rental { ${price} } purchase { ${price} }`;
    return this.request<{ stats: MovieStats; report: ReportCounts }>(
      `query CatalogStats($groupBy: StatsGroupBy) {
        stats: ${this.streamer.api.stats}(groupBy: $groupBy) { groupBy total { ${aggregate} } groups { ${aggregate} } }
        report: ${this.streamer.api.loadReport} { ${countFields} }
      }`,
      { groupBy },
    );
  }

  async exists(id: string): Promise<boolean> {
    const data = await this.request<{ movie: { id: string } | null }>(
      `query CatalogLookup($id: ID!) { movie: ${this.streamer.api.byId}(id: $id) { id } }`,
      { id },
    );
    return data.movie !== null;
  }

  async counts(): Promise<ReportCounts> {
    const data = await this.request<{ report: ReportCounts }>(`query CatalogCounts { report: ${this.streamer.api.loadReport} { ${countFields} } }`, {});
    return data.report;
  }

  async rejected(first: number, offset: number): Promise<RejectedRecord[]> {
    const data = await this.request<{ report: { rejected: RejectedRecord[] } }>(
      `query CatalogRejected($first: Int, $offset: Int) {
        report: ${this.streamer.api.loadReport} { rejected(first: $first, offset: $offset) { streamer location kind reasons duplicateOf record } }
      }`,
      { first, offset },
    );
    return data.report.rejected;
  }
}
