// End to end: every subgraph and the gateway for real, on free ports, over a temporary copy of
// the seed data, asked through plain HTTP POSTs to the gateway.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startGraph, type Graph } from './support.js';

const search = `query Search($query: String, $streamers: [String!], $yearFrom: Int, $yearTo: Int, $first: Int, $after: String) {
  searchMovies(query: $query, streamers: $streamers, yearFrom: $yearFrom, yearTo: $yearTo, first: $first, after: $after) {
    totalCount
    edges { cursor node { __typename id streamer title year } }
    pageInfo { hasNextPage endCursor }
    unavailableStreamers
  }
}`;

interface Edge {
  cursor: string;
  node: { __typename: string; id: string; streamer: string; title: string; year: number };
}

let graph: Graph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.close();
});

async function searchAll(variables: Record<string, unknown>) {
  const { data, errors } = await gql(graph.gatewayUrl, search, variables);
  expect(errors).toBeUndefined();
  return data.searchMovies as { totalCount: number; edges: Edge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe('searchMovies through the gateway', () => {
  it.each([
    ['Jurassic', 'OduflixMovie', 'OduFlix'],
    ['Chitty', 'PearTvFilm', 'PearTV'],
    ['Dr Who', 'CcdProgramme', 'CCD'],
    ['Barbie', 'BigForestMovie', 'BigForest'],
  ])('finds %s as a %s of %s', async (query, typename, streamer) => {
    const result = await searchAll({ query });
    const matching = result.edges.filter((e) => e.node.__typename === typename);
    expect(matching.length).toBeGreaterThan(0);
    for (const { node } of matching) {
      expect(node.streamer).toBe(streamer);
      expect(node.title.toLowerCase()).toContain(query.toLowerCase());
    }
  });

  it('serves the seed PearTV film once, although the table holds it five times', async () => {
    const result = await searchAll({ query: 'chitty' });
    expect(result.edges.map((e) => e.node.id)).toEqual(['peartv:8']);
  });

  it('resolves streamer-specific fields with inline fragments', async () => {
    const { data, errors } = await gql(
      graph.gatewayUrl,
      `{ searchMovies(query: "i", first: 100) { edges { node {
          __typename id
          ... on PearTvFilm { filmId rental purchase }
          ... on BigForestMovie { category rental purchase }
          ... on OduflixMovie { producer actors genre classification }
          ... on CcdProgramme { channel typeProgram }
      } } } }`,
    );
    expect(errors).toBeUndefined();
    const nodes = data.searchMovies.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(nodes.find((n: any) => n.id === 'peartv:7')).toEqual({ __typename: 'PearTvFilm', id: 'peartv:7', filmId: 7, rental: 12.99, purchase: 19.99 });
    expect(nodes.find((n: any) => n.id === 'oduflix:0')).toMatchObject({
      producer: 'Spielberg',
      actors: ['Sam Neil', 'Laura Dern', 'Jeff G.'],
      genre: 'Fantasy',
      classification: null,
    });
    expect(nodes.find((n: any) => n.id === 'ccd:1')).toMatchObject({ channel: 'BBC One', typeProgram: 'Series' });
    expect(nodes.find((n: any) => n.__typename === 'BigForestMovie' && n.category === 'Comedy')).toMatchObject({ rental: 5.99, purchase: 20.99 });
  });

  it('pages with first: 2 through exactly the movies of one big page, in the stable order', async () => {
    const big = await searchAll({ first: 100 });
    expect(big.pageInfo.hasNextPage).toBe(false);
    expect(big.edges.length).toBe(big.totalCount);
    expect(new Set(big.edges.map((e) => e.node.__typename)).size).toBe(4);

    const visited: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const page = await searchAll({ first: 2, after });
      expect(page.totalCount).toBe(big.totalCount);
      expect(page.edges.length).toBeLessThanOrEqual(2);
      visited.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(visited).toEqual(big.edges.map((e) => e.node.id));
    const bytes = (text: string) => Buffer.from(text);
    const byTitleThenStreamer = (a: Edge, b: Edge) =>
      Buffer.compare(bytes(a.node.title.toLowerCase()), bytes(b.node.title.toLowerCase())) ||
      Buffer.compare(bytes(a.node.streamer), bytes(b.node.streamer));
    expect(big.edges).toEqual([...big.edges].sort(byTitleThenStreamer));
  });

  it('filters by streamer and year', async () => {
    const result = await searchAll({ streamers: ['BigForest', 'peartv'], yearFrom: 1980, yearTo: 2001, first: 100 });
    expect(result.edges.length).toBeGreaterThan(0);
    for (const { node } of result.edges) {
      expect(['BigForest', 'PearTV']).toContain(node.streamer);
      expect(node.year).toBeGreaterThanOrEqual(1980);
      expect(node.year).toBeLessThanOrEqual(2001);
    }
  });

  it('counts a streamer named twice once', async () => {
    const once = await searchAll({ streamers: ['PearTV'], first: 100 });
    const twice = await searchAll({ streamers: ['PearTV', 'peartv'], first: 100 });
    expect(twice.totalCount).toBe(once.totalCount);
    expect(twice.edges.map((e) => e.node.id)).toEqual(once.edges.map((e) => e.node.id));
  });

  it('refuses an unknown streamer, a bad cursor and an oversized page with BAD_USER_INPUT', async () => {
    for (const variables of [{ streamers: ['Netflax'] }, { after: 'not-a-cursor' }, { first: 101 }]) {
      const { errors } = await gql(graph.gatewayUrl, search, variables);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('lookups and metadata through the gateway', () => {
  it('resolves any streamer movie by its global id, and null for an unknown or duplicate id', async () => {
    const { data, errors } = await gql(
      graph.gatewayUrl,
      `{ a: movie(id: "peartv:8") { __typename title ... on PearTvFilm { filmId } }
         b: movie(id: "ccd:1") { __typename title }
         c: movie(id: "peartv:9") { id }
         d: movie(id: "bigforest:99999") { id }
         e: movie(id: "nonsense") { id } }`,
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      a: { __typename: 'PearTvFilm', title: 'Chitty Chitty Bang Bang', filmId: 8 },
      b: { __typename: 'CcdProgramme', title: 'Dr Who Series 15' },
      c: null,
      d: null,
      e: null,
    });
  });

  it('lists each streamer with its storage, record count and JSON Schema', async () => {
    const { data, errors } = await gql(graph.gatewayUrl, '{ streamers { name subgraph entityType storage recordCount schema } }');
    expect(errors).toBeUndefined();
    const byName = Object.fromEntries(data.streamers.map((s: any) => [s.name, s]));
    expect(Object.keys(byName)).toEqual(['CCD', 'OduFlix', 'BigForest', 'PearTV']);
    expect(byName.PearTV).toMatchObject({ subgraph: 'peartv', entityType: 'PearTvFilm', storage: 'SQLITE', recordCount: 3 });
    expect(byName.CCD.storage).toBe('CSV');
    expect(byName.OduFlix.schema.properties.Year.type).toBe('string');
    const total = await searchAll({ first: 0 });
    expect(data.streamers.reduce((sum: number, s: any) => sum + s.recordCount, 0)).toBe(total.totalCount);
  });

  it('accounts for every seed record: served, or listed as rejected with its location and reasons', async () => {
    const { data, errors } = await gql(
      graph.gatewayUrl,
      `{ streamers { name loadReport { storedRecords servedRecords invalidRecords duplicateRecords
           rejected(first: 1000) { location kind reasons duplicateOf } } } }`,
    );
    expect(errors).toBeUndefined();
    const stored: Record<string, number> = { CCD: 50, OduFlix: 155, BigForest: 168, PearTV: 7 };
    for (const { name, loadReport: r } of data.streamers) {
      expect(r.storedRecords).toBe(stored[name]);
      expect(r.servedRecords + r.invalidRecords + r.duplicateRecords).toBe(r.storedRecords);
      expect(r.rejected.length).toBe(r.invalidRecords + r.duplicateRecords);
      for (const rejected of r.rejected) {
        expect(rejected.location).not.toBe('');
        expect(rejected.reasons.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('a streamer that goes down', () => {
  it('leaves the search answering for the others with an error naming it, and recovers when it is back', async () => {
    await graph.stop('peartv');
    const { data, errors } = await gql(graph.gatewayUrl, search, { first: 100 });
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: 'STREAMER_UNAVAILABLE', streamer: 'PearTV' });
    expect(errors![0]!.message).toContain('PearTV');
    const streamersSeen = new Set(data.searchMovies.edges.map((e: Edge) => e.node.streamer));
    expect([...streamersSeen].sort()).toEqual(['BigForest', 'CCD', 'OduFlix']);
    expect(data.searchMovies.unavailableStreamers).toEqual(['PearTV']);

    const direct = await gql(graph.gatewayUrl, '{ pearTvFilms { totalCount } }');
    expect(direct.errors?.[0]?.extensions).toMatchObject({ code: 'STREAMER_UNAVAILABLE', serviceName: 'peartv' });

    await graph.restart('peartv');
    const again = await gql(graph.gatewayUrl, search, { query: 'Chitty' });
    expect(again.errors).toBeUndefined();
    expect(again.data.searchMovies.edges[0].node.__typename).toBe('PearTvFilm');
  });
});

describe('in production mode', () => {
  it('sends coded errors without stack traces or internal messages', async () => {
    const production = await startGraph({ NODE_ENV: 'production' });
    try {
      await production.stop('bigforest');
      const responses = await Promise.all([
        gql(production.gatewayUrl, search, { query: 'a' }),
        gql(production.gatewayUrl, '{ bigForestMovies { totalCount } }'),
        gql(production.gatewayUrl, '{ noSuchField }'),
        gql(production.gatewayUrl, search, { first: -1 }),
      ]);
      const errors = responses.flatMap((r) => r.errors ?? []);
      expect(errors.length).toBe(4);
      for (const error of errors) {
        expect(error.extensions?.code).toMatch(/^[A-Z_]+$/);
        expect(JSON.stringify(error)).not.toMatch(/stacktrace|ECONNREFUSED|node_modules|\.ts:\d+/);
      }
      expect(errors.map((e) => e.extensions?.code)).toEqual([
        'STREAMER_UNAVAILABLE',
        'STREAMER_UNAVAILABLE',
        'GRAPHQL_VALIDATION_FAILED',
        'BAD_USER_INPUT',
      ]);
    } finally {
      await production.close();
    }
  });
});
