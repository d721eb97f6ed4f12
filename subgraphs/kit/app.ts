// A streamer's subgraph: its catalogue loaded from its native store, the kit's resolvers under its
// field names, and its SDL generated from its folder and the registry.
import fs from 'node:fs';
import { serviceLogger } from '../../core/log.js';
import { ServiceMetrics } from '../../core/metrics.js';
import { StreamerCatalogue } from './catalogue.js';
import { streamerDisagreements } from './checks.js';
import type { StreamerConfig } from './config.js';
import { ordersOf, type MovieFields, type Served, type Streamer } from './definition.js';
import { nativeExportRoutes } from './nativeExport.js';
import { streamerContext, streamerKit, type StreamerKit } from './resolvers.js';
import { streamerSdl } from './sdl.js';
import { createSubgraphApp, type ResolverMap, type SubgraphApp } from './server.js';

/** The entity a streamer serves, and its fields: what codegen maps the entity type to. */
export type FieldsOf<S> = S extends Streamer<infer _R, infer F> ? F : never;
export type EntityOf<S> = Served<FieldsOf<S>>;

function logLoaded(catalogue: StreamerCatalogue<object, MovieFields>): void {
  const { report, streamer } = catalogue;
  const { source, storage, storedRecords, servedRecords, invalidRecords, duplicateRecords } = report;
  serviceLogger(streamer.subgraph).info(
    { source, storage, storedRecords, servedRecords, invalidRecords, duplicateRecords },
    `${streamer.subgraph} loaded ${source} (${storage}): ${storedRecords} stored, ${servedRecords} served, ` +
      `${invalidRecords} invalid, ${duplicateRecords} duplicates` +
      (report.rejected.length ? ` (details: query ${streamer.api.loadReport})` : ''),
  );
}

/** Build a streamer's subgraph over its native store in `config.dataDir`. */
export async function createStreamerApp<R extends object, F extends MovieFields>(
  streamer: Streamer<R, F>,
  wire: (kit: StreamerKit<F>) => ResolverMap,
  config: StreamerConfig,
): Promise<SubgraphApp> {
  const catalogue = await StreamerCatalogue.load(streamer, config.dataDir);
  try {
    const metrics = new ServiceMetrics(streamer.subgraph);
    metrics.gauge('records_served', 'Movies this streamer serves', () => catalogue.index.size);
    metrics.gauge('store_bytes', 'Size of the native store on disk', () => fs.statSync(catalogue.store.file, { throwIfNoEntry: false })?.size ?? 0);
    const captures = metrics.counter('captures_total', 'Records sent for capture, by outcome (CREATED, DUPLICATE, REJECTED, SKIPPED, FAILED)', ['outcome']);
    const app = createSubgraphApp({
      name: streamer.subgraph,
      sdl: streamerSdl(streamer),
      resolvers: wire(streamerKit(catalogue, captures)),
      metrics,
      context: (identity) => streamerContext(catalogue, identity),
      production: config.production,
      internalSecret: config.internalSecret,
      checks: (schema) => streamerDisagreements(streamer, schema, catalogue.schema),
      internalRoutes: nativeExportRoutes(streamer.subgraph, catalogue.store),
      // Sorting the store for every order takes a while: it starts once the service answers.
      listening: () => catalogue.index.prepare(ordersOf(streamer)),
      close: async () => catalogue.close(),
    });
    logLoaded(catalogue);
    return app;
  } catch (err) {
    catalogue.close();
    throw err;
  }
}
