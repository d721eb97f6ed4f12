import path from 'node:path';
import type { StorageConfig } from '../../registry.js';
import type { StorageAdapter } from './adapter.js';
import { CsvStore } from './csvStore.js';
import { JsonStore } from './jsonStore.js';
import { SqliteStore } from './sqliteStore.js';

export type { StorageAdapter, StoredRow } from './adapter.js';

export function openStore(config: StorageConfig, dataDir: string): StorageAdapter {
  const file = path.join(dataDir, config.file);
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
