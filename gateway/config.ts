// The gateway's configuration: its port, what a browser gets, and where each subgraph answers.
import { isProduction, readChoice, readPort, readServiceUrl, type Env } from '../core/config.js';
import { catalog, gateway, streamers } from '../subgraphs/registry.js';

export const playgrounds = ['graphiql', 'sandbox', 'off'] as const;
export type Playground = (typeof playgrounds)[number];

export interface GatewayConfig {
  port: number;
  production: boolean;
  /** What a browser gets at `/`: GraphiQL served offline, Apollo Sandbox (needs internet), or nothing. */
  playground: Playground;
  /** Every subgraph's name and where it answers (`<NAME>_URL`, else this machine at `<NAME>_PORT`). */
  subgraphUrls: Map<string, string>;
  /** The streamer's name (PearTV) for a streamer subgraph (peartv). */
  streamerOf(subgraph: string): string | undefined;
}

export function loadGatewayConfig(env: Env = process.env): GatewayConfig {
  const defaults: [string, number][] = [...streamers.map((s) => [s.subgraph, s.port] as [string, number]), [catalog.name, catalog.port]];
  return {
    port: readPort(env, gateway.name, gateway.port),
    production: isProduction(env),
    playground: readChoice(env, 'PLAYGROUND', playgrounds, 'graphiql'),
    subgraphUrls: new Map(defaults.map(([name, port]) => [name, readServiceUrl(env, name, port)])),
    streamerOf: (subgraph) => streamers.find((s) => s.subgraph === subgraph)?.name,
  };
}
