// The gateway: @apollo/gateway over the supergraph composed ahead of time (schema/supergraph.graphql),
// the only door: one GraphQL endpoint at `/` (the playground for browsers) behind tokens and limits,
// and `/health`, `/ready`, `/metrics` for operators.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { anonymous, internalTokenHeader, internalTokenSigner, type Identity } from '../core/auth.js';
import { formatErrorFor, streamerUnavailable, subgraphUnavailable } from '../core/errors.js';
import { jsonBody } from '../core/http.js';
import { InFlight } from '../core/inflight.js';
import { loggingPlugin, requestIdHeader, requestIdHeaders, requestLogger, requestLogging, serviceLogger, unhandledErrors, type Logger } from '../core/log.js';
import { ServiceMetrics, timed } from '../core/metrics.js';
import type { Histogram } from 'prom-client';
import { schemaDir } from '../core/paths.js';
import type { RunningService } from '../core/service.js';
import { traceHeaders, traceRequests } from '../core/tracing.js';
import { captureScopePlugin, identityOf, type GatewayContext } from './auth.js';
import { mountCatalogue } from './catalogue/index.js';
import { captureInputPlugin } from './captureInput.js';
import type { GatewayConfig } from './config.js';
import { exportRoutes } from './export.js';
import { fairRoutes } from './fair.js';
import { GraphReader } from './graphReader.js';
import { limitRules } from './limits.js';
import { playgroundAssets, playgroundPage } from './playground.js';

export const supergraphPath = `${schemaDir}/supergraph.graphql`;

interface SharedAnswer {
  status: number;
  headers: [string, string][];
  body: string;
}

const subgraphCalls = new InFlight<SharedAnswer>();

/**
 * Node's own fetch, with a deadline on every call (a hung subgraph costs one timeout, not a hang).
 * Identical reads in flight at once (the same subgraph, query and variables, whoever asks: reads do
 * not depend on who reads) share one call; mutations never do.
 */
async function sharedFetch(url: string, init: RequestInit | undefined, timeoutMs: number): Promise<Response> {
  const call = () => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  const body = typeof init?.body === 'string' ? init.body : undefined;
  if (!body || /^\{"query":"\s*mutation\b/.test(body)) return call();
  const answer = await subgraphCalls.run(`${url}\n${body}`, async () => {
    const response = await call();
    return { status: response.status, headers: [...response.headers], body: await response.text() };
  });
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

/** A subgraph that cannot be reached becomes a coded error that names it, not a fetch failure. */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    private readonly streamer: string | undefined,
    private readonly timeoutMs: number,
    private readonly proofFor: (identity: Identity) => Promise<string>,
    fetches: Histogram<'subgraph' | 'outcome'>,
    private readonly log: Logger,
  ) {
    super({ url, fetcher: (input, init) => timed(fetches, { subgraph: name }, () => sharedFetch(input, init, timeoutMs)) });
  }

  /** The gateway's proof, carrying the end user's identity: subgraphs refuse requests without it. */
  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const identity = 'identity' in context ? context.identity : anonymous;
    request.http?.headers.set(internalTokenHeader, await this.proofFor(identity));
    // The request's id, so that the subgraph's log line carries it too.
    const id = requestIdHeaders()[requestIdHeader];
    if (id) request.http?.headers.set(requestIdHeader, id);
    // And the trace, so that the subgraph's spans join the gateway's (nothing when tracing is off).
    for (const [name, value] of Object.entries(traceHeaders())) request.http?.headers.set(name, value);
  }

  override didEncounterError(error: Error, _request: unknown, response?: unknown): never {
    if (response) throw error;
    const detail = error.name === 'TimeoutError' ? `no answer within ${this.timeoutMs} ms` : 'it cannot be reached';
    // The client gets the code and the subgraph's name; the operator also gets the cause.
    requestLogger(this.log).warn({ err: error, subgraph: this.name }, `subgraph ${this.name} unavailable: ${detail}`);
    throw this.streamer ? streamerUnavailable(this.streamer, detail, this.name) : subgraphUnavailable(this.name, detail);
  }
}

