import type { Readable } from 'node:stream';

/** The kinds of native store this service can own. */
export type StorageKind = 'csv' | 'json' | 'sqlite';

/** Where and how a native store keeps its records; `file` is relative to DATA_DIR (and to data/ for the seed). */
export type StorageConfig =
  | { kind: 'csv'; file: string }
  | { kind: 'json'; file: string; rootKey: string }
  | { kind: 'sqlite'; file: string; table: string; keyColumn: string };

/** One record as it sits in a native store, before any validation. */
export interface StoredRow {
  /** Stable native key: CSV record number (from 1), JSON array index (from 0), SQLite key column. */
  key: number;
  /** Where the record is, in words a person can follow: `line 12`, `/BigForest_list/3`, `film_id 8`. */
  location: string;
  /** The native fields as stored (CSV: all text). Not always an object in a dirty file. */
  fields: unknown;
}

/** Where a batch of appended records went, so that they can be read back from the file. */
export interface AppendReceipt {
  keys: number[];
  /** Where the appended records begin: a byte offset (CSV, JSON written in place) or an array index (JSON rewritten whole). */
  from: number;
  /** CSV: the line breaks before `from`, to number the lines read back. */
  linesBefore?: number;
  /** JSON written in place: the byte offset where the new items end. */
  to?: number;
}

/**
 * The native store as published at one moment: the bytes of its last complete write, never a write
 * half done, whatever is being written while they are read.
 */
export interface NativeSnapshot {
  /** The native format's media type: text/csv, application/json, application/vnd.sqlite3. */
  mediaType: string;
  /** The store's own file name, like `movies.db`. */
  fileName: string;
  /** Length in bytes. */
  size: number;
  /** The bytes; read them once. */
  stream(): Readable;
}

/** The one storage contract every native store implements; only adapters touch files. */
export interface StorageAdapter {
  readonly kind: StorageKind;
  /** Absolute path of the native file. */
  readonly file: string;
  /** True when the format has no types (CSV), so the schema's types must be read from text. */
  readonly untyped: boolean;
  /** Every record in storage order. Called once at start-up. */
  readAll(): Promise<StoredRow[]>;
  /**
   * Write records at the end of the store, all or none, durably (fsync) and so that a crash at any
   * moment leaves a file its format can parse. readAll() must have run first.
   */
  append(records: Record<string, unknown>[]): Promise<AppendReceipt>;
  /** Read appended records back from the file itself, not from memory. */
  readBack(receipt: AppendReceipt): Promise<StoredRow[]>;
  /** The store as of its last complete write (for exports), while writes go on. readAll() must have run first. */
  snapshot(): Promise<NativeSnapshot>;
  close(): void;
}
