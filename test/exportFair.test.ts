// Exports and FAIR metadata over real servers: the gateway's /export/..., /movies/<id>, /catalog and
// /schemas/..., every subgraph for real on free ports over a temporary copy of the seed data.
import fs from 'node:fs/promises';
import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import express from 'express';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamerUnavailable } from '../core/errors.js';
import { route } from '../gateway/graphReader.js';
import { gql, internalToken, startGraph, tempDataDir, userToken, type Graph } from './support.js';

let graph: Graph;
/** The movies captured before the tests, by streamer: they must be in every export. */
const captured: Record<string, { id: string; capturedAt: string; source: string; subject: string | null }> = {};

const captures = {
  peartv: ['capturePearTvFilm', 'PearTvFilmInput', { title: 'Paddington Export', classification: 'PG', country: 'GB', rental: 2.49, purchase: 7.99, stars: 5, year: 2014 }],
  oduflix: ['captureOduflixMovie', 'OduflixMovieInput', { title: 'Amélie Export', producer: 'Claudie Ossard', year: 2001, genre: 'Comedy', stars: 5, actors: ['Audrey Tautou', 'Mathieu Kassovitz'], country: 'FR' }],
} as const;

beforeAll(async () => {
  graph = await startGraph();
  for (const [name, [mutation, input, record]] of Object.entries(captures)) {
    const { data, errors } = await gql(
      graph.gatewayUrl,
      `mutation($input: ${input}!) { result: ${mutation}(input: $input, source: "export test") { status record { id capture { capturedAt source subject } } } }`,
      { input: record },
      graph.writer,
    );
    expect(errors).toBeUndefined();
    expect(data.result.status).toBe('CREATED');
    captured[name] = { id: data.result.record.id, ...data.result.record.capture };
  }
});
afterAll(async () => {
  await graph?.close();
});

/** A response's JSON, untyped: the tests check its shape. */
const body = (response: Response): Promise<any> => response.json();

const get = (pathAndQuery: string, headers: Record<string, string> = {}) => fetch(new URL(pathAndQuery, graph.gatewayUrl), { headers });

/** Each streamer's name, served count (its load report) and the value fields of its entity. */
async function streamerFacts(): Promise<{ name: string; subgraph: string; storage: string; served: number; entityFields: string[]; schema: unknown }[]> {
  const { data, errors } = await gql(graph.gatewayUrl, '{ streamers { name subgraph storage schema entityFields loadReport { servedRecords } } }');
  expect(errors).toBeUndefined();
  return data.streamers.map((s: any) => ({ ...s, served: s.loadReport.servedRecords }));
}

type Row = Record<string, string>;

async function exportCsv(query = ''): Promise<{ header: string[]; rows: Row[]; response: Response }> {
  const response = await get(`/export/movies.csv${query}`);
  expect(response.status).toBe(200);
  const text = await response.text();
  const [header] = parse(text, { to_line: 1 }) as string[][];
  return { header: header!, rows: parse(text, { columns: true }) as Row[], response };
}

