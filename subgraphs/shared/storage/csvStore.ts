import fs from 'node:fs';
import { parse } from 'csv-parse';
import { StorageError } from '../errors.js';
import type { StorageAdapter, StoredRow } from './adapter.js';

/** A CSV file with a header row; a record's key is its number after the header, from 1. */
export class CsvStore implements StorageAdapter {
  readonly kind = 'csv' as const;
  readonly untyped = true;
  header: string[] = [];

  constructor(readonly file: string) {}

  async readAll(): Promise<StoredRow[]> {
    const rows: StoredRow[] = [];
    // Rows whose field count differs from the header are kept and reported, not dropped.
    const parser = parse({ trim: true, skip_empty_lines: true, relax_column_count: true, info: true });
    try {
      const input = fs.createReadStream(this.file);
      input.on('error', (err) => parser.destroy(err));
      input.pipe(parser);
      let first = true;
      for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
        if (first) {
          this.header = record;
          first = false;
          continue;
        }
        const fields: Record<string, string> = {};
        record.forEach((value, i) => {
          fields[this.header[i] ?? `column ${i + 1}`] = value;
        });
        rows.push({ key: rows.length + 1, location: `line ${info.lines}`, fields });
      }
    } catch (err) {
      throw new StorageError(`Cannot read CSV file ${this.file}: ${(err as Error).message}`, this.file, { cause: err });
    }
    if (this.header.length === 0) throw new StorageError(`CSV file ${this.file} has no header row`, this.file);
    return rows;
  }

  close(): void {}
}
