// The subgraph server factory: build (no side effects) apart from listen.
import fs from 'node:fs';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { parse, type DocumentNode } from 'graphql';
import { JSONResolver } from 'graphql-scalars';
import type { Config } from './config.js';
import { formatErrorFor } from './errors.js';

export type Resolvers<TContext> = GraphQLResolverMap<TContext>;

/** A subgraph built and ready to listen or to take `executeOperation` calls in tests. */
export interface SubgraphApp<TContext extends BaseContext = BaseContext> {
  name: string;
  server: ApolloServer<TContext>;
  /** A fresh context for one request: per-request loaders, never shared between requests. */
  context(): Promise<TContext>;
  /** Release stores and indexes. */
  close(): Promise<void>;
}

export interface RunningService {
  name: string;
  url: string;
  stop(): Promise<void>;
}

export function readTypeDefs(schemaFile: URL): DocumentNode {
  return parse(fs.readFileSync(schemaFile, 'utf8'));
}

type RejectedSource = { rejected: unknown[] | ((first: number, offset: number) => Promise<unknown[]>) };

/** Resolvers for the types in schema/shared.graphql, the same in every subgraph. */
export const sharedResolvers = {
  JSON: JSONResolver,
  StorageKind: { CSV: 'csv', JSON: 'json', SQLITE: 'sqlite' },
  LoadReport: {
    // A streamer holds its rejected records; the catalog fetches a page of them from the streamer.
    rejected(report: RejectedSource, { first, offset }: { first: number; offset: number }) {
      const [from, count] = [Math.max(0, offset), Math.max(0, first)];
      return Array.isArray(report.rejected) ? report.rejected.slice(from, from + count) : report.rejected(count, from);
    },
  },
};

export function createSubgraphServer<TContext extends BaseContext>(
  typeDefs: DocumentNode,
  resolvers: Resolvers<TContext>,
  config: Config,
): ApolloServer<TContext> {
  return new ApolloServer<TContext>({
    schema: buildSubgraphSchema({ typeDefs, resolvers: { ...sharedResolvers, ...resolvers } as Resolvers<unknown> }),
    formatError: formatErrorFor(config.production),
    includeStacktraceInErrorResponses: !config.production,
    // No Apollo Studio here: do not add federated traces to every response.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
}

export async function listen<TContext extends BaseContext>(app: SubgraphApp<TContext>, port: number): Promise<RunningService> {
  const { url } = await startStandaloneServer(app.server, { listen: { port }, context: () => app.context() });
  return {
    name: app.name,
    url,
    async stop() {
      await app.server.stop();
      await app.close();
    },
  };
}

/** The tiny entry every service's main.ts runs: start, say where, stop cleanly on a signal. */
export function runService(start: () => Promise<RunningService>): void {
  start()
    .then((service) => {
      console.log(`${service.name} listening at ${service.url}`);
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => void service.stop().then(() => process.exit(0)));
      }
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