describe('GET /export/movies.csv and .jsonl', () => {
  it('has exactly the served movies of every streamer: one row each, as many as the load reports say, ids unique', async () => {
    const facts = await streamerFacts();
    const { rows, response } = await exportCsv();
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toContain('movies.csv');
    expect(rows.length).toBe(facts.reduce((sum, s) => sum + s.served, 0));
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const s of facts) expect(rows.filter((r) => r.streamer === s.name).length).toBe(s.served);
  });

  it('has the same columns for everyone: the shared Movie fields first, then each streamer’s own, each once', async () => {
    const facts = await streamerFacts();
    const { header } = await exportCsv();
    expect(header.slice(0, 8)).toEqual(['id', 'streamer', 'title', 'year', 'country', 'classification', 'genre', 'stars']);
    expect(new Set(header).size).toBe(header.length);
    expect(new Set(header)).toEqual(new Set(facts.flatMap((s) => s.entityFields)));
  });

  it('keeps values as served: empty where a streamer has no such field (no invented zeros), the genre kept, lists as JSON', async () => {
    const { rows } = await exportCsv();
    const ccd = rows.filter((r) => r.streamer === 'CCD');
    expect(ccd.length).toBeGreaterThan(0);
    for (const row of ccd) {
      expect(row.rental).toBe('');
      expect(row.purchase).toBe('');
      expect(row.stars).toBe('');
    }
    expect(rows.find((r) => r.id === 'ccd:1')).toMatchObject({ title: 'Dr Who Series 15', genre: 'Science fiction', channel: 'BBC One' });
    expect(rows.find((r) => r.id === 'peartv:8')).toMatchObject({ rental: '4.99', purchase: '5.99', genre: '' });
    const amelie = rows.find((r) => r.id === captured.oduflix!.id)!;
    expect(amelie).toMatchObject({ title: 'Amélie Export', genre: 'Comedy', classification: '', rental: '' });
    expect(JSON.parse(amelie.actors!)).toEqual(['Audrey Tautou', 'Mathieu Kassovitz']);
  });

  it('includes movies captured while the service runs', async () => {
    const { rows } = await exportCsv();
    expect(rows.find((r) => r.id === captured.peartv!.id)).toMatchObject({ title: 'Paddington Export', rental: '2.49', stars: '5' });
  });

  it('as JSON Lines: the same movies, every field on every line, null where a streamer has none', async () => {
    const { rows: csvRows } = await exportCsv();
    const response = await get('/export/movies.jsonl');
    expect(response.headers.get('content-type')).toMatch(/^application\/jsonl/);
    const lines = (await response.text()).trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(csvRows.map((r) => r.id));
    const keys = Object.keys(lines[0]!);
    for (const line of lines) expect(Object.keys(line)).toEqual(keys);
    expect(lines.find((l) => l.id === 'ccd:1')).toMatchObject({ rental: null, stars: null, actors: null, genre: 'Science fiction' });
    expect(lines.find((l) => l.id === captured.oduflix!.id)).toMatchObject({ actors: ['Audrey Tautou', 'Mathieu Kassovitz'], stars: 5 });
  });

  it('?streamers= keeps the streamers named (by name or subgraph, any case), with the same columns', async () => {
    const facts = await streamerFacts();
    const all = await exportCsv();
    const { header, rows } = await exportCsv('?streamers=PearTV,ccd');
    expect(header).toEqual(all.header);
    expect(new Set(rows.map((r) => r.streamer))).toEqual(new Set(['PearTV', 'CCD']));
    expect(rows.length).toBe(facts.filter((s) => s.name === 'PearTV' || s.name === 'CCD').reduce((sum, s) => sum + s.served, 0));
  });

  it('answers HEAD with the download’s headers and no body', async () => {
    const response = await fetch(new URL('/export/movies.csv', graph.gatewayUrl), { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('movies.csv');
    expect(await response.text()).toBe('');
  });

  it('refuses an unknown streamer with 400, naming the parameter and the value, before sending anything', async () => {
    const response = await get('/export/movies.jsonl?streamers=PearTV,Netflux');
    expect(response.status).toBe(400);
    const { errors } = await body(response);
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'streamers', value: 'Netflux' });
    expect(errors[0].message).toContain('known: CCD, OduFlix, BigForest, PearTV');
  });

  it('reads page by page: a streamer with more than one page (100) is exported whole', async () => {
    // 150 more PearTV films, in one batch: the PearTV export needs two pages.
    const inputs = Array.from({ length: 150 }, (_, i) => ({ title: `Paging ${String(i).padStart(3, '0')}`, classification: 'PG', country: 'GB', rental: 1, purchase: 2, stars: 3, year: 2000 }));
    const { data, errors } = await gql(graph.gatewayUrl, 'mutation($inputs: [PearTvFilmInput!]!) { capturePearTvFilms(inputs: $inputs) { created } }', { inputs }, graph.writer);
    expect(errors).toBeUndefined();
    expect(data.capturePearTvFilms.created).toBe(150);
    const served = (await streamerFacts()).find((s) => s.name === 'PearTV')!.served;
    const { rows } = await exportCsv('?streamers=PearTV');
    expect(served).toBeGreaterThan(150);
    expect(rows.length).toBe(served);
    expect(new Set(rows.map((r) => r.id)).size).toBe(served);
    expect(rows.filter((r) => r.title.startsWith('Paging ')).length).toBe(150);
  });

  it('answers 503 naming a streamer that is down, rather than a file without its movies', async () => {
    await graph.stop('bigforest');
    try {
      const response = await get('/export/movies.csv');
      expect(response.status).toBe(503);
      const { errors } = await body(response);
      expect(errors[0].extensions).toMatchObject({ code: 'STREAMER_UNAVAILABLE' });
      expect(errors[0].message).toContain('BigForest');
      // The other streamers still export.
      expect((await get('/export/movies.csv?streamers=CCD')).status).toBe(200);
    } finally {
      await graph.restart('bigforest');
    }
  });
});

