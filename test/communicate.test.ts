// The communicate client: typed requests, readable coded errors, retries only when unreachable.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startGateway } from '../gateway/index.js';
import { Communicate, CommunicateError, communicate, MoviesError } from '../client/communicate.js';
import type { RunningService } from '../core/service.js';
import { loadGatewayConfig } from '../gateway/config.js';
import { freePort, startGraph, type Graph } from './support.js';

let graph: Graph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.close();
});

it('refuses a missing or non-HTTP url at once, as a programming mistake, not as a network fault', () => {
  expect(() => communicate({ token: 'x' } as unknown as { url: string })).toThrow(/url must be the gateway's http\(s\) address.*got undefined/);
  expect(() => communicate('localhost:4000')).toThrow(TypeError);
  expect(communicate('http://127.0.0.1:4000/')).toBeInstanceOf(Communicate);
});

it('retries with backoff while the gateway cannot be reached, then gets the answer', async () => {
  const port = await freePort();
  const retries: number[] = [];
  const communicate = new Communicate({ url: `http://localhost:${port}/`, retries: 6, minRetryDelayMs: 100, onRetry: (attempt) => retries.push(attempt) });
  const answer = communicate.streamers();
  // The gateway comes up late, on that port, over the running subgraphs.
  await new Promise((resolve) => setTimeout(resolve, 400));
  const urls = Object.fromEntries([...graph.services].filter(([name]) => name !== 'gateway').map(([name, s]) => [`${name.toUpperCase()}_URL`, s.url]));
  let lateGateway: RunningService | undefined;
  try {
    lateGateway = await startGateway(loadGatewayConfig({ ...urls, DATA_DIR: graph.dataDir, NODE_ENV: 'test' }), port);
    expect((await answer).map((s) => s.name)).toEqual(['CCD', 'OduFlix', 'BigForest', 'PearTV']);
    expect(retries.length).toBeGreaterThanOrEqual(1);
  } finally {
    await lateGateway?.stop();
  }
});

it('never retries a refusal, and says what was refused', async () => {
  const retries: number[] = [];
  const communicate = new Communicate({ url: graph.gatewayUrl, token: graph.writer, onRetry: (attempt) => retries.push(attempt) });
  const input = { title: 'hh', classification: 'PG', country: 'GB', rental: 1, purchase: 2, stars: 3, year: 2000 };
  const error = await communicate.captureOne('peartv', input, 'test').catch((err: unknown) => err);
  expect(error).toBeInstanceOf(CommunicateError);
  expect(error).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'title', rule: 'not', value: 'hh' }] });
  expect((error as Error).message).toContain('title must not be one character repeated');
  expect(retries).toEqual([]);
});

it('turns a streamer that is down into a sentence naming it, without retrying', async () => {
  await graph.stop('ccd');
  const retries: number[] = [];
  const communicate = new Communicate({ url: graph.gatewayUrl, token: graph.writer, onRetry: (attempt) => retries.push(attempt) });
  const input = { title: 'Down', typeProgram: 'Film', classification: 'PG', country: 'GB', year: 2000, category: 'Drama', channel: 'BBC' };
  await expect(communicate.captureOne('ccd', input, 'test')).rejects.toMatchObject({ code: 'STREAMER_UNAVAILABLE', message: 'CCD cannot be reached right now; try again later.' });
  expect(retries).toEqual([]);
  await graph.restart('ccd');
});

it('gives up with UNREACHABLE when the gateway never comes', async () => {
  const communicate = new Communicate({ url: `http://localhost:${await freePort()}/`, retries: 2, minRetryDelayMs: 10 });
  await expect(communicate.streamers()).rejects.toMatchObject({ code: 'UNREACHABLE' });
});

// The typed methods, over the same real graph.

it('searches one page with only the options given, typed per streamer by __typename', async () => {
  const client = communicate(graph.gatewayUrl);
  const page = await client.search({ query: 'park', first: 2 });
  expect(page.movies).toHaveLength(2);
  expect(page.edges.map((e) => e.node)).toEqual(page.movies);
  expect(page.totalCount).toBeGreaterThan(2);
  expect(page.pageInfo.hasNextPage).toBe(true);
  for (const movie of page.movies) {
    expect(movie.title.toLowerCase()).toContain('park');
    expect(movie.id.startsWith(`${movie.streamer.toLowerCase()}:`)).toBe(true);
    // Each streamer's own fields come with its movies.
    if (movie.__typename === 'OduflixMovie') expect(Array.isArray(movie.actors)).toBe(true);
    if (movie.__typename === 'PearTvFilm') expect(typeof movie.rental).toBe('number');
  }
  const next = await client.search({ query: 'park', first: 2, after: page.pageInfo.endCursor! });
  expect(next.movies.map((m) => m.id)).not.toContain(page.movies[0]!.id);
  // Years and streamers narrow the search on the server.
  const narrow = await client.search({ query: 'park', streamers: ['OduFlix'], yearFrom: 1993, first: 100 });
  expect(narrow.movies.length).toBeGreaterThan(0);
  expect(narrow.movies.every((m) => m.__typename === 'OduflixMovie' && m.year! >= 1993)).toBe(true);
});

