import Database from 'better-sqlite3';
import { StorageError } from '../errors.js';
import type { StorageAdapter, StoredRow } from './adapter.js';

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** One table of a SQLite database; a record's key is its integer key column. Prepared statements only. */
export class SqliteStore implements StorageAdapter {
  readonly kind = 'sqlite' as const;
  readonly untyped = false;
  private db: Database.Database | undefined;

  constructor(
    readonly file: string,
    readonly table: string,
    readonly keyColumn: string,
  ) {
    // Table and column names come from the registry, never from a request; checked all the same.
    if (!identifier.test(table) || !identifier.test(keyColumn)) {
      throw new StorageError(`Invalid table or key column name "${table}.${keyColumn}"`, file);
    }
  }

  private open(): Database.Database {
    if (!this.db) {
      try {
        this.db = new Database(this.file, { fileMustExist: true });
      } catch (err) {
        throw new StorageError(`Cannot open SQLite database ${this.file}: ${(err as Error).message}`, this.file, { cause: err });
      }
    }
    return this.db;
  }

  async readAll(): Promise<StoredRow[]> {
    try {
      const rows = this.open()
        .prepare(`SELECT * FROM "${this.table}" ORDER BY "${this.keyColumn}"`)
        .all() as Record<string, unknown>[];
      return rows.map(({ [this.keyColumn]: key, ...fields }) => ({
        key: Number(key),
        location: `${this.keyColumn} ${key}`,
        fields,
      }));
    } catch (err) {
      if (err instanceof StorageError) throw err;
      throw new StorageError(`Cannot read table ${this.table} of ${this.file}: ${(err as Error).message}`, this.file, { cause: err });
    }
  }

  close(): void {
    this.db?.close();
    this.db = undefined;
  }
}
