// The catalog subgraph: cross-streamer search, lookup by global id, and the streamer registry
// with what clients need to know of each streamer. It holds no movies: it asks the streamers'
// subgraphs, and the gateway resolves the fields of the movies it returns from their owners.
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { internalTokenSigner, type Identity } from '../../core/auth.js';
import { atPath, badUserInput } from '../../core/errors.js';
import { InFlight } from '../../core/inflight.js';
import { ServiceMetrics } from '../../core/metrics.js';
import { decodeOrderedSearchCursor } from '../kit/cursor.js';
import { fieldWords, listFilters, missingForOrder, type ListFilter, type MovieOrder, type Streamer } from '../kit/definition.js';
import { parseMovieId } from '../kit/ids.js';
import type { MovieFilter } from '../kit/movieIndex.js';
import { checkFirst, checkOrder } from '../kit/resolvers.js';
import { catalogSdl } from '../kit/sdl.js';
import { createSubgraphApp, type SubgraphApp } from '../kit/server.js';
import type { Resolvers } from '../generated/catalog.resolvers.js';
import { catalog, streamerNamed, streamers } from '../registry.js';
import type { CatalogConfig } from './config.js';
import { searchAcross, searchCursor } from './search.js';
import { statsAcross } from './stats.js';
import { StreamerClient, type ReportCounts, type StreamerAnswer, type Unavailable } from './streamerClient.js';
import { streamerInfo, type StreamerInfo } from './streamerInfo.js';
import { whereToWatch, type Offer } from './whereToWatch.js';

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

/** The filters a search uses: those given, text ones not empty. */
function usedFilters(filter: MovieFilter): ListFilter[] {
  return listFilters.filter((name) => {
    const value = filter[name];
    return typeof value === 'string' ? value.trim() !== '' : value != null;
  });
}

/**
 * The streamers a search can answer, and those it leaves out: a streamer without a field that a
 * filter or the order needs (CCD has no stars) would answer wrongly or not at all, so it is named
 * instead, with the fields it lacks.
 */
function splitSearchable(selected: readonly Streamer[], filter: MovieFilter, order: MovieOrder) {
  const used = usedFilters(filter);
  const searched: Streamer[] = [];
  const skipped: { streamer: string; reason: string }[] = [];
  for (const streamer of selected) {
    const missing = new Set(used.filter((name) => !streamer.filters.includes(name)));
    const forOrder = missingForOrder(streamer, order.field);
    if (forOrder) missing.add(forOrder);
    if (missing.size === 0) searched.push(streamer);
    else skipped.push({ streamer: streamer.name, reason: `${streamer.name} has no ${[...missing].map((name) => fieldWords[name]).join(' and no ')}` });
  }
  const { titleContains, yearFrom, yearTo } = filter;
  return { searched, skipped, filter: { titleContains, yearFrom, yearTo, ...Object.fromEntries(used.map((name) => [name, filter[name]])) } };
}

function checkRange(argument: string, value: number | null | undefined, min: number, max = Infinity): void {
  if (value != null && !(value >= min && value <= max)) {
    const rule = max === Infinity ? `at least ${min}` : `from ${min} to ${max}`;
    throw badUserInput(`${argument} must be ${rule}, got ${value}`, { argument, value });
  }
}

/** The streamers that did not answer a field: each one's error goes beside the field's data; their names. */
function noteUnavailable(unavailable: readonly Unavailable[], context: CatalogContext, field: string | number): string[] {
  for (const { error } of unavailable) context.partialErrors.push(atPath(error, [field]));
  return unavailable.map(({ streamer }) => streamer.name);
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
        const order = checkOrder(args.orderBy);
        checkRange('minStars', args.minStars, 0, 5);
        checkRange('maxRental', args.maxRental, 0);
        checkRange('maxPurchase', args.maxPurchase, 0);
        const after = args.after ? decodeOrderedSearchCursor(args.after, order) : undefined;
        if (args.after && !after) {
          throw badUserInput(`after is not a cursor of searchMovies in the order ${order.field} ${order.direction}`, { argument: 'after', value: args.after });
        }
        const { searched, skipped, filter } = splitSearchable(
          selectStreamers(args.streamers),
          { titleContains: args.query, yearFrom: args.yearFrom, yearTo: args.yearTo, ...Object.fromEntries(listFilters.map((name) => [name, args[name]])) },
          order,
        );
        const result = await searchAcross(searched.map((s) => clientOf(s, context)), filter, args.first, after, order);
        const unavailableStreamers = noteUnavailable(result.unavailable, context, info.path.key);
        const edges = result.hits.map((hit) => ({ cursor: searchCursor(hit, order), node: reference(hit.streamer, hit.id) }));
        return {
          totalCount: result.totalCount,
          edges,
          pageInfo: { hasNextPage: result.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
          unavailableStreamers,
          skippedStreamers: skipped,
        };
      },
      async whereToWatch(_, args, context, info) {
        checkFirst(args.first);
        const query = args.query.trim();
        if (!query) throw badUserInput('query must not be empty: whereToWatch finds titles containing it', { argument: 'query', value: args.query });
        const result = await whereToWatch(streamers.map((s) => clientOf(s, context)), query, args.year, args.first);
        noteUnavailable(result.unavailable, context, info.path.key);
        const offer = (o: Offer | null) =>
          o && {
            streamer: o.streamer.name,
            movie: reference(o.streamer, o.movie.id),
            offeredAs: o.offeredAs,
            rental: o.movie.rental ?? null,
            purchase: o.movie.purchase ?? null,
            stars: o.movie.stars,
            classification: o.movie.classification,
          };
        return result.groups.map((group) => ({
          title: group.title,
          year: group.year,
          offers: group.offers.map((o) => offer(o)!),
          cheapestRental: offer(group.cheapestRental),
          cheapestPurchase: offer(group.cheapestPurchase),
        }));
      },
      async stats(_, args, context, info) {
        const selected = selectStreamers(args.streamers);
        const result = await statsAcross(selected.map((s) => clientOf(s, context)), args.groupBy ?? null);
        const unavailableStreamers = noteUnavailable(result.unavailable, context, info.path.key);
        return {
          groupBy: result.groupBy,
          totals: result.totals,
          groups: result.groups,
          streamers: result.streamers.map(({ streamer, summary, groups, report }) => {
            // The counts of the same call as the aggregates: one moment of the streamer's index.
            context.counts.set(streamer.subgraph, Promise.resolve(report));
            return {
              streamer: streamer.name,
              summary,
              groups,
              loadReport: { ...report, rejected: (first: number, offset: number) => clientOf(streamer, context).rejected(first, offset) },
            };
          }),
          unavailableStreamers,
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
      offeredAs: (streamer) => streamer.offeredAs,
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
