// What a streamer's folder declares (its definition), and everything derived from it: the subgraph
// name, the store's place, the record schema's file, and every root field and type name of its API.
// Names are derived from two words only: the streamer's name and its entity type.
import type { StorageConfig } from '../../storage/index.js';
import type { FieldProblem } from '../../core/wire.js';

/** The fields of the shared `Movie` interface that a streamer maps its native record to. */
export interface MovieFields {
  title: string;
  year: number | null;
  country: string | null;
  classification: string | null;
  genre: string | null;
  stars: number | null;
  /** Prices, for a streamer that rents or sells (its entity type has them); absent otherwise. */
  rental?: number | null;
  purchase?: number | null;
}

/** A movie as served: its fields, plus the global id, the native key and the streamer's name. */
export type Served<F extends MovieFields = MovieFields> = F & { id: string; key: number; streamer: string };
export type MovieEntity = Served;

/** The optional filters of a streamer's list field, beside titleContains, yearFrom and yearTo. */
export const listFilters = ['country', 'classification', 'genre', 'minStars', 'maxRental', 'maxPurchase'] as const;
export type ListFilter = (typeof listFilters)[number];
/** Each filter's GraphQL argument type, as the list fields declare it and the catalog sends it. */
export const filterTypes: Record<ListFilter, 'String' | 'Int' | 'Float'> = { country: 'String', classification: 'String', genre: 'String', minStars: 'Int', maxRental: 'Float', maxPurchase: 'Float' };

/** How a streamer offers its movies: CCD broadcasts, OduFlix is a subscription, BigForest and PearTV rent or sell. */
export type OfferKind = 'BROADCAST' | 'SUBSCRIPTION' | 'RENT_OR_BUY';

/** The orders of a list and of the catalog's search; TITLE is the default. */
export const orderFields = ['TITLE', 'YEAR', 'STARS', 'RENTAL', 'PURCHASE'] as const;
export type OrderField = (typeof orderFields)[number];
export type OrderDirection = 'ASC' | 'DESC';
export interface MovieOrder {
  field: OrderField;
  direction: OrderDirection;
}
export const titleOrder: MovieOrder = { field: 'TITLE', direction: 'ASC' };

/** The filter each order needs: a streamer orders by stars, rental or purchase only if it can filter on it. */
const filterOfOrder: Record<OrderField, ListFilter | null> = { TITLE: null, YEAR: null, STARS: 'minStars', RENTAL: 'maxRental', PURCHASE: 'maxPurchase' };

/** The field a filter or order needs, as people say it: "CCD has no stars". */
export const fieldWords: Record<ListFilter, string> = {
  country: 'country',
  classification: 'age rating (classification)',
  genre: 'genre',
  minStars: 'stars',
  maxRental: 'rental prices',
  maxPurchase: 'purchase prices',
};

/** Every order a streamer's list serves: each field it has, in both directions. */
export function ordersOf(streamer: Pick<StreamerSpec<NativeRecord, MovieFields>, 'filters'>): MovieOrder[] {
  return orderFields.filter((field) => !missingForOrder(streamer, field)).flatMap((field) => (['ASC', 'DESC'] as const).map((direction) => ({ field, direction })));
}

/** The filter a streamer lacks for an order, if any. */
export function missingForOrder(streamer: Pick<StreamerSpec<NativeRecord, MovieFields>, 'filters'>, field: OrderField): ListFilter | undefined {
  const needed = filterOfOrder[field];
  return needed && !streamer.filters.includes(needed) ? needed : undefined;
}

// Generated record interfaces have no index signature, so a record type is any object type.
type NativeRecord = object;

