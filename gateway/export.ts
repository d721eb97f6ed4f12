// Exports for data users, served by the gateway:
// - `GET /export/movies.csv` and `/export/movies.jsonl` (`?streamers=PearTV,CCD`): every served movie
//   of the selected streamers, one row per movie, the same columns for everyone (the union of every
//   streamer's value fields, as the catalog's `streamers { entityFields }` lists them), null or empty
//   where a streamer has no such field. Read page by page through each streamer's cursor with the
//   gateway's own GraphQL (graphReader.ts) and written as it comes: never held whole in memory.
// - `GET /export/<streamer>/native`: the streamer's native file as published, fetched from its
//   subgraph's `/internal/native` (gateway only: the proof) and passed through as it streams.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import express from 'express';
import { internalTokenHeader, internalTokenSigner } from '../core/auth.js';
import { badUserInput, notFound, streamerUnavailable } from '../core/errors.js';
import { requestIdHeaders } from '../core/log.js';
import { traceHeaders } from '../core/tracing.js';
import type { GatewayConfig } from './config.js';
import { baseUrlOf, GraphReader, RouteFailure, route, type StreamerMeta } from './graphReader.js';
import type { Identity } from '../core/auth.js';

/** A list field's largest page. */
const pageSize = 100;

type Row = Record<string, unknown>;

/** Every streamer's value fields, each once, in the order they first appear: the shared Movie fields first. */
function exportColumns(streamers: StreamerMeta[]): string[] {
  return [...new Set(streamers.flatMap((s) => s.entityFields))];
}

/** `?streamers=PearTV,CCD` (or repeated): the streamers named, in the registry's order; all when absent. */
function selectedStreamers(streamers: StreamerMeta[], param: unknown): StreamerMeta[] {
  if (param === undefined) return streamers;
  const names = (Array.isArray(param) ? param : [param]).flatMap((value) => String(value).split(',')).map((n) => n.trim()).filter(Boolean);
  if (names.length === 0) throw badUserInput('streamers: give at least one streamer name, like ?streamers=PearTV,CCD', { argument: 'streamers', value: String(param) });
  const wanted = new Set(
    names.map((name) => {
      const found = GraphReader.find(streamers, name);
      if (!found) throw badUserInput(`streamers: no streamer named "${name}"; known: ${streamers.map((s) => s.name).join(', ')}`, { argument: 'streamers', value: name });
      return found.subgraph;
    }),
  );
  return streamers.filter((s) => wanted.has(s.subgraph));
}

interface Page {
  nodes: Row[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** One streamer's movies, page by page in its list's stable order, each row with every column. */
class StreamerPages {
  private readonly query: string;

  constructor(
    private readonly reader: GraphReader,
    private readonly identity: Identity,
    readonly streamer: StreamerMeta,
  ) {
    this.query = `query Export($first: Int, $after: String) {
      page: ${streamer.api.list}(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${streamer.entityFields.join(' ')} } } }
    }`;
  }

  async page(after: string | null): Promise<Page> {
    const { page } = await this.reader.run<{ page: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Row }[] } }>(
      this.identity,
      this.query,
      { first: pageSize, after },
    );
    return { nodes: page.edges.map((edge) => edge.node), ...page.pageInfo };
  }

  /** Every row, from a first page already fetched; the next page is asked for only when this one is written. */
  async *rows(first: Page, columns: string[]): AsyncGenerator<Row> {
    for (let page: Page | undefined = first; page; ) {
      for (const node of page.nodes) yield Object.fromEntries(columns.map((column) => [column, node[column] ?? null]));
      page = page.hasNextPage && page.endCursor ? await this.page(page.endCursor) : undefined;
    }
  }
}

/**
 * The rows of every selected streamer, streamer after streamer (registry order), each in its own
 * title order. Every streamer's first page is fetched before anything is sent, so a streamer that is
 * down is a 503 naming it, not a short file; one that fails later cuts the download (route()).
 */
async function exportRows(reader: GraphReader, req: express.Request): Promise<{ columns: string[]; rows: AsyncGenerator<Row> }> {
  const { identity, streamers } = await reader.caller(req);
  const columns = exportColumns(streamers);
  const sources = selectedStreamers(streamers, req.query.streamers).map((s) => new StreamerPages(reader, identity, s));
  const firsts = await Promise.all(sources.map((source) => source.page(null)));
  async function* rows() {
    for (const [i, source] of sources.entries()) yield* source.rows(firsts[i]!, columns);
  }
  return { columns, rows: rows() };
}

