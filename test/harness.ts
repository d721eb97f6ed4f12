// The whole graph in one process, every service on its own free port: for tests and the bench.
import { anonymous, ensureLocalKeys, signInternalToken, signUserToken, type Identity } from '../core/auth.js';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Env } from '../core/config.js';
import { repoRoot } from '../core/paths.js';
import type { RunningService } from '../core/service.js';
import { loadGatewayConfig } from '../gateway/config.js';
import { startGateway } from '../gateway/index.js';
import { createCatalogApp, loadCatalogConfig } from '../subgraphs/catalog/index.js';
import { streamerApps } from '../subgraphs/generated/wiring.js';
import { loadStreamerConfig } from '../subgraphs/kit/config.js';
import { streamers, streamerNamed } from '../subgraphs/registry.js';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** A plain GraphQL POST, with a bearer token (a string) or other headers when given. */
export async function gql<T = any>(url: string, query: string, variables?: Record<string, unknown>, auth?: string | Record<string, string>): Promise<GraphQLResponse<T>> {
  const headers = typeof auth === 'string' ? { authorization: `Bearer ${auth}` } : auth;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** A streamer's subgraph app over the stores in env.DATA_DIR. */
export function createStreamerApp(subgraph: string, env: Env) {
  const streamer = streamerNamed(subgraph)!;
  return streamerApps[subgraph]!(loadStreamerConfig(subgraph, streamer.port, env));
}

/** A user token signed with the local key of a DATA_DIR, as `npm run token` makes. */
export function userToken(dataDir: string, scopes: string[], subject = 'test', ttl = '10m'): Promise<string> {
  return signUserToken(ensureLocalKeys(dataDir).userSecret, { subject, scopes }, ttl);
}

/** The gateway's proof for a direct call to a subgraph, as the gateway would sign it. */
export function internalToken(dataDir: string, identity: Identity = anonymous): Promise<string> {
  return signInternalToken(ensureLocalKeys(dataDir).internalSecret, identity);
}

export interface LocalGraph {
  gatewayUrl: string;
  /** A token that may capture into every streamer. */
  writer: string;
  services: Map<string, RunningService>;
  /** How long each streamer took to load its store, in milliseconds. */
  loadTimes: Map<string, number>;
  stop(name: string): Promise<void>;
  /** Start a stopped streamer again on the port it had. */
  restart(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startLocalGraph(env: Env): Promise<LocalGraph> {
  const services = new Map<string, RunningService>();
  const loadTimes = new Map<string, number>();
  const urls: Env = {};
  const startStreamer = async (name: string, port: number) => {
    const started = performance.now();
    const app = await createStreamerApp(name, env);
    loadTimes.set(name, performance.now() - started);
    const service = await app.listen(port);
    services.set(name, service);
    urls[`${name.toUpperCase()}_URL`] = service.url;
  };
  for (const { subgraph } of streamers) await startStreamer(subgraph, 0);
  const catalog = await (await createCatalogApp(loadCatalogConfig({ ...env, ...urls }))).listen(0);
  services.set('catalog', catalog);
  const gateway = await startGateway(loadGatewayConfig({ ...env, ...urls, CATALOG_URL: catalog.url }), 0);
  services.set('gateway', gateway);
  return {
    gatewayUrl: gateway.url,
    writer: await userToken(env.DATA_DIR!, ['capture:*']),
    services,
    loadTimes,
    stop: (name) => services.get(name)!.stop(),
    restart: (name) => startStreamer(name, Number(new URL(services.get(name)!.url).port)),
    async close() {
      await Promise.allSettled([...services.values()].map((service) => service.stop()));
    },
  };
}

/**
 * Stop a process started with `detached: true` (its own process group) as Ctrl-C would, and make
 * sure nothing of it outlives the test: SIGINT, then SIGKILL to the whole group after a grace period.
 */
export async function stopProcessGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  // Whatever the group still holds (a service that ignored the signal) goes too.
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // the group is gone: nothing left
  }
}

/** One subgraph as its own process (`subgraphs/main.ts <name>`) on a free port, once it listens. */
export async function startSubgraphProcess(name: string, dataDir: string, port: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'subgraphs/main.ts'), name], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: dataDir, [`${name.toUpperCase()}_PORT`]: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const listening = new Promise<void>((resolve, reject) => {
    let log = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      log += chunk;
      if (log.includes('listening at')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before listening`)));
  });
  await listening;
  return { child, url: `http://127.0.0.1:${port}/` };
}
