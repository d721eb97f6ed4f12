// A thousand bad captures, made up at random (seeded, so a failure can be replayed): none is written,
// none gets a 5xx, and every store still parses. Then faults in production: a store that cannot be
// written and a subgraph that answers garbage reach the client as coded errors with no details.
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../gateway/config.js';
import { startGateway } from '../gateway/index.js';
import { openStore } from '../storage/index.js';
import { streamerNamed } from '../subgraphs/registry.js';
import { gql, startGraph, type Graph } from './support.js';

let graph: Graph;
beforeAll(async () => {
  graph = await startGraph({ NODE_ENV: 'production' });
});
afterAll(async () => {
  await graph?.close();
});

const valid: Record<string, Record<string, unknown>> = {
  ccd: { title: 'Fuzz', typeProgram: 'Series', classification: '15', country: 'GB', year: 2012, category: 'Thriller', channel: 'BBC One' },
  oduflix: { title: 'Fuzz', producer: 'P', year: 2001, genre: 'Comedy', stars: 5, actors: ['A'], country: 'FR' },
  bigforest: { title: 'Fuzz', year: 2021, category: 'Drama', rental: 3.99, purchase: 9.99, stars: 4, classification: '12A', country: 'USA' },
  peartv: { title: 'Fuzz', classification: 'PG', country: 'GB', rental: 2.49, purchase: 7.99, stars: 5, year: 2014 },
};

/** Ways to make a field bad, each certain to be refused (by GraphQL's types or by the schema). */
const badValues: Record<string, unknown[]> = {
  title: ['', 'hh', 'x'.repeat(301), 'x\ud800', 'a\u0000b', 7, null, ['a']],
  year: [1700, 3000, -1, 'abc', 2000.5, null, { y: 1 }],
  country: ['gb', 'Britain', '', 'G\u0007B', 12],
  classification: ['X', '', 'PG13', false],
  stars: [9, -1, 2.5, 'five'],
  rental: [-1, 1e9, 'cheap'],
  purchase: [-0.01, 5000, null],
  typeProgram: ['', 'y'.repeat(101)],
  channel: [''],
  category: ['', 'z'.repeat(101)],
  producer: [''],
  genre: [''],
  // (A lone string is no bad actors value: GraphQL reads it as a list of one.)
  actors: [[''], Array.from({ length: 201 }, () => 'A'), [7]],
};

/** A small seeded generator (mulberry32): the same thousand inputs on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function badInput(next: () => number): { name: string; input: Record<string, unknown> } {
  const names = Object.keys(valid);
  const name = names[Math.floor(next() * names.length)]!;
  const input: Record<string, unknown> = { ...valid[name] };
  const fields = Object.keys(input).filter((field) => badValues[field]);
  const spoiled = 1 + Math.floor(next() * 3);
  for (let i = 0; i < spoiled; i++) {
    const field = fields[Math.floor(next() * fields.length)]!;
    const choices = [...badValues[field]!, undefined, 'extra'];
    const choice = choices[Math.floor(next() * choices.length)];
    if (choice === undefined) delete input[field]; // a required field missing
    else if (choice === 'extra') input.notAField = 'x'; // a field no streamer has
    else input[field] = choice;
  }
  return { name, input };
}

const files = ['ccd/data.csv', 'oduflix/data.json', 'bigforest/data.json', 'peartv/movies.db'];

it('writes none of a thousand bad captures, answers none with a 5xx, and leaves every store parseable', async () => {
  const before = await Promise.all(files.map((file) => fs.readFile(path.join(graph.dataDir, file))));
  const next = random(20261125);
  const cases = Array.from({ length: 1000 }, () => badInput(next));
  const statuses = new Map<number, number>();
  let stored = 0;
  for (let at = 0; at < cases.length; at += 20) {
    await Promise.all(
      cases.slice(at, at + 20).map(async ({ name, input }, i) => {
        const { api } = streamerNamed(name)!;
        const batch = (at + i) % 2 === 0;
        const query = batch
          ? `mutation($input: ${api.inputType}!) { r: ${api.captureBatch}(inputs: [$input]) { created duplicates } }`
          : `mutation($input: ${api.inputType}!) { r: ${api.captureOne}(input: $input) { status } }`;
        const response = await fetch(graph.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${graph.writer}` },
          body: JSON.stringify({ query, variables: { input } }),
        });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const { data } = (await response.json()) as { data?: { r: { status?: string; created?: number; duplicates?: number } | null } };
        if (data?.r && (data.r.status === 'CREATED' || data.r.status === 'DUPLICATE' || data.r.created || data.r.duplicates)) stored++;
      }),
    );
  }
  expect(stored).toBe(0);
  expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([]);
  const after = await Promise.all(files.map((file) => fs.readFile(path.join(graph.dataDir, file))));
  after.forEach((bytes, i) => expect(bytes.equals(before[i]!), files[i]).toBe(true));
  for (const name of Object.keys(valid)) {
    const store = openStore(streamerNamed(name)!.storage, graph.dataDir);
    await expect(store.readAll()).resolves.toBeDefined();
    store.close();
  }
}, 60_000);

describe('faults in production', () => {
  it('answers a store that cannot be written with STORAGE_UNAVAILABLE and no path, and writes nothing', async () => {
    const file = path.join(graph.dataDir, 'bigforest/data.json');
    // The write journal's name, taken by a folder: the write fails before any byte is written.
    const blocker = path.join(graph.dataDir, 'bigforest/.data.json.journal');
    const before = await fs.readFile(file);
    await fs.rm(blocker, { force: true });
    await fs.mkdir(blocker);
    try {
      const { data, errors } = await gql(graph.gatewayUrl, 'mutation($input: BigForestMovieInput!) { captureBigForestMovie(input: $input) { status } }', { input: { ...valid.bigforest, title: 'Fault' } }, graph.writer);
      expect(data?.captureBigForestMovie ?? null).toBeNull();
      expect(errors).toHaveLength(1);
      expect(errors![0]).toMatchObject({ message: "The streamer's store is unavailable", extensions: { code: 'STORAGE_UNAVAILABLE' } });
      expect(JSON.stringify(errors)).not.toMatch(/data\.json|\/tmp\/|stacktrace/);
      expect((await fs.readFile(file)).equals(before)).toBe(true);
    } finally {
      await fs.rm(blocker, { recursive: true });
    }
  });

  it('answers a subgraph that answers garbage with a coded error and no internals', async () => {
    const garbage = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('<html>not json</html>'));
    await new Promise<void>((resolve) => garbage.listen(0, resolve));
    const urls = Object.fromEntries([...graph.services].filter(([name]) => name !== 'gateway').map(([name, s]) => [`${name.toUpperCase()}_URL`, s.url]));
    const gateway = await startGateway(
      loadGatewayConfig({ ...urls, DATA_DIR: graph.dataDir, PEARTV_URL: `http://127.0.0.1:${(garbage.address() as AddressInfo).port}/`, NODE_ENV: 'production' }),
      0,
    );
    try {
      const { errors } = await gql(gateway.url, '{ pearTvFilms(first: 1) { totalCount } }');
      expect(errors).toHaveLength(1);
      expect(errors![0]!.extensions?.code).toMatch(/^(INTERNAL_SERVER_ERROR|STREAMER_UNAVAILABLE)$/);
      expect(JSON.stringify(errors)).not.toMatch(/stacktrace|html|Unexpected token|node_modules|\/work\/|\.ts:\d+/);
    } finally {
      await gateway.stop();
      await new Promise((resolve) => garbage.close(resolve));
    }
  });
});
