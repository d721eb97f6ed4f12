// One client must not starve the others: operation limits refuse abusive queries before any work is
// planned, bodies that are not JSON get GraphQL JSON answers, and a hung subgraph costs one timeout.
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../core/service.js';
import { loadGatewayConfig } from '../gateway/config.js';
import { startGateway } from '../gateway/index.js';
import { freePort, gql, startGraph, startSubgraphProcess, tempDataDir, type Graph } from './support.js';

let graph: Graph;
beforeAll(async () => {
  graph = await startGraph({ NODE_ENV: 'production' });
});
afterAll(async () => {
  await graph?.close();
});

const post = (body: string) => fetch(graph.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('operation limits', () => {
  const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: searchMovies(first: 100) { totalCount }`).join(' ')} }`;

  it('refuses a thousand aliased searches while parsing, and a normal search sent with it answers', async () => {
    const [refused, normal] = await Promise.all([gql(graph.gatewayUrl, aliased(1000)), gql(graph.gatewayUrl, '{ searchMovies(query: "park") { totalCount } }')]);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'OPERATION_LIMIT', limit: 'tokens', max: 2000 });
    expect(normal.errors).toBeUndefined();
    expect(normal.data.searchMovies.totalCount).toBe(4);
  });

  it('refuses more aliases than the limit, naming it', async () => {
    const { data, errors } = await gql(graph.gatewayUrl, aliased(31));
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions).toEqual({ code: 'OPERATION_LIMIT', limit: 'aliases', max: 30 });
    expect(errors?.[0]?.message).toBe('Aliases limit of 30 exceeded, found 31.');
  });

  it('counts each searchMovies as the streamer calls it causes', async () => {
    // 9 searches of all 4 streamers: 36 calls, under 40. One more: 40 + 4 = 44.
    const searches = (count: number, streamers = '') => `{ ${Array.from({ length: count }, (_, i) => `s${i}: searchMovies(first: 1${streamers}) { totalCount }`).join(' ')} }`;
    const [under, over, named] = await Promise.all([
      gql(graph.gatewayUrl, searches(10).replace('s9: searchMovies(first: 1)', 's9: ccdProgrammes(first: 1)')),
      gql(graph.gatewayUrl, searches(11)),
      gql(graph.gatewayUrl, searches(20, ', streamers: ["PearTV", "CCD"]')),
    ]);
    expect(under.errors).toBeUndefined();
    expect(over.errors?.[0]).toEqual({ message: 'Streamer calls limit of 40 exceeded, found 44.', extensions: { code: 'OPERATION_LIMIT', limit: 'streamerCalls', max: 40 } });
    expect(named.errors).toBeUndefined();
  });

  it('refuses an operation of too many tokens while parsing it', async () => {
    const { errors } = await gql(graph.gatewayUrl, `{ ${'__typename '.repeat(3000)}}`);
    expect(errors?.[0]?.extensions).toEqual({ code: 'OPERATION_LIMIT', limit: 'tokens', max: 2000 });
  });

  it('gives no field suggestions in production', async () => {
    const { errors } = await gql(graph.gatewayUrl, '{ searchMovie { totalCount } }');
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('request bodies', () => {
  it('answers a body that is not JSON with a coded GraphQL error, no HTML and no X-Powered-By', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(await response.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('answers an oversize body with 413 in GraphQL JSON', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: object }[] }).errors[0]!.extensions).toEqual({ code: 'BAD_REQUEST' });
  });
});

describe('a subgraph that accepts requests and never answers', () => {
  let hung: http.Server;
  let gateway: RunningService;
  beforeAll(async () => {
    hung = http.createServer(() => {}); // never answers
    await new Promise<void>((resolve) => hung.listen(0, resolve));
    const urls = Object.fromEntries([...graph.services].filter(([name]) => name !== 'gateway').map(([name, s]) => [`${name.toUpperCase()}_URL`, s.url]));
    const peartvUrl = `http://localhost:${(hung.address() as AddressInfo).port}/`;
    gateway = await startGateway(loadGatewayConfig({ ...urls, DATA_DIR: graph.dataDir, PEARTV_URL: peartvUrl, SUBGRAPH_TIMEOUT_MS: '500', NODE_ENV: 'production' }), 0);
  });
  afterAll(async () => {
    await gateway?.stop();
    hung.closeAllConnections();
    await new Promise((resolve) => hung.close(resolve));
  });

  it('answers with that subgraph\'s coded error after the timeout, while queries to the others answer', async () => {
    const [hungAnswer, other] = await Promise.all([
      gql(gateway.url, '{ pearTvFilms(first: 1) { totalCount } }'),
      gql(gateway.url, '{ ccdProgrammes(first: 1) { totalCount } }'),
    ]);
    expect(hungAnswer.errors).toHaveLength(1);
    expect(hungAnswer.errors![0]!.extensions).toMatchObject({ code: 'STREAMER_UNAVAILABLE', streamer: 'PearTV', serviceName: 'peartv' });
    expect(hungAnswer.errors![0]!.message).toBe('Streamer PearTV is unavailable: no answer within 500 ms');
    expect(other).toEqual({ data: { ccdProgrammes: { totalCount: 9 } } });
  });
});

describe('a subgraph process that is stopped (SIGSTOP)', () => {
  it('costs one timeout: the gateway answers with its coded error, and the others answer meanwhile', async () => {
    const dataDir = await tempDataDir();
    const port = await freePort();
    const { child } = await startSubgraphProcess('peartv', dataDir, port);
    const urls = Object.fromEntries([...graph.services].filter(([name]) => name !== 'gateway').map(([name, s]) => [`${name.toUpperCase()}_URL`, s.url]));
    // The spawned subgraph and this gateway share the same keys: those of the spawned one's DATA_DIR.
    const gateway = await startGateway(loadGatewayConfig({ ...urls, DATA_DIR: dataDir, PEARTV_URL: `http://127.0.0.1:${port}/`, SUBGRAPH_TIMEOUT_MS: '700', NODE_ENV: 'production' }), 0);
    try {
      expect((await gql(gateway.url, '{ pearTvFilms(first: 0) { totalCount } }')).data).toEqual({ pearTvFilms: { totalCount: 3 } });
      child.kill('SIGSTOP');
      const [hung, other] = await Promise.all([
        gql(gateway.url, '{ pearTvFilms(first: 0) { totalCount } }'),
        gql(gateway.url, '{ __typename }'),
      ]);
      expect(hung.errors?.[0]?.extensions).toMatchObject({ code: 'STREAMER_UNAVAILABLE', streamer: 'PearTV' });
      expect(hung.errors?.[0]?.message).toBe('Streamer PearTV is unavailable: no answer within 700 ms');
      expect(other).toEqual({ data: { __typename: 'Query' } });
    } finally {
      child.kill('SIGCONT');
      child.kill('SIGKILL');
      await gateway.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  }, 30_000);
});
