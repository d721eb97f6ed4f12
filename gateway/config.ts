// The gateway's configuration: its port, what a browser gets, and where each subgraph answers.
import { readInternalSecret, readUserTokenVerifier, type UserTokenVerifier } from '../core/auth.js';
import { isProduction, readChoice, readInt, readPort, readServiceUrl, type Env } from '../core/config.js';
import { catalog, gateway, streamers } from '../subgraphs/registry.js';

export const playgrounds = ['graphiql', 'sandbox', 'off'] as const;
export type Playground = (typeof playgrounds)[number];

export interface GatewayConfig {
  port: number;
  production: boolean;
  /** What a browser gets at `/`: GraphiQL served offline, Apollo Sandbox (needs internet), or nothing. */
  playground: Playground;
  /** The service's public address for absolute URLs in metadata (PUBLIC_URL); else each request's own host. */
  publicUrl: string | undefined;
  /** Every subgraph's name and where it answers (`<NAME>_URL`, else this machine at `<NAME>_PORT`). */
  subgraphUrls: Map<string, string>;
  /** How long the gateway waits for a subgraph's answer before calling it unavailable. */
  subgraphTimeoutMs: number;
  /** Limits checked before any work is planned. */
  limits: OperationLimits;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Whether `__schema` and `__type` are answered: on in development, off in production by default. */
  introspection: boolean;
  /** Whether @apollo/gateway and Apollo Server may report usage to Apollo: only when the operator opts in. */
  apolloReporting: boolean;
  /** Checks bearer tokens. */
  userTokens: UserTokenVerifier;
  /** Whether reading needs a token too (writing always does). */
  readsNeedToken: boolean;
  /** Signs the gateway's proof toward subgraphs. */
  internalSecret: string;
  /** How many streamers the graph has: a search asks each of them. */
  streamerCount: number;
  /** The streamer's name (PearTV) for a streamer subgraph (peartv). */
  streamerOf(subgraph: string): string | undefined;
}

export interface OperationLimits {
  aliases: number;
  depth: number;
  tokens: number;
  directives: number;
  cost: number;
  /** Calls to streamers one operation may cause (a searchMovies counts one per streamer it searches). */
  streamerCalls: number;
}

function readPublicUrl(env: Env): string | undefined {
  if (!env.PUBLIC_URL) return undefined;
  if (!URL.canParse(env.PUBLIC_URL) || !/^https?:$/.test(new URL(env.PUBLIC_URL).protocol)) {
    throw new Error(`PUBLIC_URL must be an http or https URL, like https://movies.example.org; got "${env.PUBLIC_URL}"`);
  }
  return env.PUBLIC_URL;
}

export function loadGatewayConfig(env: Env = process.env): GatewayConfig {
  const defaults: [string, number][] = [...streamers.map((s) => [s.subgraph, s.port] as [string, number]), [catalog.name, catalog.port]];
  return {
    port: readPort(env, gateway.name, gateway.port),
    production: isProduction(env),
    playground: readChoice(env, 'PLAYGROUND', playgrounds, 'graphiql'),
    publicUrl: readPublicUrl(env),
    subgraphUrls: new Map(defaults.map(([name, port]) => [name, readServiceUrl(env, name, port)])),
    // Longer than the catalog's wait for a streamer, so that its partial answer arrives first.
    subgraphTimeoutMs: readInt(env, 'SUBGRAPH_TIMEOUT_MS', 8000, 100, 600_000),
    limits: {
      aliases: readInt(env, 'MAX_ALIASES', 30, 1, 10_000),
      depth: readInt(env, 'MAX_DEPTH', 12, 1, 1000),
      tokens: readInt(env, 'MAX_TOKENS', 2000, 10, 1_000_000),
      directives: readInt(env, 'MAX_DIRECTIVES', 20, 1, 10_000),
      cost: readInt(env, 'MAX_COST', 20_000, 10, 10_000_000),
      streamerCalls: readInt(env, 'MAX_STREAMER_CALLS', 40, 1, 100_000),
    },
    maxBodyBytes: readInt(env, 'MAX_BODY_BYTES', 1_000_000, 1000, 100_000_000),
    introspection: readChoice(env, 'INTROSPECTION', ['on', 'off'], isProduction(env) ? 'off' : 'on') === 'on',
    apolloReporting: readChoice(env, 'APOLLO_REPORTING', ['off', 'on'], 'off') === 'on',
    userTokens: readUserTokenVerifier(env),
    readsNeedToken: readChoice(env, 'AUTH_READS', ['anonymous', 'token'], 'anonymous') === 'token',
    internalSecret: readInternalSecret(env),
    streamerCount: streamers.length,
    streamerOf: (subgraph) => streamers.find((s) => s.subgraph === subgraph)?.name,
  };
}
