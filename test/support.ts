// Real servers on free ports over a temporary copy of the seed data, and a plain HTTP client.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { streamers } from '../subgraphs/registry.js';
import { loadConfig, type Config } from '../subgraphs/shared/config.js';
import { listen, type RunningService, type SubgraphApp } from '../subgraphs/shared/server.js';
import { startGateway } from '../gateway/index.js';

export async function tempDataDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'movies-data-'));
}

export function testConfig(env: Record<string, string>): Config {
  return loadConfig({ NODE_ENV: 'test', ...env });
}

type CreateApp = (config: Config) => Promise<SubgraphApp<any>>;

/** Every subgraph's app factory, found from the registry as `npm start` finds them. */
async function appFactory(name: string): Promise<CreateApp> {
  return ((await import(/* @vite-ignore */ `../subgraphs/${name}/index.js`)) as { createApp: CreateApp }).createApp;
}

export const streamerApps: Record<string, CreateApp> = Object.fromEntries(
  await Promise.all(streamers.map(async ({ name }) => [name, await appFactory(name)] as const)),
);

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export async function gql<T = any>(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

export interface Graph {
  dataDir: string;
  gatewayUrl: string;
  services: Map<string, RunningService>;
  stop(name: string): Promise<void>;
  /** Start a stopped service again on the port it had. */
  restart(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Every streamer subgraph, the catalog and the gateway, each on its own free port. */
export async function startGraph(env: Record<string, string> = {}): Promise<Graph> {
  const dataDir = await tempDataDir();
  const base = { DATA_DIR: dataDir, ...env };
  const services = new Map<string, RunningService>();
  const urls: Record<string, string> = {};
  for (const [name, create] of Object.entries(streamerApps)) {
    const service = await listen(await create(testConfig(base)), 0);
    services.set(name, service);
    urls[`${name.toUpperCase()}_URL`] = service.url;
  }
  const config = testConfig({ ...base, ...urls, STREAMER_TIMEOUT_MS: '2000' });
  const catalogService = await listen(await (await appFactory('catalog'))(config), 0);
  services.set('catalog', catalogService);
  const gatewayConfig = testConfig({ ...base, ...urls, CATALOG_URL: catalogService.url });
  const gateway = await startGateway(gatewayConfig, 0);
  services.set('gateway', gateway);
  return {
    dataDir,
    gatewayUrl: gateway.url,
    services,
    async stop(name) {
      await services.get(name)!.stop();
    },
    async restart(name) {
      const port = Number(new URL(services.get(name)!.url).port);
      services.set(name, await listen(await streamerApps[name]!(testConfig(base)), port));
    },
    async close() {
      await Promise.allSettled([...services.values()].map((service) => service.stop()));
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
