// A subgraph killed with SIGKILL while captures stream in: its store still parses, and every
// record it confirmed is there after a restart.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { streamerNamed } from '../subgraphs/registry.js';
import { openStore } from '../storage/index.js';
import { internalTokenHeader } from '../core/auth.js';
import { createStreamerApp, freePort, gql, internalToken, startSubgraphProcess, tempDataDir } from './support.js';

const inputs: Record<string, (title: string) => Record<string, unknown>> = {
  ccd: (title: string) => ({ title, typeProgram: 'Film', classification: 'PG', country: 'GB', year: 2000, category: 'Drama', channel: 'BBC Two' }),
  oduflix: (title: string) => ({ title, producer: 'P', year: 2000, genre: 'Drama', stars: 3, actors: ['A'], country: 'GB' }),
  peartv: (title: string) => ({ title, classification: 'PG', country: 'GB', rental: 1, purchase: 2, stars: 3, year: 2000 }),
};

let child: ChildProcess | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  child?.kill('SIGKILL');
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

describe.each(Object.keys(inputs))('%s killed mid-batch', (name) => {
  it('keeps a parseable store with every confirmed record', async () => {
    const streamer = streamerNamed(name)!;
    const { api } = streamer;
    dataDir = await tempDataDir();
    const port = await freePort();
    ({ child } = await startSubgraphProcess(name, dataDir, port));
    const url = `http://127.0.0.1:${port}/`;
    // Straight to the subgraph, with the proof the gateway would send for a writer.
    const proof = { [internalTokenHeader]: await internalToken(dataDir, { subject: 'test', scopes: ['capture:*'] }) };
    const mutation = `mutation($inputs: [${api.inputType}!]!) { result: ${api.captureBatch}(inputs: $inputs) { results { status record { id title } } } }`;

    const confirmed: { id: string; title: string }[] = [];
    let batch = 0;
    const sender = async () => {
      for (;;) {
        const titles = Array.from({ length: 25 }, (_, i) => `Crash ${name} ${batch}-${i} "quoted", with comma`);
        batch++;
        try {
          const { data } = await gql(url, mutation, { inputs: titles.map((title) => inputs[name]!(title)) }, proof);
          for (const result of data.result.results) if (result.status === 'CREATED') confirmed.push(result.record);
        } catch {
          return; // the server is gone
        }
      }
    };
    const senders = Array.from({ length: 4 }, sender);
    await expect.poll(() => confirmed.length, { timeout: 20_000, interval: 5 }).toBeGreaterThanOrEqual(200);
    child.kill('SIGKILL');
    await Promise.all(senders);

    const store = openStore(streamer.storage, dataDir);
    const rows = await store.readAll();
    store.close();
    expect(rows.length).toBeGreaterThanOrEqual(confirmed.length);

    const app = await createStreamerApp(name, { DATA_DIR: dataDir, NODE_ENV: 'test' });
    const result = await app.execute({ query: `{ list: ${api.list}(titleContains: "Crash ${name}", first: 0) { totalCount } }` });
    const served = (result.data as { list: { totalCount: number } }).list.totalCount;
    expect(served).toBeGreaterThanOrEqual(confirmed.length);
    for (const record of confirmed) {
      const found = await app.execute({ query: `query($id: ID!) { movie: ${api.byId}(id: $id) { title } }`, variables: { id: record.id } });
      expect(found.data).toEqual({ movie: { title: record.title } });
    }
    await app.close();
  }, 60_000);
});
