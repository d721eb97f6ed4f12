// Load one streamer's native store once at start-up: read every record, validate it against the
// streamer's JSON Schema, set aside the invalid ones and exact duplicates (reported, never dropped
// silently and never touched in the file), and index the rest for queries.
import fs from 'node:fs/promises';
import path from 'node:path';
import { movieId, type StorageKind, type StreamerEntry } from '../registry.js';
import { CaptureLog } from './captureLog.js';
import { MovieIndex, type MovieEntity } from './movieIndex.js';
import { seedDataDir } from './paths.js';
import { describeProblem, RecordSchema, type FieldProblem, type NativeRecord } from './recordSchema.js';
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
  /** Rules a JSON Schema cannot say, checked on load and on capture, on schema-valid records. */
  rules?(record: R): FieldProblem[];
  /** Capture: the native record a GraphQL input describes (names then match the schema ignoring case). */
  toRecord?(input: Record<string, unknown>): Record<string, unknown>;
  /** Capture: input field names that differ from the native ones beyond case, native → input. */
  inputNames?: Record<string, string>;
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

export class StreamerCatalogue<E extends MovieEntity> {
  readonly index = new MovieIndex<E>();
  /** Exact-duplicate detection: the key served for each distinct record. */
  private readonly keysByFingerprint = new Map<string, number>();

  private constructor(
    readonly definition: StreamerDefinition<E>,
    readonly schema: RecordSchema,
    readonly store: StorageAdapter,
    readonly captures: CaptureLog,
    readonly report: LoadReport,
  ) {}

  static async load<E extends MovieEntity>(definition: StreamerDefinition<E>, dataDir: string): Promise<StreamerCatalogue<E>> {
    const { entry } = definition;
    await ensureSeeded(entry.storage.file, dataDir);
    const store = openStore(entry.storage, dataDir);
    const captures = await CaptureLog.open(path.join(dataDir, entry.name, 'captures.jsonl'));
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
    const catalogue = new StreamerCatalogue(definition, RecordSchema.load(entry.recordSchema), store, captures, report);
    catalogue.index.add((await store.readAll()).flatMap((row) => catalogue.admit(row)));
    return catalogue;
  }

  /** A stored or captured record as the schema reads it, with every problem it has. */
  check(fields: unknown): { record: NativeRecord; problems: FieldProblem[] } {
    const record = this.schema.read(fields, this.store.untyped) as NativeRecord;
    const problems = this.schema.validate(record);
    if (problems.length === 0 && this.definition.rules) problems.push(...this.definition.rules(record));
    return { record, problems };
  }

  /**
   * Two records are exact duplicates when every field is equal once read through the schema
   * (spaces trimmed, CSV numbers typed); the storage key (row, index, film_id) does not count.
   */
  fingerprint(record: NativeRecord): string {
    return JSON.stringify(this.schema.fieldNames.map((name) => record[name] ?? null));
  }

  /** The id of the served record equal to this one, if any. */
  servedIdOf(print: string): string | undefined {
    return this.keysByFingerprint.has(print) ? movieId(this.definition.entry, this.keysByFingerprint.get(print)!) : undefined;
  }

  /** The served record equal to this one, if any. */
  servedWith(print: string): E | undefined {
    const key = this.keysByFingerprint.get(print);
    return key === undefined ? undefined : this.index.get(key);
  }

  /** Serve valid records just stored (captured) under their keys. */
  serve(stored: { record: NativeRecord; key: number }[]): E[] {
    const entities = stored.map(({ record, key }) => this.entityFor(record, key));
    this.index.add(entities);
    return entities;
  }

  private entityFor(record: NativeRecord, key: number): E {
    const id = movieId(this.definition.entry, key);
    this.keysByFingerprint.set(this.fingerprint(record), key);
    this.report.storedRecords++;
    this.report.servedRecords++;
    return { ...this.definition.toEntity(record, key), id, key, streamer: this.definition.entry.streamer } as E;
  }

  /** The entity a stored row serves, or nothing when it is invalid or an exact duplicate (reported). */
  private admit(row: StoredRow): E[] {
    const { record, problems } = this.check(row.fields);
    const original = problems.length === 0 ? this.servedIdOf(this.fingerprint(record)) : undefined;
    if (problems.length === 0 && !original) return [this.entityFor(record, row.key)];
    this.report.storedRecords++;
    if (original) this.report.duplicateRecords++;
    else this.report.invalidRecords++;
    this.report.rejected.push({
      streamer: this.definition.entry.streamer,
      location: row.location,
      kind: original ? 'DUPLICATE' : 'INVALID',
      reasons: original ? [`exact duplicate of ${original}: every field is equal`] : problems.map(describeProblem),
      duplicateOf: original ?? null,
      record: row.fields,
    });
    return [];
  }

  close(): void {
    this.index.close();
    this.store.close();
  }
}
