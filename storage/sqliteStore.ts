import Database from 'better-sqlite3';
import { StorageError } from '../core/errors.js';
import type { AppendReceipt, NativeSnapshot, StorageAdapter, StoredRow } from './adapter.js';
import { bufferSnapshot } from './snapshot.js';

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

  /** The table's columns, from the database itself: only these names ever reach SQL text. */
  private columns(): string[] {
    return (this.open().pragma(`table_info("${this.table}")`) as { name: string }[]).map((column) => column.name);
  }

  async append(records: Record<string, unknown>[]): Promise<AppendReceipt> {
    try {
      const db = this.open();
      const columns = this.columns().filter((name) => name !== this.keyColumn);
      const byLowerName = (record: Record<string, unknown>) =>
        new Map(Object.entries(record).map(([name, value]) => [name.toLowerCase(), value]));
      const insert = db.prepare(
        `INSERT INTO "${this.table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      // One transaction: all the records or none. SQLite's journal makes the commit durable.
      const keys = db.transaction(() =>
        records.map((record) => {
          const values = byLowerName(record);
          return Number(insert.run(...columns.map((c) => values.get(c.toLowerCase()) ?? null)).lastInsertRowid);
        }),
      )();
      return { keys, from: keys[0] ?? 0 };
    } catch (err) {
      throw new StorageError(`Cannot insert into table ${this.table} of ${this.file}: ${(err as Error).message}`, this.file, { cause: err });
    }
  }

  async readBack(receipt: AppendReceipt): Promise<StoredRow[]> {
    // One range read for the batch (its keys were given in one transaction), then each key's row.
    const [low, high] = [Math.min(...receipt.keys), Math.max(...receipt.keys)];
    const rows = this.open()
      .prepare(`SELECT * FROM "${this.table}" WHERE "${this.keyColumn}" BETWEEN ? AND ?`)
      .all(low, high) as Record<string, unknown>[];
    const byKey = new Map(rows.map((row) => [Number(row[this.keyColumn]), row]));
    return receipt.keys.flatMap((key) => {
      const row = byKey.get(key);
      if (!row) return [];
      const { [this.keyColumn]: _key, ...fields } = row;
      return [{ key, location: `${this.keyColumn} ${key}`, fields }];
    });
  }

  /**
   * The database as of its last commit, serialised by the connection that writes it (better-sqlite3
   * runs a transaction in one synchronous call, so no write is ever half seen): a valid SQLite file.
   */
  async snapshot(): Promise<NativeSnapshot> {
    return bufferSnapshot(this.file, 'application/vnd.sqlite3', this.open().serialize());
  }

  close(): void {
    this.db?.close();
    this.db = undefined;
  }
}