function downloadHeaders(res: express.Response, base: string, mediaType: string, fileName: string): void {
  res.set({
    'content-type': mediaType,
    'content-disposition': `attachment; filename="${fileName}"`,
    'cache-control': 'no-store',
    // Where this file is described (the DCAT catalogue, fair.ts).
    link: `<${base}/catalog>; rel="describedby"; type="application/ld+json"`,
  });
}

/** A HEAD request (Express sends it to GET routes) gets the headers, and no page beyond the first is read. */
function headOnly(req: express.Request, res: express.Response, rows: AsyncGenerator<Row>): boolean {
  if (req.method !== 'HEAD') return false;
  void rows.return(undefined);
  res.end();
  return true;
}

/** Each kind of native store's media type, as the DCAT catalogue describes its download. */
export const nativeMediaTypes: Record<StreamerMeta['storage'], string> = { CSV: 'text/csv', JSON: 'application/json', SQLITE: 'application/vnd.sqlite3' };

/** The native file through the streamer's subgraph: headers within the subgraph timeout, then the bytes as they come. */
async function sendNative(reader: GraphReader, config: GatewayConfig, proofFor: (identity: Identity) => Promise<string>, req: express.Request, res: express.Response): Promise<void> {
  const { identity, streamers } = await reader.caller(req);
  const streamer = GraphReader.find(streamers, String(req.params.streamer));
  if (!streamer) {
    throw notFound(`No streamer named "${req.params.streamer}"; known: ${streamers.map((s) => s.name).join(', ')}`, { streamer: req.params.streamer });
  }
  const base = config.subgraphUrls.get(streamer.subgraph);
  if (!base) throw streamerUnavailable(streamer.name, 'the gateway has no address for it', streamer.subgraph);
  const headersDue = new AbortController();
  const timer = setTimeout(() => headersDue.abort(), config.subgraphTimeoutMs);
  let upstream: Response;
  try {
    upstream = await fetch(new URL('internal/native', base), { headers: { [internalTokenHeader]: await proofFor(identity), ...requestIdHeaders(), ...traceHeaders() }, signal: headersDue.signal });
  } catch {
    throw streamerUnavailable(streamer.name, headersDue.signal.aborted ? `no answer within ${config.subgraphTimeoutMs} ms` : 'it cannot be reached', streamer.subgraph);
  } finally {
    clearTimeout(timer);
  }
  if (!upstream.ok || !upstream.body) {
    const answer = (await upstream.json().catch(() => undefined)) as { errors?: RouteFailure['errors'] } | undefined;
    throw answer?.errors?.length ? new RouteFailure(answer.errors) : streamerUnavailable(streamer.name, `it answered HTTP ${upstream.status}`, streamer.subgraph);
  }
  for (const header of ['content-type', 'content-length', 'content-disposition']) {
    const value = upstream.headers.get(header);
    if (value) res.set(header, value);
  }
  res.set('cache-control', 'no-store');
  await pipeline(Readable.fromWeb(upstream.body as import('node:stream/web').ReadableStream), res);
}

export function exportRoutes(reader: GraphReader, config: GatewayConfig): express.Router {
  const router = express.Router();
  const proofFor = internalTokenSigner(config.internalSecret);

  router.get(
    '/export/movies.csv',
    route(async (req, res) => {
      const { columns, rows } = await exportRows(reader, req);
      downloadHeaders(res, baseUrlOf(req, config), 'text/csv; charset=utf-8', 'movies.csv');
      if (headOnly(req, res, rows)) return;
      // Lists (OduFlix's actors) are written as JSON arrays; a missing value is an empty cell, never 0.
      const csv = stringify({ header: true, columns, cast: { boolean: (value) => String(value) } });
      await pipeline(Readable.from(rows), csv, res);
    }),
  );

  router.get(
    '/export/movies.jsonl',
    route(async (req, res) => {
      const { rows } = await exportRows(reader, req);
      downloadHeaders(res, baseUrlOf(req, config), 'application/jsonl; charset=utf-8', 'movies.jsonl');
      if (headOnly(req, res, rows)) return;
      async function* lines() {
        for await (const row of rows) yield `${JSON.stringify(row)}\n`;
      }
      await pipeline(Readable.from(lines()), res);
    }),
  );

  router.get('/export/:streamer/native', route((req, res) => sendNative(reader, config, proofFor, req, res)));

  // Anything else under /export/ names nothing.
  router.use('/export', (req, res) => RouteFailure.from(notFound(`No export at ${req.originalUrl}; GET /catalog lists every download`)).send(res));
  return router;
}

