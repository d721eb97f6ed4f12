// The storage boundary: opens the adapter for a kind of store, and turns every failure of any
// adapter method into a StorageError (STORAGE_UNAVAILABLE), whatever the adapter threw.
import path from 'node:path';
import { StorageError } from '../core/errors.js';
import { traced } from '../core/tracing.js';
import type { AppendReceipt, NativeSnapshot, StorageAdapter, StorageConfig, StoredRow } from './adapter.js';
import { CsvStore } from './csvStore.js';
import { JsonStore } from './jsonStore.js';
import { SqliteStore } from './sqliteStore.js';

export type { AppendReceipt, NativeSnapshot, StorageAdapter, StorageConfig, StorageKind, StoredRow } from './adapter.js';
export { CaptureLog, type Capture } from './captureLog.js';

export const storageKinds = ['csv', 'json', 'sqlite'] as const;

function adapterFor(config: StorageConfig, file: string): StorageAdapter {
  switch (config.kind) {
    case 'csv':
      return new CsvStore(file);
    case 'json':
      return new JsonStore(file, config.rootKey);
    case 'sqlite':
      return new SqliteStore(file, config.table, config.keyColumn);
    default: {
      const unknownKind: never = config;
      throw new Error(`Unknown storage kind ${JSON.stringify(unknownKind)}`);
    }
  }
}

/** Every method's failure, coded: a StorageError naming the file and what was being done. */
export class GuardedStore implements StorageAdapter {
  constructor(private readonly adapter: StorageAdapter) {}

  get kind() {
    return this.adapter.kind;
  }
  get file() {
    return this.adapter.file;
  }
  get untyped() {
    return this.adapter.untyped;
  }

  private async guard<T>(method: string, doing: string, work: () => Promise<T>): Promise<T> {
    try {
      return await traced(`store.${method}`, { 'store.file': this.file, 'store.kind': this.kind }, work);
    } catch (err) {
      if (err instanceof StorageError) throw err;
      throw new StorageError(`Cannot ${doing} ${this.file}: ${(err as Error).message}`, this.file, { cause: err });
    }
  }

  readAll(): Promise<StoredRow[]> {
    return this.guard('readAll', 'read', () => this.adapter.readAll());
  }
  append(records: Record<string, unknown>[]): Promise<AppendReceipt> {
    return this.guard('append', 'write to', () => this.adapter.append(records));
  }
  readBack(receipt: AppendReceipt): Promise<StoredRow[]> {
    return this.guard('readBack', 'read back from', () => this.adapter.readBack(receipt));
  }
  snapshot(): Promise<NativeSnapshot> {
    return this.guard('snapshot', 'take a snapshot of', () => this.adapter.snapshot());
  }
  close(): void {
    this.adapter.close();
  }
}

export function openStore(config: StorageConfig, dataDir: string): StorageAdapter {
  return new GuardedStore(adapterFor(config, path.join(dataDir, config.file)));
}
