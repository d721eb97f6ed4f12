import fs from 'node:fs/promises';
import path from 'node:path';
import { StorageError } from '../core/errors.js';
import type { AppendReceipt, StorageAdapter, StoredRow } from './adapter.js';
import { replaceFile, syncFolder } from './durableFile.js';

/** A JSON document `{ "<rootKey>": [ ...records ] }`; a record's key is its array index. */
export class JsonStore implements StorageAdapter {
  readonly kind = 'json' as const;
  readonly untyped = false;
  /** The whole document as read, so a write keeps every other root key and the file's indent. */
  private document: Record<string, unknown> = {};
  private indent = 2;

  constructor(
    readonly file: string,
    readonly rootKey: string,
  ) {}

  private async readList(): Promise<{ document: Record<string, unknown>; list: unknown[]; text: string }> {
    let text: string;
    let document: unknown;
    try {
      text = await fs.readFile(this.file, 'utf8');
      document = JSON.parse(text);
    } catch (err) {
      throw new StorageError(`Cannot read JSON file ${this.file}: ${(err as Error).message}`, this.file, { cause: err });
    }
    const list = (document as Record<string, unknown> | null)?.[this.rootKey];
    if (!Array.isArray(list)) {
      throw new StorageError(`JSON file ${this.file} has no "${this.rootKey}" array at its root`, this.file);
    }
    return { document: document as Record<string, unknown>, list, text };
  }

  async readAll(): Promise<StoredRow[]> {
    const { document, list, text } = await this.readList();
    this.document = document;
    this.indent = /^\{\s*\n( +)"/.exec(text)?.[1]?.length ?? 2;
    return list.map((fields, index) => ({ key: index, location: `/${this.rootKey}/${index}`, fields }));
  }

  async append(records: Record<string, unknown>[]): Promise<AppendReceipt> {
    const list = this.document[this.rootKey] as unknown[];
    const from = list.length;
    list.push(...records);
    try {
      const text = `${JSON.stringify(this.document, null, this.indent)}\n`;
      await replaceFile(this.file, (handle) => handle.writeFile(text).then(() => undefined));
    } catch (err) {
      list.length = from; // the file was not replaced: neither is the document
      throw new StorageError(`Cannot write JSON file ${this.file}: ${(err as Error).message}`, this.file, { cause: err });
    }
    await syncFolder(path.dirname(this.file));
    return { keys: records.map((_, i) => from + i), from };
  }

  async readBack(receipt: AppendReceipt): Promise<StoredRow[]> {
    const { list } = await this.readList();
    return receipt.keys.map((key) => ({ key, location: `/${this.rootKey}/${key}`, fields: list[key] }));
  }

  close(): void {}
}
