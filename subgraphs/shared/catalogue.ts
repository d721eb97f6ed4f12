// Load one streamer's native store once at start-up: read every record, validate it against the
// streamer's JSON Schema, set aside the invalid ones and exact duplicates (reported, never dropped
// silently and never touched in the file), and index the rest for queries.
import fs from 'node:fs/promises';
import path from 'node:path';
import { movieId, type StorageKind, type StreamerEntry } from '../registry.js';
import { MovieIndex, type MovieEntity } from './movieIndex.js';
import { describeProblem, RecordSchema, type NativeRecord } from './recordSchema.js';
import { seedDataDir } from './paths.js';
import { openStore, type StorageAdapter, type StoredRow } from './storage/index.js';

export type RejectionKind = 'INVALID' | 'DUPLICATE';

export interface RejectedRecord {
  streamer: string;
  location: string;
  kind: RejectionKind;
  reasons: string[];
  /** For a duplicate: the id of the served record it repeats. */
  duplicateOf: string | null;
  /** The record as stored. */
  record: unknown;
}

export interface LoadReport {
  streamer: string;
  storage: StorageKind;
  source: string;
  storedRecords: number;
  servedRecords: number;
  invalidRecords: number;
  duplicateRecords: number;
  rejected: RejectedRecord[];
}

/** What a streamer's folder adds to its registry entry: how its native record reads as a movie. */
export interface StreamerDefinition<E extends MovieEntity, R = any> {
  entry: StreamerEntry;
  /** `record` has passed the streamer's JSON Schema, so it has the shape R describes. */
  toEntity(record: R, key: number): Omit<E, 'id' | 'key' | 'streamer'>;
}

/** Copy the seed store from data/ into DATA_DIR the first time; never overwrite a working copy. */
export async function ensureSeeded(file: string, dataDir: string): Promise<void> {
  const target = path.join(dataDir, file);
  await fs.mkdir(path.dirname(target), { recursive: true });
  try {
    await fs.copyFile(path.join(seedDataDir, file), target, fs.constants.COPYFILE_EXCL);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}

/**
 * Two records are exact duplicates when every field is equal once read through the schema
 * (spaces trimmed, CSV numbers typed); the storage key (row, index, film_id) does not count.
 */
export function fingerprint(record: NativeRecord, fieldNames: readonly string[]): string {
  return JSON.stringify(fieldNames.map((name) => record[name] ?? null));
}

export class StreamerCatalogue<E extends MovieEntity> {
  readonly index = new MovieIndex<E>();
  private readonly fingerprints = new Map<string, string>();

  private constructor(
    readonly definition: StreamerDefinition<E>,
    readonly schema: RecordSchema,
    readonly store: StorageAdapter,
    readonly report: LoadReport,
  ) {}

  static async load<E extends MovieEntity>(definition: StreamerDefinition<E>, dataDir: string): Promise<StreamerCatalogue<E>> {
    const { entry } = definition;
    await ensureSeeded(entry.storage.file, dataDir);
    const store = openStore(entry.storage, dataDir);
    const report: LoadReport = {
      streamer: entry.streamer,
      storage: entry.storage.kind,
      source: entry.storage.file,
      storedRecords: 0,
      servedRecords: 0,
      invalidRecords: 0,
      duplicateRecords: 0,
      rejected: [],
    };
    const catalogue = new StreamerCatalogue(definition, RecordSchema.load(entry.recordSchema), store, report);
    const rows = await store.readAll();
    report.storedRecords = rows.length;
    catalogue.index.add(rows.flatMap((row) => catalogue.admit(row)));
    report.servedRecords = catalogue.index.size;
    return catalogue;
  }

  /** The entity a stored row serves, or nothing when the row is rejected (and then reported). */
  private admit(row: StoredRow): E[] {
    const { entry } = this.definition;
    const record = this.schema.read(row.fields, this.store.untyped);
    const problems = this.schema.validate(record);
    const reject = (kind: RejectionKind, reasons: string[], duplicateOf: string | null = null): E[] => {
      this.report.rejected.push({ streamer: entry.streamer, location: row.location, kind, reasons, duplicateOf, record: row.fields });
      if (kind === 'INVALID') this.report.invalidRecords++;
      else this.report.duplicateRecords++;
      return [];
    };
    if (problems.length > 0) return reject('INVALID', problems.map(describeProblem));

    const native = record as NativeRecord;
    const id = movieId(entry, row.key);
    const print = fingerprint(native, this.schema.fieldNames);
    const original = this.fingerprints.get(print);
    if (original) return reject('DUPLICATE', [`exact duplicate of ${original}: every field is equal`], original);
    this.fingerprints.set(print, id);
    return [{ ...this.definition.toEntity(native, row.key), id, key: row.key, streamer: entry.streamer } as E];
  }

  close(): void {
    this.index.close();
    this.store.close();
  }
}
