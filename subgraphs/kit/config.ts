// A streamer subgraph's configuration.
import { isProduction, readDataDir, readPort, type Env } from '../../core/config.js';

export interface StreamerConfig {
  port: number;
  dataDir: string;
  production: boolean;
}

export function loadStreamerConfig(subgraph: string, defaultPort: number, env: Env = process.env): StreamerConfig {
  return { port: readPort(env, subgraph, defaultPort), dataDir: readDataDir(env), production: isProduction(env) };
}