it("passes the search's newer options through, only those given: filters, order, and the streamers a filter leaves out", async () => {
  const client = communicate(graph.gatewayUrl);
  const page = await client.search({ minStars: 3, orderBy: { field: 'STARS', direction: 'DESC' }, first: 100 });
  expect(page.movies.length).toBeGreaterThan(1);
  const stars = page.movies.map((m) => m.stars!);
  expect(stars.every((s) => s >= 3)).toBe(true);
  expect(stars).toEqual([...stars].sort((a, b) => b - a));
  // CCD has no stars: the service leaves it out and says why.
  expect(page.skippedStreamers.map((s) => s.streamer)).toContain('CCD');
  expect(page.movies.some((m) => m.__typename === 'CcdProgramme')).toBe(false);
  const cheap = await client.list('peartv', { maxRental: 3, orderBy: { field: 'RENTAL', direction: 'ASC' } });
  const rentals = cheap.movies.map((f) => f.rental);
  expect(rentals.every((r) => r <= 3)).toBe(true);
  expect(rentals).toEqual([...rentals].sort((a, b) => a - b));
});

it('answers a search with a streamer down from the others, naming the missing one instead of throwing', async () => {
  const client = communicate(graph.gatewayUrl);
  const before = await client.search({ query: 'a', first: 100 });
  expect(before.movies.some((m) => m.__typename === 'CcdProgramme')).toBe(true);
  await graph.stop('ccd');
  try {
    const page = await client.search({ query: 'a', first: 100 });
    expect(page.unavailableStreamers).toEqual(['CCD']);
    expect(page.movies.length).toBeGreaterThan(0);
    expect(page.movies.some((m) => m.__typename === 'CcdProgramme')).toBe(false);
  } finally {
    await graph.restart('ccd');
  }
});

it('searchAll visits every match exactly once, the same movies as listing each streamer', async () => {
  const client = communicate(graph.gatewayUrl);
  const seen: string[] = [];
  for await (const movie of client.searchAll({ query: 'a', first: 7 })) seen.push(movie.id);
  const { totalCount } = await client.search({ query: 'a', first: 0 });
  expect(seen.length).toBe(totalCount);
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen.length).toBeGreaterThan(7 * 3); // several pages
  const listed: string[] = [];
  for (const streamer of await client.streamers()) {
    for await (const movie of client.listAll(streamer.subgraph, { titleContains: 'a', first: 9 })) listed.push(movie.id);
  }
  expect([...seen].sort()).toEqual([...listed].sort());
});

it('looks a movie up by id, lists one streamer with its own filters, and reads the load reports', async () => {
  const client = communicate({ url: graph.gatewayUrl });
  const films = await client.list('PearTV', { country: 'USA', first: 3 });
  expect(films.movies.length).toBeGreaterThan(0);
  expect(films.movies.every((f) => f.__typename === 'PearTvFilm' && f.country === 'USA' && typeof f.filmId === 'number')).toBe(true);
  const first = films.movies[0]!;
  const again = await client.movie(first.id as `peartv:${string}`);
  expect(again).toEqual(first);
  expect(again?.rental).toBe(first.rental);
  expect(await client.movie('peartv:999999')).toBeNull();

  const reports = await client.loadReports();
  expect(reports.map((r) => r.streamer)).toEqual((await client.streamers()).map((s) => s.name));
  for (const report of reports) {
    expect(report.storedRecords).toBe(report.servedRecords + report.invalidRecords + report.duplicateRecords);
    expect(report.rejected.length).toBe(Math.min(100, report.invalidRecords + report.duplicateRecords));
  }
  const page = await client.loadReport('bigforest', { first: 1 });
  expect(page.rejected.length).toBe(Math.min(1, page.invalidRecords + page.duplicateRecords));
});

it('captures one and many with the input typed per streamer, and reads the stored movies back', async () => {
  const client = communicate({ url: graph.gatewayUrl, token: graph.writer });
  const title = `Typed ${Date.now()}`;
  const one = await client.captureOne('peartv', { title, classification: 'PG', country: 'GB', rental: 1.5, purchase: 9, stars: 4, year: 2001 }, 'typed-test');
  expect(one.status).toBe('CREATED');
  expect(one.record).toMatchObject({ __typename: 'PearTvFilm', title, rental: 1.5, capture: { source: 'typed-test' } });
  expect(await client.movie(one.record!.id as `peartv:${string}`)).toEqual(one.record);

  const batch = await client.captureMany('OduFlix', [
    { title: `${title} A`, producer: 'P', year: 2002, country: 'GB', genre: 'Drama', stars: 3, actors: ['A', 'B'] },
    { title: `${title} A`, producer: 'P', year: 2002, country: 'GB', genre: 'Drama', stars: 3, actors: ['A', 'B'] },
    { title: `${title} B`, producer: 'P', year: 2003, country: 'GB', genre: 'Drama', stars: 9, actors: [] },
  ]);
  expect(batch).toMatchObject({ created: 1, duplicates: 1, rejected: 1 });
  expect(batch.results.map((r) => r.status)).toEqual(['CREATED', 'DUPLICATE', 'REJECTED']);
  expect(batch.results[0]!.record?.actors).toEqual(['A', 'B']);
  expect(batch.results[2]!.problems).toContainEqual(expect.objectContaining({ field: 'stars', value: 9 }));
});