describe('a download that fails once it has begun', () => {
  it('is cut off, so the client sees a failed transfer rather than a short file that looks whole', async () => {
    // The routes' wrapper, on a real server: the first rows are sent, then a page fails.
    const app = express();
    app.get('/rows', route(async (_req, res) => {
      res.type('text/csv').write('id\nccd:1\n');
      await new Promise((resolve) => setTimeout(resolve, 20));
      throw streamerUnavailable('CCD', 'it cannot be reached');
    }));
    const server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/rows`);
      expect(response.status).toBe(200);
      await expect(response.text()).rejects.toThrow();
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('GET /export/<streamer>/native', () => {
  const storeFile = (name: string) => path.join(graph.dataDir, { ccd: 'ccd/data.csv', oduflix: 'oduflix/data.json', bigforest: 'bigforest/data.json', peartv: 'peartv/movies.db' }[name]!);

  it('gives CCD’s CSV file as stored: it parses, with its header and every record', async () => {
    const response = await get('/export/CCD/native');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="ccd-data.csv"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.equals(await fs.readFile(storeFile('ccd')))).toBe(true);
    const records = parse(bytes, { columns: true, relax_column_count: true }) as Row[];
    expect(Object.keys(records[0]!)).toEqual(['Title', 'TypeProgram', 'Classification', 'Country', 'Year', 'Category', 'Channel']);
    expect(records.length).toBe(50);
  });

  it.each(['oduflix', 'bigforest'])('gives %s’s JSON document as stored: it parses, captured items included', async (name) => {
    const response = await get(`/export/${name}/native`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.equals(await fs.readFile(storeFile(name)))).toBe(true);
    const document = JSON.parse(bytes.toString('utf8'));
    expect(Array.isArray(Object.values(document)[0])).toBe(true);
    if (name === 'oduflix') expect(JSON.stringify(document)).toContain('Amélie Export');
  });

  it('gives PearTV’s SQLite database: it opens, and its Film table has the rows of the store', async () => {
    const response = await get('/export/peartv/native');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.sqlite3');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="peartv-movies.db"');
    const file = path.join(await tempDataDir(), 'export.db');
    await fs.writeFile(file, Buffer.from(await response.arrayBuffer()));
    const exported = new Database(file, { readonly: true, fileMustExist: true });
    const store = new Database(storeFile('peartv'), { readonly: true });
    try {
      const rows = (db: Database.Database) => db.prepare('SELECT * FROM Film ORDER BY film_id').all();
      expect(rows(exported)).toEqual(rows(store));
      expect(rows(exported).some((row: any) => row.title === 'Paddington Export')).toBe(true);
    } finally {
      exported.close();
      store.close();
    }
  });

  it('is a consistent file while captures are being written: every download parses, and the last has every capture', async () => {
    const inputs = (round: number) =>
      Array.from({ length: 20 }, (_, i) => ({ title: `Concurrent ${round}-${i}`, year: 2001, category: 'Drama', rental: 1, purchase: 2, stars: 3, classification: 'PG', country: 'GB' }));
    const programmes = (round: number) =>
      Array.from({ length: 20 }, (_, i) => ({ title: `Concurrent ${round}-${i}`, typeProgram: 'Series', classification: 'PG', country: 'GB', year: 2001, category: 'Drama', channel: 'BBC One' }));
    const writes = Array.from({ length: 8 }, (_, round) => [
      gql(graph.gatewayUrl, 'mutation($inputs: [BigForestMovieInput!]!) { captureBigForestMovies(inputs: $inputs) { created } }', { inputs: inputs(round) }, graph.writer),
      gql(graph.gatewayUrl, 'mutation($inputs: [CcdProgrammeInput!]!) { captureCcdProgrammes(inputs: $inputs) { created } }', { inputs: programmes(round) }, graph.writer),
    ]).flat();
    const reads = Array.from({ length: 12 }, async () => {
      const [json, csv] = await Promise.all([get('/export/bigforest/native'), get('/export/ccd/native')]);
      return { json: await json.text(), csv: await csv.text() };
    });
    const [written, downloads] = await Promise.all([Promise.all(writes), Promise.all(reads)]);
    for (const { errors } of written) expect(errors).toBeUndefined();
    const lastCsv = await (await get('/export/ccd/native')).text();
    for (const { json, csv } of downloads) {
      expect(() => JSON.parse(json)).not.toThrow();
      expect(() => parse(csv, { relax_column_count: true })).not.toThrow();
      // Rows are only appended: a download is the file as of a complete write, so the last one starts
      // with it, and it ends where a row does (a torn last row would parse too, with fewer columns).
      expect(lastCsv.startsWith(csv)).toBe(true);
      expect(csv.endsWith('\n')).toBe(true);
    }
    const after = JSON.parse(await (await get('/export/bigforest/native')).text()).BigForest_list as { Title: string }[];
    expect(after.filter((item) => item.Title.startsWith('Concurrent ')).length).toBe(160);
    const rows = parse(lastCsv, { columns: true, relax_column_count: true }) as Row[];
    expect(rows.filter((row) => row.Title!.startsWith('Concurrent ')).length).toBe(160);
  });

  it('404 for an unknown streamer; the subgraph’s own route refuses anyone but the gateway', async () => {
    const response = await get('/export/netflux/native');
    expect(response.status).toBe(404);
    expect((await body(response)).errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringContaining('netflux') });
    const direct = new URL('internal/native', graph.services.get('peartv')!.url);
    expect((await fetch(direct)).status).toBe(401);
    const withProof = await fetch(direct, { headers: { 'x-internal-token': await internalToken(graph.dataDir) } });
    expect(withProof.status).toBe(200);
    await withProof.arrayBuffer();
  });
});

/** A JSON-LD node's `@id`s, whether it holds one node or a list. */
const ids = (value: unknown) => (Array.isArray(value) ? value : [value]).map((node: any) => node['@id']);

describe('GET /movies/<global id>', () => {
  const jsonLd = { accept: 'application/ld+json' };

  it('gives JSON-LD: a schema.org Movie with its identifier, offers with prices, the dataset it is part of and its licence', async () => {
    const { data } = await gql(graph.gatewayUrl, '{ movie(id: "peartv:8") { ... on PearTvFilm { title year rental purchase stars classification } } }');
    const response = await get('/movies/peartv:8', jsonLd);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const movie = await body(response);
    expect(movie['@context']['@vocab']).toBe('https://schema.org/');
    expect(movie['@type']).toBe('Movie');
    expect(movie['@id']).toBe(new URL('/movies/peartv:8', graph.gatewayUrl).href);
    expect(movie.identifier).toBe('peartv:8');
    expect(movie.name).toBe(data.movie.title);
    expect(movie.contentRating).toBe(data.movie.classification);
    expect(movie.aggregateRating.ratingValue).toBe(data.movie.stars);
    expect(movie.offers.map((o: any) => [o['@type'], o.price])).toEqual([
      ['Offer', data.movie.rental],
      ['Offer', data.movie.purchase],
    ]);
    expect(movie.isPartOf['@id']).toBe(new URL('/catalog#peartv', graph.gatewayUrl).href);
    expect(movie.license['@id']).toBe('https://www.apache.org/licenses/LICENSE-2.0');
    expect(movie['prov:wasDerivedFrom']['@id']).toBe(new URL('/export/peartv/native', graph.gatewayUrl).href);
    expect(movie['prov:wasGeneratedBy']).toBeUndefined(); // came with the store: no capture to tell
  });

  it('says how a broadcaster offers its programme, without a price, and keeps its own fields as properties', async () => {
    const movie = await body(await get('/movies/ccd:1', jsonLd));
    expect(movie.offers).toEqual([{ '@type': 'Offer', category: 'broadcast', description: expect.any(String), seller: { '@type': 'Organization', name: 'CCD' } }]);
    expect(movie.aggregateRating).toBeUndefined(); // CCD has no stars: no rating invented
    expect(movie.genre).toBe('Science fiction');
    expect(movie.additionalProperty).toEqual(expect.arrayContaining([{ '@type': 'PropertyValue', name: 'channel', value: 'BBC One' }]));
  });

  it('tells the provenance of a captured record with PROV-O: when, by which client, for whom', async () => {
    const { id, capturedAt, source, subject } = captured.oduflix!;
    const movie = await body(await get(`/movies/${id}`, jsonLd));
    expect(movie.actor.map((a: any) => a.name)).toEqual(['Audrey Tautou', 'Mathieu Kassovitz']);
    expect(movie.genre).toBe('Comedy');
    // A subscription: an Offer that says so, with no price (none is invented).
    expect(movie.offers).toEqual([{ '@type': 'Offer', category: 'subscription', description: expect.any(String), seller: { '@type': 'Organization', name: 'OduFlix' } }]);
    expect(movie['prov:generatedAtTime']['@value']).toBe(capturedAt);
    const activity = movie['prov:wasGeneratedBy'];
    expect(activity['@type']).toBe('prov:Activity');
    expect(activity['prov:endedAtTime']['@value']).toBe(capturedAt);
    expect(activity['prov:wasAssociatedWith'].map((a: any) => a['rdfs:label'])).toEqual([source, subject]);
    expect(movie['prov:wasAttributedTo']['rdfs:label']).toBe('test');
  });

  it('gives a browser an HTML page with the record, its provenance and the same JSON-LD inside', async () => {
    const response = await get(`/movies/${captured.peartv!.id}`, { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('vary')).toMatch(/accept/i);
    const html = await response.text();
    expect(html).toContain('<h1>Paddington Export</h1>');
    expect(html).toContain('export test');
    const embedded = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
    const direct = await body(await get(`/movies/${captured.peartv!.id}`, jsonLd));
    expect(embedded).toEqual(direct);
  });

  it('answers 404 with a clear message for an id that names no movie, in either representation', async () => {
    for (const id of ['peartv:999999', 'netflux:1', 'not-an-id']) {
      const response = await get(`/movies/${id}`, jsonLd);
      expect(response.status).toBe(404);
      const { errors } = await body(response);
      expect(errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', id } });
      expect(errors[0].message).toContain(`No movie has the id "${id}"`);
    }
    const page = await get('/movies/peartv:999999', { accept: 'text/html' });
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('No movie has the id &quot;peartv:999999&quot;');
  });
});

describe('GET /catalog (DCAT 3)', () => {
  it('describes the service: a dcat:Catalog, one dcat:Dataset per streamer with its licence, JSON Schema and distributions, and the GraphQL endpoint', async () => {
    const facts = await streamerFacts();
    const response = await get('/catalog');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const catalog = await body(response);
    expect(catalog['@context'].dcat).toBe('http://www.w3.org/ns/dcat#');
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog['dct:license']['@id']).toBe('https://www.apache.org/licenses/LICENSE-2.0');
    const datasets = catalog['dcat:dataset'];
    expect(datasets.map((d: any) => d['dct:identifier'])).toEqual(facts.map((s) => s.subgraph));
    for (const dataset of datasets) {
      expect(dataset['@type']).toBe('dcat:Dataset');
      expect(dataset['dct:license']['@id']).toBe('https://www.apache.org/licenses/LICENSE-2.0');
      const fact = facts.find((s) => s.subgraph === dataset['dct:identifier'])!;
      // Its JSON Schema resolves, at a stable URL, to the schema the streamer validates with.
      const schema = await get(dataset['dct:conformsTo']['@id']);
      expect(schema.headers.get('content-type')).toMatch(/^application\/schema\+json/);
      expect(await body(schema)).toEqual(fact.schema);
      // Every distribution downloads.
      expect(dataset['dcat:distribution']).toHaveLength(3);
      for (const distribution of dataset['dcat:distribution']) {
        expect(distribution['@type']).toBe('dcat:Distribution');
        const download = await get(distribution['dcat:downloadURL']['@id']);
        expect(download.status).toBe(200);
        await download.arrayBuffer();
      }
    }
    const [service] = catalog['dcat:service'];
    expect(service['@type']).toBe('dcat:DataService');
    expect(service['dcat:endpointURL']['@id']).toBe(graph.gatewayUrl);
    expect(ids(service['dcat:servesDataset'])).toEqual(ids(datasets));
    const sdl = await (await get(service['dcat:endpointDescription']['@id'])).text();
    expect(sdl).toContain('searchMovies');
    // The dataset a movie says it is part of is one of the catalogue's.
    const movie = await body(await get('/movies/ccd:1', { accept: 'application/ld+json' }));
    expect(ids(datasets)).toContain(movie.isPartOf['@id']);
  });
});

describe('behind the same door as GraphQL, with a configured public URL', () => {
  let locked: Graph;
  beforeAll(async () => {
    locked = await startGraph({ AUTH_READS: 'token', PUBLIC_URL: 'https://movies.example.org/' });
  });
  afterAll(async () => {
    await locked?.close();
  });
  const at = (pathAndQuery: string, token?: string) =>
    fetch(new URL(pathAndQuery, locked.gatewayUrl), { headers: { accept: 'application/ld+json', ...(token && { authorization: `Bearer ${token}` }) } });

  it('refuses exports and metadata without a token when reads need one (401), and serves them with one', async () => {
    for (const route of ['/export/movies.csv', '/export/peartv/native', '/movies/peartv:8', '/catalog']) {
      const refused = await at(route);
      expect(refused.status).toBe(401);
      expect((await body(refused)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const served = await at(route, await userToken(locked.dataDir, []));
      expect(served.status).toBe(200);
      await served.arrayBuffer();
    }
  });

  it('makes every URL of the metadata absolute from PUBLIC_URL', async () => {
    const token = await userToken(locked.dataDir, []);
    const catalog = await body(await at('/catalog', token));
    expect(catalog['@id']).toBe('https://movies.example.org/catalog');
    expect(catalog['dcat:service'][0]['dcat:endpointURL']['@id']).toBe('https://movies.example.org/');
    const movie = await body(await at('/movies/peartv:8', token));
    expect(movie['@id']).toBe('https://movies.example.org/movies/peartv:8');
    expect(movie.isPartOf['@id']).toBe('https://movies.example.org/catalog#peartv');
  });
});
