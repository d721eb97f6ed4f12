// The catalog subgraph: cross-streamer search, lookup by global id, and the streamer registry
// with each streamer's metadata. It holds no movies: it asks the streamers' subgraphs, and the
// gateway resolves the fields of the movies it returns from their owners.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { catalog, parseMovieId, streamers, type StreamerEntry } from '../registry.js';
import type { Config } from '../shared/config.js';
import { decodeSearchCursor } from '../shared/cursor.js';
import { badInput } from '../shared/errors.js';
import { RecordSchema } from '../shared/recordSchema.js';
import { createSubgraphServer, readTypeDefs, type Resolvers, type SubgraphApp } from '../shared/server.js';
import { checkFirst } from '../shared/streamerSubgraph.js';
import { searchAcross, searchCursor } from './search.js';
import { StreamerClient, type ReportCounts } from './streamerClient.js';

export interface CatalogContext {
  /** Errors that do not stop an answer, like a streamer that is down during a search. */
  partialErrors: GraphQLError[];
  /** Per-request memo: a streamer's counts are fetched at most once per request. */
  counts: Map<string, Promise<ReportCounts>>;
}

interface SearchArgs {
  query?: string | null;
  streamers?: string[] | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  first: number;
  after?: string | null;
}

const reference = (entry: StreamerEntry, id: string) => ({ __typename: entry.entityType, id });

function selectStreamers(names: string[] | null | undefined): StreamerEntry[] {
  if (!names) return [...streamers];
  const selected = names.map((name) => {
    const wanted = name.trim().toLowerCase();
    const entry = streamers.find((s) => s.streamer.toLowerCase() === wanted || s.name === wanted);
    if (!entry) {
      throw badInput(`streamers: no streamer named "${name}"; known: ${streamers.map((s) => s.streamer).join(', ')}`, 'streamers', name);
    }
    return entry;
  });
  return [...new Set(selected)];
}

/** Adds the partial errors of a request to its response, next to the data they qualify. */
const partialErrorsPlugin: ApolloServerPlugin<CatalogContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || contextValue.partialErrors.length === 0) return;
        const result = response.body.singleResult;
        result.errors = [...(result.errors ?? []), ...contextValue.partialErrors.map((e) => e.toJSON())];
      },
    };
  },
};

export function catalogResolvers(clients: Map<string, StreamerClient>, recordSchemas: Map<string, object>): Resolvers<CatalogContext> {
  const clientOf = (entry: StreamerEntry) => clients.get(entry.name)!;
  const countsOf = (entry: StreamerEntry, context: CatalogContext) => {
    let counts = context.counts.get(entry.name);
    if (!counts) {
      counts = clientOf(entry).counts();
      context.counts.set(entry.name, counts);
    }
    return counts;
  };
  return {
    Query: {
      async searchMovies(_: unknown, args: SearchArgs, context: CatalogContext, info: GraphQLResolveInfo) {
        checkFirst(args.first);
        const after = args.after ? decodeSearchCursor(args.after) : undefined;
        if (args.after && !after) throw badInput('after is not a cursor of searchMovies', 'after', args.after);
        const selected = selectStreamers(args.streamers);
        const filter = { titleContains: args.query, yearFrom: args.yearFrom, yearTo: args.yearTo };
        const result = await searchAcross(selected.map(clientOf), filter, args.first, after);
        for (const { error } of result.unavailable) {
          context.partialErrors.push(new GraphQLError(error.message, { path: [info.path.key], extensions: error.extensions }));
        }
        const edges = result.hits.map((hit) => ({ cursor: searchCursor(hit), node: reference(hit.entry, hit.id) }));
        return {
          totalCount: result.totalCount,
          edges,
          pageInfo: { hasNextPage: result.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
          unavailableStreamers: result.unavailable.map(({ entry }) => entry.streamer),
        };
      },
      async movie(_: unknown, { id }: { id: string }) {
        const parsed = parseMovieId(id);
        if (!parsed) return null;
        return (await clientOf(parsed.entry).exists(id)) ? reference(parsed.entry, id) : null;
      },
      streamers: () => streamers,
    },
    Streamer: {
      name: (entry: StreamerEntry) => entry.streamer,
      subgraph: (entry: StreamerEntry) => entry.name,
      storage: (entry: StreamerEntry) => entry.storage.kind,
      schema: (entry: StreamerEntry) => recordSchemas.get(entry.name),
      recordCount: async (entry: StreamerEntry, _: unknown, context: CatalogContext) => (await countsOf(entry, context)).servedRecords,
      loadReport: async (entry: StreamerEntry, _: unknown, context: CatalogContext) => ({
        ...(await countsOf(entry, context)),
        rejected: (first: number, offset: number) => clientOf(entry).rejected(first, offset),
      }),
    },
  };
}

export async function createApp(config: Config): Promise<SubgraphApp<CatalogContext>> {
  const clients = new Map(streamers.map((entry) => [entry.name, new StreamerClient(entry, config.urlOf(entry.name), config.streamerTimeoutMs)]));
  const recordSchemas = new Map(streamers.map((entry) => [entry.name, RecordSchema.load(entry.recordSchema).json]));
  const server = createSubgraphServer(readTypeDefs(new URL('./schema.graphql', import.meta.url)), catalogResolvers(clients, recordSchemas), config);
  server.addPlugin(partialErrorsPlugin);
  return {
    name: catalog.name,
    server,
    context: async () => ({ partialErrors: [], counts: new Map() }),
    close: async () => {},
  };
}