/** What a streamer's folder says about it (subgraphs/<name>/streamer.ts). */
export interface StreamerSpec<R extends NativeRecord, F extends MovieFields> {
  /** As people write it: CCD, OduFlix, PearTV. In lower case it names the subgraph, its folder and its ids. */
  name: string;
  /** The type implementing Movie in its subgraph; its API's field and type names derive from it. */
  entityType: string;
  /** Default port of its subgraph. */
  port: number;
  /** Its native store; `file` is inside the streamer's folder of DATA_DIR (and of data/ for the seed). */
  storage: StorageConfig;
  /** The list field's filters beyond title and year: those its records can answer. */
  filters: readonly ListFilter[];
  /** How it offers its movies, as whereToWatch and the streamers' metadata say. */
  offeredAs: OfferKind;
  /** A record that passed the JSON Schema, as the entity type's fields. */
  toEntity(record: R, key: number): F;
  /** Rules a JSON Schema cannot say, checked on load and on capture, on every record (check the types of the fields read). */
  rules?(record: R): FieldProblem[];
  /** Input field names that differ from the native ones beyond the case of the first letter, native → input. */
  inputNames?: Readonly<Record<string, string>>;
}

/** The root fields and types of a streamer's subgraph, all derived from its entity type. */
export interface ApiNames {
  entityType: string;
  list: string;
  byId: string;
  loadReport: string;
  captures: string;
  /** Aggregates over its index: `pearTvStats`. */
  stats: string;
  captureOne: string;
  captureBatch: string;
  edgeType: string;
  connectionType: string;
  inputType: string;
  captureType: string;
  batchCaptureType: string;
}

/** A streamer as every layer uses it: its spec plus everything derived from it. */
export interface Streamer<R extends NativeRecord = NativeRecord, F extends MovieFields = MovieFields> extends StreamerSpec<R, F> {
  /** Subgraph and folder name, id prefix, scope suffix: the name in lower case. */
  subgraph: string;
  /** The store, with `file` relative to DATA_DIR. */
  storage: StorageConfig;
  /** Its JSON Schema's file name in schema/records/. */
  recordSchema: string;
  api: ApiNames;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * `PearTvFilm` → `pearTvFilms`, `pearTvFilm`, `pearTvLoadReport`, `pearTvCaptures`,
 * `capturePearTvFilm`, `capturePearTvFilms`: the streamer's own word is the type name without its
 * last word (Film, Movie, Programme).
 */
export function apiNames(entityType: string): ApiNames {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(entityType)) throw new Error(`Entity type "${entityType}" must be a GraphQL type name in PascalCase`);
  const byId = lowerFirst(entityType);
  const own = lowerFirst(entityType.replace(/[A-Z][a-z0-9]*$/, '')) || byId;
  return {
    entityType,
    list: `${byId}s`,
    byId,
    loadReport: `${own}LoadReport`,
    captures: `${own}Captures`,
    stats: `${own}Stats`,
    captureOne: `capture${entityType}`,
    captureBatch: `capture${entityType}s`,
    edgeType: `${entityType}Edge`,
    connectionType: `${entityType}Connection`,
    inputType: `${entityType}Input`,
    captureType: `${entityType}Capture`,
    batchCaptureType: `${entityType}BatchCapture`,
  };
}

/** The type name of a streamer's native record: `PearTvFilm` → `PearTvRecord`. */
export function recordTypeName(entityType: string): string {
  return `${entityType.replace(/[A-Z][a-z0-9]*$/, '') || entityType}Record`;
}

export function defineStreamer<R extends NativeRecord, F extends MovieFields>(spec: StreamerSpec<R, F>): Streamer<R, F> {
  const subgraph = spec.name.toLowerCase();
  if (!/^[a-z][a-z0-9]*$/.test(subgraph)) throw new Error(`Streamer name "${spec.name}" must be letters and digits, starting with a letter`);
  return {
    ...spec,
    subgraph,
    storage: { ...spec.storage, file: `${subgraph}/${spec.storage.file}` },
    recordSchema: `${subgraph}.schema.json`,
    api: apiNames(spec.entityType),
  };
}

/** The capture input's name for a native field: `TypeProgram` → `typeProgram`, unless the spec says otherwise. */
export function inputNameOf(streamer: Pick<StreamerSpec<NativeRecord, MovieFields>, 'inputNames'>, nativeName: string): string {
  return streamer.inputNames?.[nativeName] ?? lowerFirst(nativeName);
}
