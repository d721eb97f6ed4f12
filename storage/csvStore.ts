import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import { StorageError } from '../core/errors.js';
import type { AppendReceipt, StorageAdapter, StoredRow } from './adapter.js';
import { replaceFile, syncFolder } from './durableFile.js';

function countLineBreaks(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) count++;
  return count;
}

/** A CSV file with a header row; a record's key is its number after the header, from 1. */
export class CsvStore implements StorageAdapter {
  readonly kind = 'csv' as const;
  readonly untyped = true;
  header: string[] = [];
  private recordCount = 0;

  constructor(readonly file: string) {}

  async readAll(): Promise<StoredRow[]> {
    const rows = await this.parse(fs.createReadStream(this.file), true, 0);
    if (this.header.length === 0) throw new StorageError(`CSV file ${this.file} has no header row`, this.file);
    this.recordCount = rows.length;
    return rows;
  }

  /** Parse CSV text into rows; `lineOffset` and `keyOffset` place a tail of the file in the whole. */
  private async parse(input: NodeJS.ReadableStream, withHeader: boolean, keyOffset: number, lineOffset = 0): Promise<StoredRow[]> {
    const rows: StoredRow[] = [];
    // Rows whose field count differs from the header are kept and reported, not dropped.
    const parser = parse({ trim: true, skip_empty_lines: true, relax_column_count: true, info: true });
    try {
      input.on('error', (err) => parser.destroy(err));
      input.pipe(parser);
      let needHeader = withHeader;
      for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
        if (needHeader) {
          this.header = record;
          needHeader = false;
          continue;
        }
        const fields: Record<string, string> = {};
        record.forEach((value, i) => {
          fields[this.header[i] ?? `column ${i + 1}`] = value;
        });
        rows.push({ key: keyOffset + rows.length + 1, location: `line ${lineOffset + info.lines}`, fields });
      }
    } catch (err) {
      throw new StorageError(`Cannot read CSV file ${this.file}: ${(err as Error).message}`, this.file, { cause: err });
    }
    return rows;
  }

  async append(records: Record<string, unknown>[]): Promise<AppendReceipt> {
    const columns = this.header.map((name) => name.trim().toLowerCase());
    const rows = records.map((record) => {
      const byName = new Map(Object.entries(record).map(([name, value]) => [name.toLowerCase(), value]));
      return columns.map((column) => byName.get(column) ?? '');
    });
    let receipt: AppendReceipt;
    try {
      const current = await fsp.readFile(this.file);
      // Rows end as the file's own rows do (CRLF or LF), so that the whole file still parses as one CSV.
      const firstBreak = current.indexOf(0x0a);
      const crlf = firstBreak > 0 && current[firstBreak - 1] === 0x0d;
      const lines = stringify(rows, { record_delimiter: crlf ? 'windows' : 'unix' });
      const separator = current.length > 0 && current[current.length - 1] !== 0x0a ? (crlf ? '\r\n' : '\n') : '';
      await replaceFile(this.file, async (handle) => {
        await handle.write(current);
        await handle.write(separator + lines);
      });
      // Renamed into place: these keys are taken now, whatever happens next.
      receipt = {
        keys: records.map((_, i) => this.recordCount + i + 1),
        from: current.length + separator.length,
        linesBefore: countLineBreaks(current) + (separator ? 1 : 0),
      };
      this.recordCount += records.length;
    } catch (err) {
      throw new StorageError(`Cannot write CSV file ${this.file}: ${(err as Error).message}`, this.file, { cause: err });
    }
    await syncFolder(path.dirname(this.file));
    return receipt;
  }

  async readBack(receipt: AppendReceipt): Promise<StoredRow[]> {
    // Only the tail that was appended is read and parsed.
    const tail = fs.createReadStream(this.file, { start: receipt.from });
    const rows = await this.parse(tail, false, receipt.keys[0]! - 1, receipt.linesBefore ?? 0);
    return rows.slice(0, receipt.keys.length);
  }

  close(): void {}
}
