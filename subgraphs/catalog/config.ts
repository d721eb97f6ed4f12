// The catalog subgraph's configuration: its port, and where each streamer's subgraph is.
import { isProduction, readInt, readPort, readServiceUrl, type Env } from '../../core/config.js';
import type { Streamer } from '../kit/definition.js';
import { catalog } from '../registry.js';

export interface CatalogConfig {
  port: number;
  production: boolean;
  /** How long the catalog waits for a streamer before calling it unavailable. */
  streamerTimeoutMs: number;
  /** Where a streamer's subgraph answers: `<NAME>_URL`, else this machine at `<NAME>_PORT`. */
  streamerUrl(streamer: Streamer): string;
}

export function loadCatalogConfig(env: Env = process.env): CatalogConfig {
  return {
    port: readPort(env, catalog.name, catalog.port),
    production: isProduction(env),
    streamerTimeoutMs: readInt(env, 'STREAMER_TIMEOUT_MS', 5000, 100, 600_000),
    streamerUrl: (streamer) => readServiceUrl(env, streamer.subgraph, streamer.port),
  };
}
