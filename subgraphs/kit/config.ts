// A streamer subgraph's configuration.
import { readInternalSecret } from '../../core/auth.js';
import { isProduction, readDataDir, readHost, readPort, type Env } from '../../core/config.js';

export interface StreamerConfig {
  port: number;
  /** The interface it listens on: loopback by default. */
  host: string;
  dataDir: string;
  production: boolean;
  /** Verifies the gateway's proof on every request. */
  internalSecret: string;
}

export function loadStreamerConfig(subgraph: string, defaultPort: number, env: Env = process.env): StreamerConfig {
  return {
    port: readPort(env, subgraph, defaultPort),
    host: readHost(env),
    dataDir: readDataDir(env),
    production: isProduction(env),
    internalSecret: readInternalSecret(env),
  };
}
