// The communicate client: typed requests, readable coded errors, retries only when unreachable.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startGateway } from '../gateway/index.js';
import { Communicate, CommunicateError } from '../client/communicate.js';
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
