// Reading the environment: each service has its own small typed config built from these helpers,
// read once at start, defaults filled, a clear message for a bad value. Nothing else reads process.env.
import path from 'node:path';
import { repoRoot } from './paths.js';

export type Env = Record<string, string | undefined>;

/** `<SERVICE>_<SUFFIX>`, like PEARTV_PORT or CATALOG_URL. */
export function envName(service: string, suffix: string): string {
  return `${service.toUpperCase()}_${suffix}`;
}

export function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`Configuration: ${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function readChoice<T extends string>(env: Env, name: string, choices: readonly T[], fallback: T): T {
  const raw = env[name] || fallback;
  if (!choices.includes(raw as T)) throw new Error(`Configuration: ${name} must be one of ${choices.join(', ')}, got "${raw}"`);
  return raw as T;
}

/** The port a service listens on: `<NAME>_PORT`, else its default. */
export function readPort(env: Env, service: string, fallback: number): number {
  return readInt(env, envName(service, 'PORT'), fallback, 0, 65535);
}

/** Where the others reach a service: `<NAME>_URL`, else on this machine at its port. */
export function readServiceUrl(env: Env, service: string, defaultPort: number): string {
  const name = envName(service, 'URL');
  const url = env[name];
  if (url) {
    if (!URL.canParse(url)) throw new Error(`Configuration: ${name} must be a URL, got "${url}"`);
    return url;
  }
  return `http://127.0.0.1:${readPort(env, service, defaultPort)}/`;
}

/** The interface a subgraph listens on: loopback unless HOST says otherwise (subgraphs on other hosts). */
export function readHost(env: Env): string {
  return env.HOST || '127.0.0.1';
}

/** Production behaviour unless NODE_ENV=development is set explicitly: safe when nobody thought of it. */
export function isProduction(env: Env): boolean {
  return env.NODE_ENV !== 'development';
}

/** The runtime copy of the stores, created from data/ on first start. */
export function readDataDir(env: Env): string {
  return path.resolve(repoRoot, env.DATA_DIR || '.data');
}
