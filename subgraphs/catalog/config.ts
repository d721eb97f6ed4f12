// The catalog subgraph's configuration: its port, and where each streamer's subgraph is.
import { readInternalSecret } from '../../core/auth.js';
import { isProduction, readHost, readInt, readPort, readServiceUrl, type Env } from '../../core/config.js';
import type { Streamer } from '../kit/definition.js';
import { catalog } from '../registry.js';

export interface CatalogConfig {
  port: number;
  /** The interface it listens on: loopback by default. */
  host: string;
  production: boolean;
  /** Verifies the gateway's proof, and signs the catalog's own toward streamers. */
  internalSecret: string;
  /** How long the catalog waits for a streamer before calling it unavailable. */
  streamerTimeoutMs: number;
  /** Where a streamer's subgraph answers: `<NAME>_URL`, else this machine at `<NAME>_PORT`. */
  streamerUrl(streamer: Streamer): string;
}

export function loadCatalogConfig(env: Env = process.env): CatalogConfig {
  return {
    port: readPort(env, catalog.name, catalog.port),
    host: readHost(env),
    production: isProduction(env),
    internalSecret: readInternalSecret(env),
    streamerTimeoutMs: readInt(env, 'STREAMER_TIMEOUT_MS', 5000, 100, 600_000),
    streamerUrl: (streamer) => readServiceUrl(env, streamer.subgraph, streamer.port),
  };
}
