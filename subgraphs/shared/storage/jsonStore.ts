import fs from 'node:fs/promises';
import { StorageError } from '../errors.js';
import type { StorageAdapter, StoredRow } from './adapter.js';

/** A JSON document `{ "<rootKey>": [ ...records ] }`; a record's key is its array index. */
export class JsonStore implements StorageAdapter {
  readonly kind = 'json' as const;
  readonly untyped = false;

  constructor(
    readonly file: string,
    readonly rootKey: string,
  ) {}

  async readAll(): Promise<StoredRow[]> {
    let document: unknown;
    try {
      document = JSON.parse(await fs.readFile(this.file, 'utf8'));
    } catch (err) {
      throw new StorageError(`Cannot read JSON file ${this.file}: ${(err as Error).message}`, this.file, { cause: err });
    }
    const list = (document as Record<string, unknown> | null)?.[this.rootKey];
    if (!Array.isArray(list)) {
      throw new StorageError(`JSON file ${this.file} has no "${this.rootKey}" array at its root`, this.file);
    }
    return list.map((fields, index) => ({ key: index, location: `/${this.rootKey}/${index}`, fields }));
  }

  close(): void {}
}
