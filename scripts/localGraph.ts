// The whole graph in one process, every service on its own free port: for tests and the bench.
import { startGateway } from '../gateway/index.js';
import { streamers } from '../subgraphs/registry.js';
import { loadConfig, type Config } from '../subgraphs/shared/config.js';
import { listen, type RunningService, type SubgraphApp } from '../subgraphs/shared/server.js';

export type CreateApp = (config: Config) => Promise<SubgraphApp<any>>;

/** A subgraph's app factory, found by name as `subgraphs/main.ts` finds it. */
export async function appFactory(name: string): Promise<CreateApp> {
  return ((await import(/* @vite-ignore */ `../subgraphs/${name}/index.js`)) as { createApp: CreateApp }).createApp;
}

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** A plain GraphQL POST. */
export async function gql<T = any>(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

export interface LocalGraph {
  gatewayUrl: string;
  services: Map<string, RunningService>;
  /** How long each streamer took to load its store, in milliseconds. */
  loadTimes: Map<string, number>;
  stop(name: string): Promise<void>;
  /** Start a stopped streamer again on the port it had. */
  restart(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startLocalGraph(env: Record<string, string>): Promise<LocalGraph> {
  const config = (extra: Record<string, string> = {}): Config => loadConfig({ ...env, ...extra });
  const services = new Map<string, RunningService>();
  const loadTimes = new Map<string, number>();
  const urls: Record<string, string> = {};
  const startStreamer = async (name: string, port: number) => {
    const started = performance.now();
    const app = await (await appFactory(name))(config());
    loadTimes.set(name, performance.now() - started);
    const service = await listen(app, port);
    services.set(name, service);
    urls[`${name.toUpperCase()}_URL`] = service.url;
  };
  for (const { name } of streamers) await startStreamer(name, 0);
  const catalog = await listen(await (await appFactory('catalog'))(config(urls)), 0);
  services.set('catalog', catalog);
  const gateway = await startGateway(config({ ...urls, CATALOG_URL: catalog.url }), 0);
  services.set('gateway', gateway);
  return {
    gatewayUrl: gateway.url,
    services,
    loadTimes,
    stop: (name) => services.get(name)!.stop(),
    restart: (name) => startStreamer(name, Number(new URL(services.get(name)!.url).port)),
    async close() {
      await Promise.allSettled([...services.values()].map((service) => service.stop()));
    },
  };
}
