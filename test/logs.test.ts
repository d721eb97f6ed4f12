// Structured logs over real servers: one line per request with its operation, status, duration and
// error codes; the request id from the caller (or made at the gateway) in every service's line and
// in the response; a storage fault logged with its cause while the client gets only the code; a
// malformed body answered as BAD_REQUEST and logged as one line, with no stack.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureLogs, readLogSettings } from '../core/log.js';
import { repoRoot } from '../core/paths.js';
import { freePort, startGraph, stopProcessGroup, tempDataDir, type Graph } from './support.js';

type Line = Record<string, any>;
const lines: Line[] = [];
let graph: Graph;

beforeAll(async () => {
  configureLogs({ level: 'info', destination: { write: (line: string) => void lines.push(JSON.parse(line) as Line) } });
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.close();
  configureLogs({ level: 'silent' });
});

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(graph.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { response, text: await response.text(), id: response.headers.get('x-request-id') };
}

const query = (text: string, variables?: unknown) => JSON.stringify({ query: text, variables });

/** The lines of one request, once the gateway's own has been written (after the answer is sent). */
async function linesOf(id: string): Promise<Line[]> {
  await expect.poll(() => lines.some((l) => l.reqId === id && l.service === 'gateway' && 'status' in l), { timeout: 5000 }).toBe(true);
  return lines.filter((l) => l.reqId === id);
}

const requestLine = (of: Line[], service: string) => of.filter((l) => l.service === service && 'status' in l);