it('refuses a record with one MoviesError carrying every field problem, the code and the streamer', async () => {
  const client = communicate({ url: graph.gatewayUrl, token: graph.writer });
  const bad = { title: 'hh', classification: 'XX', country: 'gb', rental: 1, purchase: 2, stars: 9, year: 2000 };
  const error = await client.captureOne('PearTV', bad).catch((err: unknown) => err);
  expect(error).toBeInstanceOf(MoviesError);
  const refused = error as MoviesError;
  expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', streamer: 'PearTV' });
  expect(refused.problems.map((p) => p.field).sort()).toEqual(expect.arrayContaining(['classification', 'country', 'stars', 'title']));
  expect(refused.problems.find((p) => p.field === 'stars')).toMatchObject({ value: 9 });
  for (const field of ['classification', 'country', 'stars', 'title']) expect(refused.message).toContain(field);
});

it('names every problem of an input a program sent without the types: missing, mistyped and unknown fields, per record of a batch', async () => {
  const client = communicate({ url: graph.gatewayUrl, token: graph.writer });
  // What a program without the types could send.
  const loose = { title: 'Loose', year: 'abc', colour: 'red' } as unknown as Parameters<typeof client.captureOne<'peartv'>>[1];
  const error = (await client.captureOne('peartv', loose).catch((err: unknown) => err)) as MoviesError;
  expect(error).toBeInstanceOf(MoviesError);
  expect(error.code).toBe('BAD_USER_INPUT');
  expect(error.streamer).toBe('PearTV');
  const byField = new Map(error.problems.map((p) => [p.field, p]));
  for (const field of ['classification', 'country', 'rental', 'purchase', 'stars']) expect(byField.get(field)).toMatchObject({ rule: 'required', value: null });
  expect(byField.get('year')).toMatchObject({ rule: 'type', message: 'must be a whole number', value: 'abc' });
  expect(byField.get('colour')).toMatchObject({ rule: 'additionalProperties' });
  expect(error.message).not.toContain('Variable "$input"');
  expect(error.message).toContain('purchase is required');
  // In a batch, each problem says which record.
  const batchError = (await client.captureBatch('peartv', [loose, { title: 'Other' } as typeof loose]).catch((err: unknown) => err)) as MoviesError;
  expect(batchError.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['[0].year', '[0].colour', '[1].year', '[1].purchase']));
  expect(batchError.problems.find((p) => p.field === '[1].year')).toMatchObject({ rule: 'required' });
});

it("reads GraphQL's own variable errors into the same problems, every one", async () => {
  const client = communicate(graph.gatewayUrl);
  const error = (await client.search({ yearFrom: 'abc', streamers: [1, null] } as never).catch((err: unknown) => err)) as MoviesError;
  expect(error).toBeInstanceOf(MoviesError);
  expect(error.code).toBe('BAD_USER_INPUT');
  expect(error.problems).toEqual([
    { field: 'yearFrom', rule: 'type', message: 'must be a whole number', value: 'abc' },
    { field: 'streamers[0]', rule: 'type', message: 'must be text', value: 1 },
    { field: 'streamers[1]', rule: 'required', message: 'is required', value: null },
  ]);
  expect(error.message).toBe('refused: yearFrom must be a whole number (value: "abc"); streamers[0] must be text (value: 1); streamers[1] is required');
  const order = (await client.search({ orderBy: { field: 'SIZE', colour: 'red' } } as never).catch((err: unknown) => err)) as MoviesError;
  expect(order.problems).toEqual([
    { field: 'orderBy.field', rule: 'enum', message: "is not one of MovieOrderField's values", value: 'SIZE' },
    { field: 'orderBy.colour', rule: 'additionalProperties', message: 'is not a field of MovieOrder', value: null },
  ]);
});

it('refuses an argument the service does not take before sending, and a bad one with the server\'s code', async () => {
  const client = communicate(graph.gatewayUrl);
  await expect(client.list('ccd', { colour: 'red' } as never)).rejects.toMatchObject({ code: 'UNKNOWN_ARGUMENT', problems: [{ field: 'colour', rule: 'argument', value: 'red' }] });
  await expect(client.search({ first: 1000 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'first', rule: 'argument', value: 1000 }] });
  await expect(client.list('nobody')).rejects.toMatchObject({ code: 'UNKNOWN_STREAMER' });
});
