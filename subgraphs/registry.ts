// The one list of services. Adding a streamer is one entry here plus its folder under
// subgraphs/: the catalog, the compose script, the gateway config and `npm start` read this list.

export type StorageKind = 'csv' | 'json' | 'sqlite';

export type StorageConfig =
  | { kind: 'csv'; file: string }
  | { kind: 'json'; file: string; rootKey: string }
  | { kind: 'sqlite'; file: string; table: string; keyColumn: string };

export interface StreamerEntry {
  /** Subgraph and folder name; also the id prefix (`ccd:12`). */
  name: string;
  /** Value of `Movie.streamer`. */
  streamer: string;
  /** The entity type implementing `Movie` in this streamer's subgraph. */
  entityType: string;
  /** Root query fields of the streamer's subgraph. */
  listField: string;
  byIdField: string;
  reportField: string;
  /** Provenance of the records captured into this streamer. */
  capturesField: string;
  port: number;
  /** Native store, relative to DATA_DIR (and to data/ for the seed copy). */
  storage: StorageConfig;
  /** JSON Schema of one native record, in schema/records/. */
  recordSchema: string;
}

export const streamers: readonly StreamerEntry[] = [
  {
    name: 'ccd',
    streamer: 'CCD',
    entityType: 'CcdProgramme',
    listField: 'ccdProgrammes',
    byIdField: 'ccdProgramme',
    reportField: 'ccdLoadReport',
    capturesField: 'ccdCaptures',
    port: 4001,
    storage: { kind: 'csv', file: 'ccd/data.csv' },
    recordSchema: 'ccd.schema.json',
  },
  {
    name: 'oduflix',
    streamer: 'OduFlix',
    entityType: 'OduflixMovie',
    listField: 'oduflixMovies',
    byIdField: 'oduflixMovie',
    reportField: 'oduflixLoadReport',
    capturesField: 'oduflixCaptures',
    port: 4002,
    storage: { kind: 'json', file: 'oduflix/data.json', rootKey: 'oduflix_catalogue' },
    recordSchema: 'oduflix.schema.json',
  },
  {
    name: 'bigforest',
    streamer: 'BigForest',
    entityType: 'BigForestMovie',
    listField: 'bigForestMovies',
    byIdField: 'bigForestMovie',
    reportField: 'bigForestLoadReport',
    capturesField: 'bigForestCaptures',
    port: 4003,
    storage: { kind: 'json', file: 'bigforest/data.json', rootKey: 'BigForest_list' },
    recordSchema: 'bigforest.schema.json',
  },
  {
    name: 'peartv',
    streamer: 'PearTV',
    entityType: 'PearTvFilm',
    listField: 'pearTvFilms',
    byIdField: 'pearTvFilm',
    reportField: 'pearTvLoadReport',
    capturesField: 'pearTvCaptures',
    port: 4004,
    storage: { kind: 'sqlite', file: 'peartv/movies.db', table: 'Film', keyColumn: 'film_id' },
    recordSchema: 'peartv.schema.json',
  },
];

export const catalog = { name: 'catalog', port: 4005 } as const;
export const gateway = { name: 'gateway', port: 4000 } as const;

/** Every subgraph, in the order the supergraph lists them. */
export const subgraphNames: readonly string[] = [...streamers.map((s) => s.name), catalog.name];

export function streamerByName(name: string): StreamerEntry | undefined {
  return streamers.find((s) => s.name === name);
}

export function streamerEntry(name: string): StreamerEntry {
  const entry = streamerByName(name);
  if (!entry) throw new Error(`No streamer named "${name}" in subgraphs/registry.ts`);
  return entry;
}

/** The streamer a global id belongs to: ids are `<subgraph>:<native key>`. */
export function parseMovieId(id: string): { entry: StreamerEntry; key: number } | undefined {
  const match = /^([a-z]+):(\d{1,15})$/.exec(id);
  if (!match) return undefined;
  const entry = streamerByName(match[1]!);
  return entry && { entry, key: Number(match[2]) };
}

/** The capture mutations of a streamer: `capturePearTvFilm` and its batch form `capturePearTvFilms`. */
export function captureFields(entry: StreamerEntry): { one: string; batch: string } {
  return { one: `capture${entry.entityType}`, batch: `capture${entry.entityType}s` };
}

export function movieId(entry: StreamerEntry, key: number): string {
  return `${entry.name}:${key}`;
}