describe('one line per request', () => {
  it('names the operation, status, duration and error codes, with the caller’s request id in every service', async () => {
    const { response, text, id } = await post(query('query LogSearch { searchMovies(query: "the", first: 2) { totalCount edges { node { id title } } } }'), {
      'x-request-id': 'log-test-1',
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(text).data.searchMovies.totalCount).toBeGreaterThan(0);
    expect(id).toBe('log-test-1');
    const of = await linesOf('log-test-1');
    const [gateway] = requestLine(of, 'gateway');
    expect(gateway).toMatchObject({ level: 'info', method: 'POST', path: '/', status: 200, operation: 'LogSearch', errorCodes: [] });
    expect(gateway!.durationMs).toBeGreaterThan(0);
    expect(typeof gateway!.time).toBe('string');
    // The gateway asked the catalog, which asked every streamer: each wrote its line under the same id.
    const services = new Set(of.filter((l) => 'status' in l).map((l) => l.service));
    expect(services).toEqual(new Set(['gateway', 'catalog', 'ccd', 'oduflix', 'bigforest', 'peartv']));
    for (const line of of.filter((l) => 'status' in l)) expect(line).toMatchObject({ level: 'info', status: 200, errorCodes: [] });
  });

  it('makes an id when the caller sends none (or one unfit for a log line), and returns it', async () => {
    for (const headers of [{} as Record<string, string>, { 'x-request-id': 'spaces and "quotes" are no id' }, { 'x-request-id': 'x'.repeat(200) }]) {
      const { id } = await post(query('query LogList { pearTvFilms(first: 1) { totalCount } }'), headers);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const of = await linesOf(id!);
      expect(requestLine(of, 'gateway')[0]).toMatchObject({ operation: 'LogList', status: 200 });
      expect(requestLine(of, 'peartv')[0]).toMatchObject({ status: 200, errorCodes: [] });
    }
  });

  it('lists the error codes of a refused operation, and logs no error for a client’s mistake', async () => {
    const { id, text } = await post(query('query LogBad { pearTvFilms(first: -1) { totalCount } nope }'));
    expect(JSON.parse(text).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const of = await linesOf(id!);
    expect(requestLine(of, 'gateway')[0]).toMatchObject({ operation: 'LogBad', errorCodes: ['GRAPHQL_VALIDATION_FAILED'] });
    expect(of.filter((l) => l.level === 'error' || l.err)).toEqual([]);
  });
});

describe('faults', () => {
  it('logs a storage fault with its cause, under the request id, while the client gets only the code', async () => {
    // The write journal's name taken by a folder: a real fault of the file system, not a mock.
    const journal = path.join(graph.dataDir, 'bigforest/.data.json.journal');
    await fs.rm(journal, { force: true });
    await fs.mkdir(journal);
    try {
      const input = { title: 'Log fault', year: 2021, category: 'Drama', rental: 3.99, purchase: 9.99, stars: 4, classification: '12A', country: 'USA' };
      const { text, id } = await post(query('mutation LogCapture($input: BigForestMovieInput!) { captureBigForestMovie(input: $input) { status } }', { input }), {
        authorization: `Bearer ${graph.writer}`,
      });
      const { errors } = JSON.parse(text);
      expect(errors[0]).toMatchObject({ message: "The streamer's store is unavailable", extensions: { code: 'STORAGE_UNAVAILABLE' } });
      expect(text).not.toMatch(/journal|\/tmp\/|EISDIR|stack/i);
      const of = await linesOf(id!);
      expect(requestLine(of, 'gateway')[0]).toMatchObject({ operation: 'LogCapture', errorCodes: ['STORAGE_UNAVAILABLE'] });
      const fault = of.find((l) => l.service === 'bigforest' && l.level === 'error');
      // The gateway names the operation it sends a subgraph after the client's: LogCapture__bigforest__0.
      expect(fault).toMatchObject({ code: 'STORAGE_UNAVAILABLE', operation: expect.stringMatching(/^LogCapture__bigforest__/), err: { type: 'StorageError' } });
      expect(fault!.file).toContain('bigforest');
      expect(fault!.err.message).toContain('data.json');
      // The cause is the file system's own error, kept for the operator.
      expect(fault!.err.cause).toMatchObject({ code: expect.stringMatching(/^E[A-Z]+$/) });
    } finally {
      await fs.rm(journal, { recursive: true });
    }
  });

  it('logs a native export the store cannot serve with its cause, under the gateway\'s request id, while the client gets only the code', async () => {
    // The CSV file's name taken by a folder for a moment: a real fault of the file system.
    const file = path.join(graph.dataDir, 'ccd/data.csv');
    const kept = `${file}.kept`;
    await fs.rename(file, kept);
    await fs.mkdir(file);
    try {
      const response = await fetch(new URL('export/ccd/native', graph.gatewayUrl), { headers: { 'x-request-id': 'native-fault-1' } });
      const text = await response.text();
      expect(response.status).toBe(503);
      expect(JSON.parse(text).errors[0].extensions.code).toBe('STORAGE_UNAVAILABLE');
      expect(text).not.toMatch(/data\.csv|\/tmp\/|EISDIR|stack/i);
      const of = await linesOf('native-fault-1');
      const fault = of.find((l) => l.service === 'ccd' && l.level === 'error');
      expect(fault).toMatchObject({ code: 'STORAGE_UNAVAILABLE', err: { type: 'StorageError' } });
      expect(fault!.file).toContain('data.csv');
      expect(JSON.stringify(fault!.err)).toContain('EISDIR');
      expect(requestLine(of, 'ccd')[0]).toMatchObject({ path: '/internal/native', status: 503, errorCodes: ['STORAGE_UNAVAILABLE'] });
    } finally {
      await fs.rmdir(file);
      await fs.rename(kept, file);
    }
  });

  it('logs a streamer the catalog cannot reach as a warning with the cause, under the request id', async () => {
    await graph.stop('peartv');
    try {
      const { text, id } = await post(query('query LogDown { searchMovies(query: "a", first: 1) { totalCount unavailableStreamers } }'));
      expect(JSON.parse(text).data.searchMovies.unavailableStreamers).toEqual(['PearTV']);
      const of = await linesOf(id!);
      expect(requestLine(of, 'gateway')[0]!.errorCodes).toContain('STREAMER_UNAVAILABLE');
      const warning = of.find((l) => l.service === 'catalog' && l.level === 'warn');
      expect(warning).toMatchObject({ streamer: 'PearTV', msg: expect.stringMatching(/^streamer PearTV unavailable: /) });
      expect(JSON.stringify(warning!.err)).toMatch(/ECONNREFUSED|fetch failed/);
    } finally {
      await graph.restart('peartv');
    }
  });

  it.each([
    ['not JSON', { 'content-type': 'application/json' }, '{bad', 400],
    ['an unknown charset', { 'content-type': 'application/json; charset=foo' }, '{}', 415],
    ['a body that does not inflate', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, '{bad', 400],
  ])('answers a body that is %s as BAD_REQUEST in JSON, logged as one line without a stack', async (_what, headers, body, status) => {
    const { response, text, id } = await post(body, headers);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(text).not.toMatch(/ at |node_modules/);
    const of = await linesOf(id!);
    expect(of).toHaveLength(1);
    expect(of[0]).toMatchObject({ level: 'info', service: 'gateway', status, errorCodes: ['BAD_REQUEST'] });
    expect(JSON.stringify(of)).not.toMatch(/stack|node_modules/);
  });
});

describe('settings', () => {
  it('reads LOG_LEVEL (default info, silent allowed) and LOG_FORMAT (pretty on a terminal), refusing others by name', () => {
    expect(readLogSettings({}, false)).toEqual({ level: 'info', format: 'json' });
    expect(readLogSettings({}, true)).toEqual({ level: 'info', format: 'pretty' });
    expect(readLogSettings({ LOG_LEVEL: 'silent', LOG_FORMAT: 'json' }, true)).toEqual({ level: 'silent', format: 'json' });
    expect(() => readLogSettings({ LOG_LEVEL: 'loud' }, false)).toThrow(/LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"/);
  });

  it('a service process writes JSON lines to a pipe, and nothing at LOG_LEVEL=silent', async () => {
    const dataDir = await tempDataDir();
    const run = async (env: Record<string, string>) => {
      const port = await freePort();
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'subgraphs/main.ts'), 'peartv'], {
        cwd: repoRoot,
        env: { ...process.env, DATA_DIR: dataDir, PEARTV_PORT: String(port), LOG_FORMAT: '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      const url = `http://127.0.0.1:${port}/`;
      await expect.poll(() => fetch(`${url}health`).then((r) => r.ok, () => false), { timeout: 30_000, interval: 200 }).toBe(true);
      await fetch(`${url}health`);
      await stopProcessGroup(child);
      return { out, url };
    };
    const info = await run({ LOG_LEVEL: 'info' });
    const parsed = info.out.trim().split('\n').map((line) => JSON.parse(line) as Line);
    expect(parsed.find((l) => String(l.msg).startsWith('peartv listening at'))).toMatchObject({ level: 'info', service: 'peartv', url: info.url });
    expect(parsed.some((l) => String(l.msg).startsWith('peartv loaded'))).toBe(true);
    // Probes are debug: not at info.
    expect(parsed.filter((l) => l.path === '/health')).toEqual([]);
    const silent = await run({ LOG_LEVEL: 'silent' });
    expect(silent.out).toBe('');
  }, 90_000);
});
