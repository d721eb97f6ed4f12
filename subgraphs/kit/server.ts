// The subgraph server factory: build (no side effects) apart from listen. A subgraph whose SDL and
// resolvers disagree refuses to start, naming each disagreement.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin, type BaseContext, type GraphQLRequest } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import express from 'express';
import { parse, type FormattedExecutionResult, type GraphQLError, type GraphQLSchema } from 'graphql';
import { JSONResolver } from 'graphql-scalars';
import { internalTokenHeader, verifyInternalToken, type Identity } from '../../core/auth.js';
import { formatErrorFor } from '../../core/errors.js';
import { jsonBody } from '../../core/http.js';
import { loggingPlugin, requestLogging, serviceLogger, unhandledErrors } from '../../core/log.js';
import { ServiceMetrics } from '../../core/metrics.js';
import type { RunningService } from '../../core/service.js';
import { traceRequests } from '../../core/tracing.js';
import type { StorageKind } from '../../storage/index.js';
import type { RejectedRecord } from './catalogue.js';
import { disagreements } from './checks.js';

/** The resolver map `buildSubgraphSchema` takes, from its public signature. */
type SchemaModule = Extract<Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number], { typeDefs: unknown }>;
export type ResolverMap = NonNullable<SchemaModule['resolvers']>;

/** A subgraph built and ready to listen, or to execute operations in tests. */
export interface SubgraphApp {
  name: string;
  /** Run one operation in-process (a trusted caller, like the gateway) for an identity. */
  execute(request: Pick<GraphQLRequest, 'query' | 'variables'>, identity?: Identity): Promise<FormattedExecutionResult>;
  /** Serve over HTTP on one interface; every request must carry the gateway's proof. */
  listen(port: number, host?: string): Promise<RunningService>;
  /** Stop serving, and release stores and indexes. */
  close(): Promise<void>;
}

/** A load report as a resolver holds it: a streamer has its rejected records; the catalog fetches a page. */
export interface LoadReportSource {
  streamer: string;
  storage: StorageKind;
  source: string;
  storedRecords: number;
  servedRecords: number;
  invalidRecords: number;
  duplicateRecords: number;
  rejected: RejectedRecord[] | ((first: number, offset: number) => Promise<RejectedRecord[]>);
}

/** Resolvers for the types in schema/shared.graphql, the same in every subgraph. */
export const sharedResolvers = {
  JSON: JSONResolver,
  StorageKind: { CSV: 'csv', JSON: 'json', SQLITE: 'sqlite' },
  LoadReport: {
    rejected(report: LoadReportSource, { first, offset }: { first: number; offset: number }) {
      const [from, count] = [Math.max(0, offset), Math.max(0, first)];
      return Array.isArray(report.rejected) ? report.rejected.slice(from, from + count) : report.rejected(count, from);
    },
  },
};

export interface SubgraphParts<TContext extends BaseContext> {
  name: string;
  sdl: string;
  resolvers: ResolverMap;
  /** A fresh context for one request, acting for an identity. */
  context(identity: Identity): TContext;
  production: boolean;
  /** Verifies the gateway's proof (x-internal-token) on every HTTP request. */
  internalSecret: string;
  /** Its metrics, for services that add their own; a new set otherwise. */
  metrics?: ServiceMetrics;
  /** Apollo Server plugins beyond the defaults. */
  plugins?: ApolloServerPlugin<TContext>[];
  /** Plain HTTP routes beside GraphQL, under `/internal/`, for the gateway only (its proof is checked first). */
  internalRoutes?: express.Router;
  /** Disagreements beyond SDL vs resolvers, like a streamer's registry entry vs its SDL. */
  checks?(schema: GraphQLSchema): string[];
  /** Work that can wait until the service answers requests, like laying out an index's orders. */
  listening?(): void;
  close?(): Promise<void>;
}

export function createSubgraphApp<TContext extends BaseContext>(parts: SubgraphParts<TContext>): SubgraphApp {
  const typeDefs = parse(parts.sdl);
  // The shared types' resolvers, for those of the shared types this SDL declares.
  const declared = new Set(typeDefs.definitions.flatMap((d) => ('name' in d && d.name ? [d.name.value] : [])));
  const shared = Object.entries(sharedResolvers).filter(([type]) => declared.has(type));
  const resolvers: ResolverMap = { ...Object.fromEntries(shared), ...parts.resolvers };
  const schema = buildSubgraphSchema([{ typeDefs, resolvers }]);
  const problems = [...disagreements(schema, resolvers), ...(parts.checks?.(schema) ?? [])];
  if (problems.length > 0) {
    throw new Error(`The ${parts.name} subgraph's SDL and resolvers disagree:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  }
  const httpServer = http.createServer();
  const metrics = parts.metrics ?? new ServiceMetrics(parts.name);
  const log = serviceLogger(parts.name);
  const server = new ApolloServer<TContext>({
    schema,
    formatError: formatErrorFor(parts.production),
    includeStacktraceInErrorResponses: !parts.production,
    introspection: !parts.production,
    // runService handles SIGINT and SIGTERM: stop gracefully, close the stores, exit 0.
    stopOnTerminationSignals: false,
    // No Apollo Studio here: do not add federated traces to every response.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginDrainHttpServer({ httpServer }), metrics.plugin(), ...(parts.plugins ?? []), loggingPlugin(log)],
  });
  let stopping = false;
  const close = async () => {
    // Stop taking requests, let those under way (a capture being written) finish, then close the stores.
    stopping = true;
    await server.stop();
    await parts.close?.();
  };
  return {
    name: parts.name,
    async execute(request, identity = anonymousCaller) {
      const response = await server.executeOperation(request, { contextValue: parts.context(identity) });
      if (response.body.kind !== 'single') throw new Error('Expected a single result, not a stream');
      return response.body.singleResult;
    },
    async listen(port, host = '127.0.0.1') {
      await server.start();
      // Express without CORS: browsers have no business here, only the gateway and the catalog.
      const app = express();
      app.disable('x-powered-by');
      // First: every request gets its id and its one log line, whatever answers it.
      app.use(requestLogging(log), traceRequests());
      // For an orchestrator: alive, and ready (its store is loaded before it listens) until it stops.
      app.get('/health', (_req, res) => void res.json({ status: 'ok' }));
      app.get('/ready', (_req, res) => void res.status(stopping ? 503 : 200).json({ status: stopping ? 'stopping' : 'ready' }));
      app.get('/metrics', metrics.handler());
      const proofOf = (req: express.Request) => {
        const header = req.headers[internalTokenHeader];
        return Array.isArray(header) ? header[0] : header;
      };
      const context = async ({ req }: { req: express.Request }) => parts.context(await verifyInternalToken(parts.internalSecret, proofOf(req)));
      if (parts.internalRoutes) {
        const gatewayOnly: express.RequestHandler = (req, res, next) =>
          void verifyInternalToken(parts.internalSecret, proofOf(req)).then(
            () => next(),
            (err: GraphQLError) => void res.status(401).json({ errors: [err.toJSON()] }),
          );
        app.use('/internal', gatewayOnly, parts.internalRoutes);
      }
      // A batch of 1000 records fits well within 50 MB; the gateway limits what users send.
      app.use('/', ...jsonBody(50_000_000), expressMiddleware(server, { context }));
      app.use(unhandledErrors(log));
      httpServer.on('request', app);
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, resolve);
      });
      const { port: boundPort } = httpServer.address() as AddressInfo;
      parts.listening?.();
      return { name: parts.name, url: `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}/`, stop: close };
    },
    close,
  };
}

const anonymousCaller: Identity = { subject: null, scopes: [] };
