// The catalog subgraph: cross-streamer search, lookup by global id, and the streamer registry
// with what clients need to know of each streamer. It holds no movies: it asks the streamers'
// subgraphs, and the gateway resolves the fields of the movies it returns from their owners.
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { internalTokenSigner, type Identity } from '../../core/auth.js';
import { atPath, badUserInput } from '../../core/errors.js';
import { InFlight } from '../../core/inflight.js';
import { ServiceMetrics } from '../../core/metrics.js';
import { decodeSearchCursor } from '../kit/cursor.js';
import type { Streamer } from '../kit/definition.js';
import { parseMovieId } from '../kit/ids.js';
import { checkFirst } from '../kit/resolvers.js';
import { catalogSdl } from '../kit/sdl.js';
import { createSubgraphApp, type SubgraphApp } from '../kit/server.js';
import type { Resolvers } from '../generated/catalog.resolvers.js';
import { catalog, streamerNamed, streamers } from '../registry.js';
import type { CatalogConfig } from './config.js';
import { searchAcross, searchCursor } from './search.js';
import { StreamerClient, type ReportCounts, type StreamerAnswer } from './streamerClient.js';
import { streamerInfo, type StreamerInfo } from './streamerInfo.js';

export { loadCatalogConfig } from './config.js';

export interface CatalogContext {
  /** Each streamer's client for this request, carrying the gateway's proof for its end user. */
  clients: Map<string, StreamerClient>;
  /** Errors that do not stop an answer, like a streamer that is down during a search. */
  partialErrors: GraphQLError[];
  /** Per-request memo: a streamer's counts are fetched at most once per request. */
  counts: Map<string, Promise<ReportCounts>>;
}

/** A movie the catalog returns: its owner resolves every other field. */
export interface MovieReference {
  __typename: string;
  id: string;
}

const reference = (streamer: Streamer, id: string): MovieReference => ({ __typename: streamer.api.entityType, id });

function selectStreamers(names: readonly string[] | null | undefined): Streamer[] {
  if (!names) return [...streamers];
  const selected = names.map((name) => {
    const wanted = name.trim().toLowerCase();
    const streamer = streamerNamed(wanted);
    if (!streamer) {
      throw badUserInput(`streamers: no streamer named "${name}"; known: ${streamers.map((s) => s.name).join(', ')}`, { argument: 'streamers', value: name });
    }
    return streamer;
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

export function catalogResolvers(infos: Map<string, StreamerInfo>) {
  const clientOf = (streamer: Streamer, context: CatalogContext) => context.clients.get(streamer.subgraph)!;
  const infoOf = (streamer: Streamer) => infos.get(streamer.subgraph)!;
  const countsOf = (streamer: Streamer, context: CatalogContext) => {
    let counts = context.counts.get(streamer.subgraph);
    if (!counts) {
      counts = clientOf(streamer, context).counts();
      context.counts.set(streamer.subgraph, counts);
    }
    return counts;
  };
  return {
    Query: {
      async searchMovies(_, args, context, info) {
        checkFirst(args.first);
        const after = args.after ? decodeSearchCursor(args.after) : undefined;
        if (args.after && !after) throw badUserInput('after is not a cursor of searchMovies', { argument: 'after', value: args.after });
        const selected = selectStreamers(args.streamers);
        const filter = { titleContains: args.query, yearFrom: args.yearFrom, yearTo: args.yearTo };
        const result = await searchAcross(selected.map((s) => clientOf(s, context)), filter, args.first, after);
        for (const { error } of result.unavailable) context.partialErrors.push(atPath(error, [info.path.key]));
        const edges = result.hits.map((hit) => ({ cursor: searchCursor(hit), node: reference(hit.streamer, hit.id) }));
        return {
          totalCount: result.totalCount,
          edges,
          pageInfo: { hasNextPage: result.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
          unavailableStreamers: result.unavailable.map(({ streamer }) => streamer.name),
        };
      },
      async movie(_, { id }, context) {
        const streamer = streamerNamed(parseMovieId(id)?.subgraph ?? '');
        if (!streamer) return null;
        return (await clientOf(streamer, context).exists(id)) ? reference(streamer, id) : null;
      },
      streamers: () => [...streamers],
    },
    Streamer: {
      name: (streamer) => streamer.name,
      subgraph: (streamer) => streamer.subgraph,
      entityType: (streamer) => streamer.api.entityType,
      storage: (streamer) => streamer.storage.kind,
      schema: (streamer) => infoOf(streamer).recordSchema.json,
      recordCount: async (streamer, _, context) => (await countsOf(streamer, context)).servedRecords,
      loadReport: async (streamer, _, context) => ({
        ...(await countsOf(streamer, context)),
        rejected: (first: number, offset: number) => clientOf(streamer, context).rejected(first, offset),
      }),
      api: (streamer) => streamer.api,
      inputFields: (streamer) => infoOf(streamer).inputFields,
      entityFields: (streamer) => infoOf(streamer).entityFields,
    },
  } satisfies Resolvers<CatalogContext>;
}

export async function createCatalogApp(config: CatalogConfig): Promise<SubgraphApp> {
  const infos = new Map(streamers.map((s) => [s.subgraph, streamerInfo(s)]));
  const calls = new InFlight<StreamerAnswer>();
  const metrics = new ServiceMetrics(catalog.name);
  const durations = metrics.histogram('streamer_call_duration_seconds', "The catalog's calls to streamers, by streamer and outcome", ['streamer', 'outcome']);
  const proofFor = internalTokenSigner(config.internalSecret);
  const context = (identity: Identity): CatalogContext => {
    const proof = () => proofFor(identity);
    const clients = new Map(streamers.map((s) => [s.subgraph, new StreamerClient(s, config.streamerUrl(s), config.streamerTimeoutMs, proof, calls, durations)]));
    return { clients, partialErrors: [], counts: new Map() };
  };
  return createSubgraphApp({
    name: catalog.name,
    sdl: catalogSdl(streamers),
    resolvers: catalogResolvers(infos),
    context,
    production: config.production,
    internalSecret: config.internalSecret,
    metrics,
    plugins: [partialErrorsPlugin],
  });
}
