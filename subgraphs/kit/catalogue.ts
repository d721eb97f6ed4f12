// Load one streamer's native store once at start-up: read every record, validate it against the
// streamer's JSON Schema, set aside the invalid ones and exact duplicates (reported, never dropped
// silently and never touched in the file), and index the rest for queries.
import fs from 'node:fs/promises';
import path from 'node:path';
import { seedDataDir } from '../../core/paths.js';
import { describeProblem, type FieldProblem, type LoadReportCounts } from '../../core/wire.js';
import { CaptureLog, openStore, type StorageAdapter, type StorageKind, type StoredRow } from '../../storage/index.js';
import type { MovieFields, Served, Streamer } from './definition.js';
import { movieId } from './ids.js';
import { MovieIndex } from './movieIndex.js';
import { RecordSchema, type NativeRecord } from './recordSchema.js';

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

export interface LoadReport extends LoadReportCounts {
  streamer: string;
  storage: StorageKind;
  source: string;
  rejected: RejectedRecord[];
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

export class StreamerCatalogue<R extends object = NativeRecord, F extends MovieFields = MovieFields> {
  readonly index = new MovieIndex<Served<F>>();
  /** Exact-duplicate detection: the key served for each distinct record. */
  private readonly keysByFingerprint = new Map<string, number>();

  private constructor(
    readonly streamer: Streamer<R, F>,
    readonly schema: RecordSchema,
    readonly store: StorageAdapter,
    readonly captures: CaptureLog,
    readonly report: LoadReport,
  ) {}

  static async load<R extends object, F extends MovieFields>(streamer: Streamer<R, F>, dataDir: string): Promise<StreamerCatalogue<R, F>> {
    await ensureSeeded(streamer.storage.file, dataDir);
    const store = openStore(streamer.storage, dataDir);
    const captures = await CaptureLog.open(path.join(dataDir, streamer.subgraph, 'captures.jsonl'));
    const report: LoadReport = {
      streamer: streamer.name,
      storage: streamer.storage.kind,
      source: streamer.storage.file,
      storedRecords: 0,
      servedRecords: 0,
      invalidRecords: 0,
      duplicateRecords: 0,
      rejected: [],
    };
    const catalogue = new StreamerCatalogue(streamer, RecordSchema.load(streamer.recordSchema), store, captures, report);
    catalogue.index.add((await store.readAll()).flatMap((row) => catalogue.admit(row)));
    return catalogue;
  }

  /** A stored or captured record as the schema reads it, with every problem it has. */
  check(fields: unknown): { record: NativeRecord; problems: FieldProblem[] } {
    const record = this.schema.read(fields, this.store.untyped) as NativeRecord;
    const problems = this.schema.validate(record);
    // The streamer's own rules too, on an invalid record as well: one answer holds every problem
    // (a rule checks the types of the fields it reads).
    if (this.streamer.rules && typeof record === 'object' && record !== null) problems.push(...this.streamer.rules(record as R));
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
    return this.keysByFingerprint.has(print) ? movieId(this.streamer.subgraph, this.keysByFingerprint.get(print)!) : undefined;
  }

  /** The served record equal to this one, if any. */
  servedWith(print: string): Served<F> | undefined {
    const key = this.keysByFingerprint.get(print);
    return key === undefined ? undefined : this.index.get(key);
  }

  /** Serve valid records just stored (captured) under their keys. */
  serve(stored: { record: NativeRecord; key: number }[]): Served<F>[] {
    const entities = stored.map(({ record, key }) => this.entityFor(record, key));
    this.index.add(entities);
    return entities;
  }

  private entityFor(record: NativeRecord, key: number): Served<F> {
    const id = movieId(this.streamer.subgraph, key);
    this.keysByFingerprint.set(this.fingerprint(record), key);
    this.report.storedRecords++;
    this.report.servedRecords++;
    // Only records that passed check() are served: they have the shape of the record type.
    return { ...this.streamer.toEntity(record as R, key), id, key, streamer: this.streamer.name };
  }

  /** The entity a stored row serves, or nothing when it is invalid or an exact duplicate (reported). */
  private admit(row: StoredRow): Served<F>[] {
    const { record, problems } = this.check(row.fields);
    const original = problems.length === 0 ? this.servedIdOf(this.fingerprint(record)) : undefined;
    if (problems.length === 0 && !original) return [this.entityFor(record, row.key)];
    this.report.storedRecords++;
    if (original) this.report.duplicateRecords++;
    else this.report.invalidRecords++;
    this.report.rejected.push({
      streamer: this.streamer.name,
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
