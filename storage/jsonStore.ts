import fs from 'node:fs/promises';
import path from 'node:path';
import { StorageError } from '../core/errors.js';
import type { AppendReceipt, NativeSnapshot, StorageAdapter, StoredRow } from './adapter.js';
import { replaceFile, syncFolder } from './durableFile.js';
import { WriteJournal } from './journal.js';
import { fileSnapshot } from './snapshot.js';

/**
 * Where new items go in place: right after the last item of the root array, when that array is the
 * document's last member (`…}\n    ]\n}`). The bytes from there on (the tail) are written again after them.
 */
interface Tail {
  offset: number;
  bytes: Buffer;
  /** Spaces before an item ('' in a document on one line). */
  pad: string;
}

/** A JSON document `{ "<rootKey>": [ ...records ] }`; a record's key is its array index. */
export class JsonStore implements StorageAdapter {
  readonly kind = 'json' as const;
  readonly untyped = false;
  /** Items in the root array. */
  private count = 0;
  /**
   * The whole document, kept only while writes cannot go in place (then a write rewrites it, keeping
   * every other root key and the indent); dropped otherwise, so a large store is not held twice.
   */
  private document: Record<string, unknown> | undefined;
  private indent = 2;
  private tail: Tail | undefined;
  private journal: WriteJournal | undefined;
  /** Writes, and the moment a snapshot opens the file, one at a time (see snapshot()). */
  private turn: Promise<unknown> = Promise.resolve();

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
    this.journal ??= await WriteJournal.recover(this.file); // a write a crash cut short is undone first
    const { document, list, text } = await this.readList();
    this.count = list.length;
    this.indent = /^\{\s*\n( +)"/.exec(text)?.[1]?.length ?? 2;
    this.tail = list.length > 0 && Object.keys(document).at(-1) === this.rootKey ? this.findTail(text) : undefined;
    this.document = this.tail ? undefined : document;
    return list.map((fields, index) => ({ key: index, location: `/${this.rootKey}/${index}`, fields }));
  }

  /** The end of the root array's last item, from the end of the text: `}`, then `]`, then that item. */
  private findTail(text: string): Tail | undefined {
    let at = text.length - 1;
    const skipSpace = () => {
      while (at >= 0 && /\s/.test(text[at]!)) at--;
    };
    skipSpace();
    if (text[at] !== '}') return undefined;
    at--;
    skipSpace();
    if (text[at] !== ']') return undefined;
    at--;
    skipSpace();
    const end = at + 1;
    const pad = text.includes('\n') ? ' '.repeat(2 * this.indent) : '';
    return { offset: Buffer.byteLength(text.slice(0, end)), bytes: Buffer.from(text.slice(end)), pad };
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const done = this.turn.then(work, work);
    this.turn = done.catch(() => undefined);
    return done;
  }

  append(records: Record<string, unknown>[]): Promise<AppendReceipt> {
    return this.exclusive(() => this.appendNow(records));
  }

  private async appendNow(records: Record<string, unknown>[]): Promise<AppendReceipt> {
    const from = this.count;
    if (this.tail) {
      // In place: the new items and the tail again, at the tail's offset; nothing else is rewritten.
      const { offset, bytes, pad } = this.tail;
      this.journal ??= await WriteJournal.open(this.file);
      const items = records.map((record) =>
        pad ? `,\n${pad}${JSON.stringify(record, null, this.indent).replaceAll('\n', `\n${pad}`)}` : `,${JSON.stringify(record)}`,
      );
      const inserted = Buffer.from(items.join(''));
      await this.journal.write(this.file, offset, Buffer.concat([inserted, bytes]));
      this.count += records.length;
      this.tail = { ...this.tail, offset: offset + inserted.length };
      return { keys: records.map((_, i) => from + i), from: offset, to: offset + inserted.length };
    }
    // Otherwise (an empty array, or other members after it) the document is written whole: once, when
    // its array was empty; every time, when other members follow it.
    const document = this.document ?? (await this.readList()).document;
    const list = document[this.rootKey] as unknown[];
    list.push(...records);
    const text = `${JSON.stringify(document, null, this.indent)}\n`;
    try {
      await replaceFile(this.file, (handle) => handle.writeFile(text).then(() => undefined));
    } catch (err) {
      list.length = from; // the file was not replaced: neither is the document
      throw new StorageError(`Cannot write JSON file ${this.file}: ${(err as Error).message}`, this.file, { cause: err });
    }
    await syncFolder(path.dirname(this.file));
    this.count = list.length;
    this.tail = Object.keys(document).at(-1) === this.rootKey ? this.findTail(text) : undefined;
    this.document = this.tail ? undefined : document;
    return { keys: records.map((_, i) => from + i), from };
  }

  async readBack(receipt: AppendReceipt): Promise<StoredRow[]> {
    const rowsOf = (list: unknown[]) => receipt.keys.map((key, i) => ({ key, location: `/${this.rootKey}/${key}`, fields: list[i] }));
    if (receipt.to === undefined) return rowsOf((await this.readList()).list.slice(receipt.keys[0], receipt.keys[0]! + receipt.keys.length));
    // Only the bytes just written: `,{…},{…}` read as the array `[{…},{…}]`.
    const handle = await fs.open(this.file, 'r');
    try {
      const bytes = Buffer.alloc(receipt.to - receipt.from);
      await handle.read(bytes, 0, bytes.length, receipt.from);
      return rowsOf(JSON.parse(`[${bytes.toString('utf8').replace(/^\s*,/, '')}]`) as unknown[]);
    } finally {
      await handle.close();
    }
  }

  /**
   * Opened between two writes: a document written in place keeps every byte before its tail's offset
   * (later items go after it), and the tail is sent from memory; a document replaced whole is never
   * written in place afterwards under the name it had (the next write renames a new file over it).
   */
  snapshot(): Promise<NativeSnapshot> {
    return this.exclusive(() =>
      fileSnapshot(this.file, 'application/json', (openSize) => (this.tail ? { length: this.tail.offset, closing: this.tail.bytes } : { length: openSize })),
    );
  }

  close(): void {}
}
