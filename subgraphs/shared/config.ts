// Read the environment once, fill defaults, fail fast. Nothing else reads process.env.
import path from 'node:path';
import { catalog, gateway, streamers } from '../registry.js';
import { repoRoot } from './paths.js';

export interface Config {
  /** The runtime copy of the stores; created from data/ on first start. */
  dataDir: string;
  production: boolean;
  /** Port a service listens on (`<NAME>_PORT`). */
  portOf(service: string): number;
  /** URL where other services reach a service (`<NAME>_URL`). */
  urlOf(service: string): string;
  /** How long the catalog waits for a streamer before calling it unavailable. */
  streamerTimeoutMs: number;
  /** What a browser gets at the gateway's `/`: GraphiQL served offline, Apollo Sandbox (needs internet), or nothing. */
  playground: Playground;
}

export const playgrounds = ['graphiql', 'sandbox', 'off'] as const;
export type Playground = (typeof playgrounds)[number];

const defaultPorts: Record<string, number> = Object.fromEntries(
  [...streamers, catalog, gateway].map((s) => [s.name, s.port]),
);

function envName(service: string, suffix: string): string {
  return `${service.toUpperCase()}_${suffix}`;
}

function readInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`Configuration: ${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  for (const [service] of Object.entries(defaultPorts)) {
    readInt(env, envName(service, 'PORT'), 0, 0, 65535);
    const url = env[envName(service, 'URL')];
    if (url !== undefined && !URL.canParse(url)) {
      throw new Error(`Configuration: ${envName(service, 'URL')} must be a URL, got "${url}"`);
    }
  }
  const known = (service: string): void => {
    if (!(service in defaultPorts)) throw new Error(`Configuration: no service named "${service}"`);
  };
  const portOf = (service: string): number => {
    known(service);
    return readInt(env, envName(service, 'PORT'), defaultPorts[service]!, 0, 65535);
  };
  const playground = (env.PLAYGROUND || 'graphiql') as Playground;
  if (!playgrounds.includes(playground)) {
    throw new Error(`Configuration: PLAYGROUND must be one of ${playgrounds.join(', ')}, got "${env.PLAYGROUND}"`);
  }
  return {
    playground,
    dataDir: path.resolve(repoRoot, env.DATA_DIR || '.data'),
    production: env.NODE_ENV === 'production',
    portOf,
    urlOf(service) {
      known(service);
      return env[envName(service, 'URL')] || `http://localhost:${portOf(service)}/`;
    },
    streamerTimeoutMs: readInt(env, 'STREAMER_TIMEOUT_MS', 5000, 100, 600_000),
  };
}