export function createGateway(config: GatewayConfig, metrics: ServiceMetrics, log: Logger = serviceLogger('gateway')): ApolloGateway {
  const proofFor = internalTokenSigner(config.internalSecret);
  const fetches = metrics.histogram('subgraph_fetch_duration_seconds', "The gateway's calls to subgraphs, by subgraph and outcome", ['subgraph', 'outcome']);
  // @apollo/gateway reads this one switch from the environment when it is built; off unless asked for.
  if (!config.apolloReporting) process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  return new ApolloGateway({
    supergraphSdl: fs.readFileSync(supergraphPath, 'utf8'),
    // Where each subgraph runs comes from config (`<NAME>_URL`), not from the composed file.
    buildService: ({ name, url }) =>
      new SubgraphDataSource(name, config.subgraphUrls.get(name) ?? url!, config.streamerOf(name), config.subgraphTimeoutMs, proofFor, fetches, log),
  });
}

/** Whether each subgraph says it is ready right now (its `/ready`, which needs no proof). */
async function subgraphReadiness(config: GatewayConfig): Promise<Record<string, 'ready' | 'down'>> {
  const states = await Promise.all(
    [...config.subgraphUrls].map(async ([name, url]) => {
      const ready = await fetch(new URL('ready', url), { signal: AbortSignal.timeout(2000) }).then((response) => response.ok, () => false);
      return [name, ready ? 'ready' : 'down'] as const;
    }),
  );
  return Object.fromEntries(states);
}

export async function startGateway(config: GatewayConfig, port = config.port): Promise<RunningService> {
  const app = express();
  app.disable('x-powered-by');
  const log = serviceLogger('gateway');
  // First: every request gets its id (the caller's x-request-id, or a new one) and its one log line.
  app.use(requestLogging(log), traceRequests());
  const httpServer = http.createServer(app);
  const limits = limitRules(config.limits, config.streamerCount);
  const metrics = new ServiceMetrics('gateway');
  const server = new ApolloServer<GatewayContext>({
    gateway: createGateway(config, metrics, log),
    formatError: formatErrorFor(config.production),
    includeStacktraceInErrorResponses: !config.production,
    introspection: config.introspection,
    // runService handles SIGINT and SIGTERM: stop gracefully, exit 0.
    stopOnTerminationSignals: false,
    ...limits,
    plugins: [
      captureScopePlugin,
      captureInputPlugin(formatErrorFor(config.production)),
      metrics.plugin(),
      loggingPlugin(log),
      ...(config.apolloReporting ? [] : [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled()]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      config.playground === 'sandbox' ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await server.start();
  if (config.playground === 'graphiql') {
    const [page, assets] = await Promise.all([playgroundPage(), playgroundAssets()]);
    app.get('/playground/app.js', (_req, res) => void res.type('text/javascript').send(assets.js));
    app.get('/playground/app.css', (_req, res) => void res.type('text/css').send(assets.css));
    // A browser opening `/` gets the playground; GraphQL GETs and POSTs go on to Apollo Server.
    app.get('/', (req, res, next) => {
      if (req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html') res.type('html').send(page);
      else next();
    });
  }
  mountCatalogue(app); // the catalogue web app at /catalogue, over the GraphQL endpoint at /
  // Browsers ask for it on every page: no icon, and no GraphQL 400 in their console either.
  app.get('/favicon.ico', (_req, res) => void res.status(204).end());
  // Alive; and ready when every subgraph is (503 with each one's state otherwise).
  app.get('/health', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/metrics', metrics.handler());
  app.get('/ready', async (_req, res) => {
    const subgraphs = await subgraphReadiness(config);
    const ready = Object.values(subgraphs).every((state) => state === 'ready');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'degraded', subgraphs });
  });
  // Exports and FAIR metadata (export.ts, fair.ts): plain HTTP, reading the graph through this server.
  const reader = new GraphReader(server, config);
  app.use(exportRoutes(reader, config), fairRoutes(reader, config));
  app.use('/', ...jsonBody(config.maxBodyBytes), expressMiddleware(server, { context: async ({ req }) => ({ identity: await identityOf(req.headers.authorization, config) }) }));
  app.use(unhandledErrors(log));
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, resolve);
  });
  const { port: boundPort } = httpServer.address() as AddressInfo;
  return {
    name: 'gateway',
    url: `http://localhost:${boundPort}/`,
    stop: () => server.stop(),
  };
}
