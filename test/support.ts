// Real servers on free ports over a temporary copy of the seed data, and a plain HTTP client.
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startLocalGraph, type LocalGraph } from './harness.js';

export { createStreamerApp, gql, internalToken, startSubgraphProcess, stopProcessGroup, userToken, type GraphQLResponse } from './harness.js';

const created = new Set<string>();

/** A new temporary folder, removed after the test file (test/setup.ts) if its test did not remove it. */
export async function tempDataDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'movies-data-'));
  created.add(dir);
  return dir;
}

export async function removeTempDataDirs(): Promise<void> {
  await Promise.all([...created].map((dir) => fs.rm(dir, { recursive: true, force: true })));
  created.clear();
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface Graph extends LocalGraph {
  dataDir: string;
}

/** Every subgraph and the gateway over a fresh temporary copy of the seed data. */
export async function startGraph(env: Record<string, string> = {}): Promise<Graph> {
  const dataDir = await tempDataDir();
  const graph = await startLocalGraph({ NODE_ENV: 'test', DATA_DIR: dataDir, STREAMER_TIMEOUT_MS: '2000', ...env });
  return {
    ...graph,
    dataDir,
    async close() {
      await graph.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
