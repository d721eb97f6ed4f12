// Who may write: bearer tokens at the gateway, capture scopes checked there and again by the store's
// owner, and subgraphs that answer nobody but the gateway (and the catalog) — over real servers.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internalTokenHeader, signInternalToken, signUserToken } from '../core/auth.js';
import { repoRoot } from '../core/paths.js';
import { loadGatewayConfig } from '../gateway/config.js';
import { startGateway } from '../gateway/index.js';
import { gql, internalToken, startGraph, userToken, type Graph } from './support.js';

const run = promisify(execFile);

let graph: Graph;
beforeAll(async () => {
  graph = await startGraph({ NODE_ENV: 'production' });
});
afterAll(async () => {
  await graph?.close();
});

const film = (title: string) => ({ title, classification: 'PG', country: 'GB', rental: 1, purchase: 2, stars: 3, year: 2001 });
const capture = `mutation($input: PearTvFilmInput!) { capturePearTvFilm(input: $input, source: "auth test") { status record { id capture { source subject } } } }`;
const storedTitles = () => {
  const db = new Database(path.join(graph.dataDir, 'peartv/movies.db'), { readonly: true });
  try {
    return (db.prepare('SELECT title FROM Film').pluck().all() as string[]).filter((t) => t.startsWith('Auth '));
  } finally {
    db.close();
  }
};

describe('capturing through the gateway', () => {
  it.each([
    ['no token', async () => undefined, 'UNAUTHENTICATED', /capturing needs a bearer token with scope capture:peartv/],
    ['a token for another streamer', () => userToken(graph.dataDir, ['capture:ccd']), 'FORBIDDEN', /needs the scope capture:peartv/],
    ['an expired token', () => userToken(graph.dataDir, ['capture:*'], 'late', '-1m'), 'UNAUTHENTICATED', /expired/],
    ['a token signed with another key', () => signUserToken('not the local secret', { subject: 'mallory', scopes: ['capture:*'] }, '1h'), 'UNAUTHENTICATED', /cannot be verified/],
    ['a header that is not Bearer', async () => ({ authorization: 'Basic YWRtaW46YWRtaW4=' }), 'UNAUTHENTICATED', /Bearer/],
  ])('refuses %s and writes nothing', async (_, auth, code, message) => {
    const { data, errors } = await gql(graph.gatewayUrl, capture, { input: film(`Auth ${code} ${Math.random()}`) }, await auth());
    expect(data?.capturePearTvFilm ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe(code);
    expect(errors?.[0]?.message).toMatch(message);
    if (code === 'FORBIDDEN') expect(errors?.[0]?.extensions?.scope).toBe('capture:peartv');
    expect(storedTitles()).toEqual([]);
  });

  it.each([['capture:peartv'], ['capture:*']])('stores with scope %s and records the verified subject beside the source', async (scope) => {
    const title = `Auth ${scope}`;
    const { data, errors } = await gql(graph.gatewayUrl, capture, { input: film(title) }, await userToken(graph.dataDir, [scope], 'alice'));
    expect(errors).toBeUndefined();
    expect(data.capturePearTvFilm).toMatchObject({ status: 'CREATED', record: { capture: { source: 'auth test', subject: 'alice' } } });
    expect(storedTitles()).toContain(title);
  });

  it('keeps reads anonymous', async () => {
    const { data, errors } = await gql(graph.gatewayUrl, '{ searchMovies(query: "Chitty") { totalCount } }');
    expect(errors).toBeUndefined();
    expect(data.searchMovies.totalCount).toBe(1);
  });

  it('takes a token from `npm run token`', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/token.ts'), '--scope', 'capture:peartv', '--subject', 'bob', '--ttl', '5m'], {
      cwd: repoRoot,
      env: { ...process.env, DATA_DIR: graph.dataDir },
    });
    const { data, errors } = await gql(graph.gatewayUrl, capture, { input: film('Auth npm run token') }, stdout.trim());
    expect(errors).toBeUndefined();
    expect(data.capturePearTvFilm.record.capture.subject).toBe('bob');
  });
});

describe('a subgraph called directly', () => {
  const peartvUrl = () => graph.services.get('peartv')!.url;

  it('listens on loopback only', () => {
    for (const [name, service] of graph.services) if (name !== 'gateway') expect(new URL(service.url).hostname).toBe('127.0.0.1');
  });

  it.each([
    ['a query', '{ pearTvFilms { totalCount } }'],
    ['_service', '{ _service { sdl } }'],
    ['_entities', '{ _entities(representations: [{ __typename: "PearTvFilm", id: "peartv:8" }]) { ... on PearTvFilm { title } } }'],
    ['a mutation', 'mutation { capturePearTvFilm(input: { title: "Auth direct", classification: "PG", country: "GB", rental: 1, purchase: 2, stars: 3, year: 2001 }) { status } }'],
  ])('refuses %s without the gateway\'s proof, or with a forged one', async (_, query) => {
    const forged = await signInternalToken('not the internal key', { subject: 'mallory', scopes: ['capture:*'] });
    for (const headers of [{}, { [internalTokenHeader]: forged }] as Record<string, string>[]) {
      const response = await fetch(peartvUrl(), { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://evil.example', ...headers }, body: JSON.stringify({ query }) });
      expect(response.status).toBe(401);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      expect(body.data).toBeUndefined();
      expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    }
    expect(storedTitles()).not.toContain('Auth direct');
  });

  it('answers a body that is not JSON in GraphQL JSON, like the gateway', async () => {
    const response = await fetch(peartvUrl(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(await response.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('checks the capture scope again, whatever reached it', async () => {
    const proof = await internalToken(graph.dataDir, { subject: 'reader', scopes: ['capture:ccd'] });
    const { errors } = await gql(peartvUrl(), capture, { input: film('Auth defence in depth') }, { [internalTokenHeader]: proof });
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(storedTitles()).not.toContain('Auth defence in depth');
  });
});

describe('AUTH_READS=token', () => {
  it('refuses anonymous reads and serves a token holder', async () => {
    const urls = Object.fromEntries([...graph.services].filter(([name]) => name !== 'gateway').map(([name, s]) => [`${name.toUpperCase()}_URL`, s.url]));
    const gateway = await startGateway(loadGatewayConfig({ ...urls, DATA_DIR: graph.dataDir, AUTH_READS: 'token', NODE_ENV: 'production' }), 0);
    try {
      const query = '{ searchMovies(query: "Chitty") { totalCount } }';
      const anonymousAnswer = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect(anonymousAnswer.status).toBe(401);
      expect(((await anonymousAnswer.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
      const { data } = await gql(gateway.url, query, {}, await userToken(graph.dataDir, []));
      expect(data.searchMovies.totalCount).toBe(1);
    } finally {
      await gateway.stop();
    }
  });
});

it('keeps the local keys in DATA_DIR, readable by their owner only', async () => {
  const stat = await fs.stat(path.join(graph.dataDir, 'keys.json'));
  expect(stat.mode & 0o077).toBe(0);
});
