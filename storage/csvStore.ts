import fs from 'node:fs';
import { Readable } from 'node:stream';
import fsp from 'node:fs/promises';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import { StorageError } from '../core/errors.js';
import type { AppendReceipt, NativeSnapshot, StorageAdapter, StoredRow } from './adapter.js';
import { WriteJournal } from './journal.js';
import { fileSnapshot } from './snapshot.js';

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
  /** The file's size and its way of ending lines, read once; every append adds to the end. */
  private size = 0;
  /** Line breaks before the end of the file, to number the lines appended rows are on. */
  private linesBefore = 0;
  private crlf = false;
  private endsWithLineBreak = true;
  private journal: WriteJournal | undefined;

  constructor(readonly file: string) {}

  async readAll(): Promise<StoredRow[]> {
    this.journal ??= await WriteJournal.recover(this.file); // a write a crash cut short is undone first
    const bytes = await fsp.readFile(this.file).catch((err: Error) => {
      throw new StorageError(`Cannot read CSV file ${this.file}: ${err.message}`, this.file, { cause: err });
    });
    this.size = bytes.length;
    const firstBreak = bytes.indexOf(0x0a);
    this.crlf = firstBreak > 0 && bytes[firstBreak - 1] === 0x0d;
    this.endsWithLineBreak = bytes.length === 0 || bytes[bytes.length - 1] === 0x0a;
    this.linesBefore = countLineBreaks(bytes);
    const rows = await this.parse(Readable.from([bytes]), true, 0);
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

  /** Rows at the end of the file, in its own line breaks (CRLF or LF); nothing before them is rewritten. */
  async append(records: Record<string, unknown>[]): Promise<AppendReceipt> {
    const columns = this.header.map((name) => name.trim().toLowerCase());
    const rows = records.map((record) => {
      const byName = new Map(Object.entries(record).map(([name, value]) => [name.toLowerCase(), value]));
      return columns.map((column) => byName.get(column) ?? '');
    });
    const lineBreak = this.crlf ? '\r\n' : '\n';
    const separator = this.endsWithLineBreak ? '' : lineBreak;
    const bytes = Buffer.from(separator + stringify(rows, { record_delimiter: this.crlf ? 'windows' : 'unix' }));
    this.journal ??= await WriteJournal.open(this.file);
    await this.journal.write(this.file, this.size, bytes);
    // Durable from here: these keys are taken now, whatever happens next.
    const receipt = {
      keys: records.map((_, i) => this.recordCount + i + 1),
      from: this.size + Buffer.byteLength(separator),
      linesBefore: this.linesBefore + (separator ? 1 : 0),
    };
    this.recordCount += records.length;
    this.size += bytes.length;
    this.linesBefore += countLineBreaks(bytes);
    this.endsWithLineBreak = true;
    return receipt;
  }

  async readBack(receipt: AppendReceipt): Promise<StoredRow[]> {
    // Only the tail that was appended is read and parsed.
    const tail = fs.createReadStream(this.file, { start: receipt.from });
    const rows = await this.parse(tail, false, receipt.keys[0]! - 1, receipt.linesBefore ?? 0);
    return rows.slice(0, receipt.keys.length);
  }

  /** Rows are only ever appended: the bytes up to the end of the last complete write never change. */
  snapshot(): Promise<NativeSnapshot> {
    return fileSnapshot(this.file, 'text/csv; charset=utf-8', () => ({ length: this.size }));
  }

  close(): void {}
}
