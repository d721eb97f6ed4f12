// Everything a streamer subgraph does the same way as the others: its list query with filters and
// cursor pagination, lookup by id, the load report, batched reference resolution and the capture
// mutations. A streamer's folder brings only its schema.graphql and how its native record reads.
import DataLoader from 'dataloader';
import type { DocumentNode } from 'graphql';
import { captureFields, parseMovieId } from '../registry.js';
import { CapturePipeline, maxBatchSize, refusedError, type CaptureOutcome } from './capture.js';
import { StreamerCatalogue, type StreamerDefinition } from './catalogue.js';
import type { Config } from './config.js';
import { decodeListCursor, encodeCursor, titleKey } from './cursor.js';
import { badInput } from './errors.js';
import type { MovieEntity, MovieFilter, MoviePage } from './movieIndex.js';
import { createSubgraphServer, readTypeDefs, type Resolvers, type SubgraphApp } from './server.js';

export const maxPageSize = 100;

export interface StreamerContext<E> {
  /** Batches every id asked for in one request (an `_entities` call) into one index read. */
  movies: DataLoader<string, E | null>;
}

export interface ListArgs extends MovieFilter {
  first: number;
  after?: string | null;
}

export function checkFirst(first: number): void {
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw badInput(`first must be from 0 to ${maxPageSize}, got ${first}`, 'first', first);
  }
}

export function toConnection<E extends MovieEntity>(page: MoviePage<E>) {
  const edges = page.items.map((node) => ({ cursor: encodeCursor([titleKey(node.title), node.key]), node }));
  return {
    totalCount: page.totalCount,
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

function checkSource(source: string): string {
  const trimmed = source.trim();
  if (trimmed.length === 0 || trimmed.length > 200) throw badInput('source must be 1 to 200 characters', 'source', source);
  return trimmed;
}

function countByStatus<E>(results: CaptureOutcome<E>[]) {
  const count = (status: CaptureOutcome<E>['status']) => results.filter((r) => r.status === status).length;
  return { created: count('CREATED'), duplicates: count('DUPLICATE'), rejected: count('REJECTED'), skipped: count('SKIPPED'), results };
}

export function streamerResolvers<E extends MovieEntity>(catalogue: StreamerCatalogue<E>): Resolvers<StreamerContext<E>> {
  const { entry } = catalogue.definition;
  const pipeline = new CapturePipeline(catalogue);
  const mutations = captureFields(entry);
  type Input = Record<string, unknown>;
  return {
    Mutation: {
      [mutations.one]: async (_: unknown, { input, source }: { input: Input; source: string }) => {
        const [outcome] = await pipeline.capture([input], { allOrNothing: true, source: checkSource(source) });
        if (outcome!.status === 'REJECTED') throw refusedError(`${entry.streamer} record`, outcome!.problems);
        return outcome;
      },
      [mutations.batch]: async (_: unknown, args: { inputs: Input[]; allOrNothing: boolean; source: string }) => {
        if (args.inputs.length > maxBatchSize) {
          throw badInput(`inputs: at most ${maxBatchSize} records a batch, got ${args.inputs.length}`, 'inputs', args.inputs.length);
        }
        return countByStatus(await pipeline.capture(args.inputs, { allOrNothing: args.allOrNothing, source: checkSource(args.source) }));
      },
    },
    Query: {
      [entry.listField]: (_: unknown, { first, after, ...filter }: ListArgs) => {
        checkFirst(first);
        const position = after ? decodeListCursor(after) : undefined;
        if (after && !position) throw badInput(`after is not a cursor of ${entry.listField}`, 'after', after);
        return toConnection(catalogue.index.page(filter, first, position));
      },
      [entry.byIdField]: (_: unknown, { id }: { id: string }, context: StreamerContext<E>) => context.movies.load(id),
      [entry.reportField]: () => catalogue.report,
      [entry.capturesField]: (_: unknown, args: { source?: string | null; first: number; offset: number }) =>
        catalogue.captures.recent(args.source, Math.max(0, args.first), Math.max(0, args.offset)),
    },
    [entry.entityType]: {
      __resolveReference: (reference: { id: string }, context: StreamerContext<E>) => context.movies.load(reference.id),
      capture: (movie: E) => catalogue.captures.of(movie.id) ?? null,
    },
  };
}

/** Build a streamer's subgraph over its native store in `config.dataDir`. */
export async function createStreamerApp<E extends MovieEntity>(
  definition: StreamerDefinition<E>,
  schemaFile: URL,
  config: Config,
): Promise<SubgraphApp<StreamerContext<E>>> {
  const typeDefs: DocumentNode = readTypeDefs(schemaFile);
  const catalogue = await StreamerCatalogue.load(definition, config.dataDir);
  const { entry } = definition;
  const { report } = catalogue;
  console.log(
    `${entry.name} loaded ${report.source} (${report.storage}): ${report.storedRecords} stored, ` +
      `${report.servedRecords} served, ${report.invalidRecords} invalid, ${report.duplicateRecords} duplicates` +
      (report.rejected.length ? ` (details: query ${entry.reportField})` : ''),
  );
  // Ids of another streamer, or not ids at all, can match nothing: key -1 is never stored.
  const lookup = async (ids: readonly string[]) =>
    catalogue.index.getMany(
      ids.map((id) => {
        const parsed = parseMovieId(id);
        return parsed?.entry.name === entry.name ? parsed.key : -1;
      }),
    );
  return {
    name: entry.name,
    server: createSubgraphServer(typeDefs, streamerResolvers(catalogue), config),
    context: async () => ({ movies: new DataLoader(lookup, { cache: true }) }),
    close: async () => catalogue.close(),
  };
}
