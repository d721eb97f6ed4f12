import type { StorageKind } from '../../registry.js';

/** One record as it sits in a native store, before any validation. */
export interface StoredRow {
  /** Stable native key: CSV record number (from 1), JSON array index (from 0), SQLite key column. */
  key: number;
  /** Where the record is, in words a person can follow: `line 12`, `/BigForest_list/3`, `film_id 8`. */
  location: string;
  /** The native fields as stored (CSV: all text). Not always an object in a dirty file. */
  fields: unknown;
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
  close(): void;
}
