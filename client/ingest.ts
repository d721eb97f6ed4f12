// Remote ingest: files pushed by other systems into <folder>/<Streamer>/ (CSV, JSON or JSON Lines)
// go to that streamer's batch capture, record by record. Each file ends in processed/ beside a
// receipt ("N stored, M duplicates, K refused", every refused record by line number with every one
// of its problems in the service's words), or in rejected/ when nothing in it could be read at all.
// Exactly once comes from the service: a record already stored is a DUPLICATE, never stored again,
// so a file cut short by a crash is simply sent again. Nothing outside the inbox is read, moved or
// written: symbolic links are reported and skipped, never followed. One ingest per inbox at a time (lockInbox).
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse';
import { constants, lstatSync, rmSync } from 'node:fs';
import type { Communicate, StreamerInfo } from './communicate.js';
import { ClientErrorCode, ErrorCode, MoviesError } from './communicate.js';
import { inputTypeProblems } from '../core/problems.js';
import { describeProblem, type FieldProblem, type RecordJsonSchema } from '../core/wire.js';
import { namedAsSent, sentNames, toInput } from './inputs.js';

export interface Receipt {
  file: string;
  streamer: string;
  source: string;
  finishedAt: string;
  /** `3 stored, 1 duplicates, 2 refused`: the counts in words. */
  summary: string;
  /** Records read from the file (lines that are no record included). */
  records: number;
  /** Stored now. */
  captured: number;
  /** Already stored: not stored again. */
  duplicates: number;
  refused: number;
  capturedLines: { line: number; id: string }[];
  duplicateLines: { line: number; id: string }[];
  /** Each refused record: its every problem in words (`reasons`), and as the service named them (`problems`). */
  refusedLines: RefusedLine[];
  /** Why nothing in the file could be read at all. */
  error?: string;
  movedTo: 'processed' | 'rejected';
}

export interface RefusedLine {
  line: number;
  reasons: string[];
  /** The field problems; empty for a line that is no record (a ragged row, a line that is not JSON). */
  problems: FieldProblem[];
}

/** The service refused a record (or a batch for one): anything else stops the file. */
const refusal = (err: unknown): err is MoviesError => err instanceof MoviesError && err.code === ErrorCode.BadUserInput;

const refusedLine = (line: number, problems: FieldProblem[]): RefusedLine => ({ line, reasons: problems.map(describeProblem), problems });

export interface IngestOptions {
  communicate: Communicate;
  batchSize?: number;
  /** Progress: records done of a file's total. */
  onProgress?: (file: string, done: number, total: number) => void;
  log?: (line: string) => void;
  /** A path left alone, and why (a symbolic link, a file of another kind). */
  onSkip?: (file: string, reason: string) => void;
}

/** What became of one record sent. */
interface Outcome {
  status: string;
  record: { id: string } | null;
  problems: FieldProblem[];
}

interface Ready {
  line: number;
  input: Record<string, unknown>;
  /** The file's names for the input's fields: problems are named as the file names them. */
  names: Map<string, string>;
}

/** A file's records ready to send to its streamer (by subgraph name): `alone`, those GraphQL would refuse. */
interface Prepared {
  streamer: string;
  ready: Ready[];
  alone: Ready[];
}

interface FileRecord {
  /** Line (CSV, JSON Lines) or item number (JSON), from 1. */
  line: number;
  fields: Record<string, unknown>;
  /** Why this line is no record at all. */
  problem?: string;
}

export const formats = ['.csv', '.json', '.jsonl', '.ndjson'];
/** Records sent one by one (those GraphQL would refuse) go this many requests at a time. */
const aloneAtOnce = 8;
export const doneFolders = ['processed', 'rejected'] as const;
export const symbolicLink = 'symbolic link';
// Reading through a descriptor opened without following: a file swapped for a link after the checks
// is not read either.
const readNoFollow = constants.O_RDONLY | constants.O_NOFOLLOW;

/** Why a path under the inbox must not be acted on; undefined when it is really inside: no symbolic
 * link from the inbox down to it (lstat), and its real path is the inbox's real path joined with it. */
export async function whySkip(inbox: string, target: string): Promise<string | undefined> {
  const relative = path.relative(inbox, target);
  if (!relative || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return 'outside the inbox';
  for (let at = path.resolve(target); at !== path.resolve(inbox); at = path.dirname(at)) {
    if ((await fs.lstat(at)).isSymbolicLink()) return symbolicLink;
  }
  const [realInbox, realTarget] = await Promise.all([fs.realpath(inbox), fs.realpath(target)]);
  return realTarget === path.join(realInbox, relative) ? undefined : 'outside the inbox';
}

async function readRecords(file: string): Promise<FileRecord[]> {
  const extension = path.extname(file).toLowerCase();
  const handle = await fs.open(file, readNoFollow);
  try {
    return extension === '.csv' ? await readCsv(handle) : parseJson(extension, await handle.readFile('utf8'));
  } finally {
    await handle.close();
  }
}

/** A record as read, or, for a line that is no record (a ragged row, a line that is not JSON), why. */
function recordOf(line: number, value: unknown): FileRecord {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { line, fields: value as Record<string, unknown> };
  return { line, fields: {}, problem: `is not a record (a JSON object): ${JSON.stringify(value)?.slice(0, 80)}` };
}

async function readCsv(handle: fs.FileHandle): Promise<FileRecord[]> {
  const records: FileRecord[] = [];
  // Rows of another length than the header's are kept, to be refused one by one, not the whole file.
  const parser = parse({ trim: true, skip_empty_lines: true, info: true, bom: true, relax_column_count: true });
  const input = handle.createReadStream({ autoClose: false });
  input.on('error', (err) => parser.destroy(err));
  input.pipe(parser);
  let header: string[] | undefined;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (!header) {
      header = record;
      continue;
    }
    records.push(
      record.length === header.length
        ? { line: info.lines, fields: Object.fromEntries(header.map((name, i) => [name, record[i]])) }
        : { line: info.lines, fields: {}, problem: `has ${record.length} fields where the header has ${header.length}` },
    );
  }
  return records;
}

/** JSON.parse's complaint, with the line and column of its "position N" (which no editor shows). */
function jsonComplaint(err: Error, text: string): string {
  const position = / in JSON at position (\d+)/.exec(err.message);
  if (!position) return err.message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return `${err.message.slice(0, position.index)} at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}

function parseJson(extension: string, bytes: string): FileRecord[] {
  const text = bytes.replace(/^\uFEFF/, ''); // a byte order mark is no part of the JSON
  if (extension === '.json') {
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (err) {
      throw new Error(jsonComplaint(err as Error, text));
    }
    // A bare array, or a streamer's own document shape: one array under one root key.
    const list = Array.isArray(document) ? document : Object.values(document as object).find(Array.isArray);
    if (!Array.isArray(list)) throw new Error('a JSON file must hold an array of records, or an object with one');
    return list.map((fields, i) => recordOf(i + 1, fields));
  }
  // JSON Lines: a line that is not JSON is refused on its own, by its number.
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      return [recordOf(i + 1, JSON.parse(line))];
    } catch (err) {
      return [{ line: i + 1, fields: {}, problem: `is not JSON: ${(err as Error).message.replace(/ in JSON at position \d+.*$/, '')}` }];
    }
  });
}

/** The files waiting in a folder's streamer folders, oldest name first; symbolic links are reported, not followed. */
export async function pendingFiles(folder: string, onSkip?: (file: string, reason: string) => void): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
    const streamer = path.join(folder, entry.name);
    if (entry.isSymbolicLink()) onSkip?.(streamer, symbolicLink);
    if (!entry.isDirectory()) continue; // a Dirent is lstat's: a link to a folder is no directory
    for (const file of await fs.readdir(streamer, { withFileTypes: true })) {
      const at = path.join(streamer, file.name);
      if (file.isSymbolicLink()) onSkip?.(at, symbolicLink);
      else if (file.isFile() && formats.includes(path.extname(file.name).toLowerCase())) found.push(at);
      else if (file.isFile()) onSkip?.(at, `not a CSV, JSON or JSON Lines file (${formats.join(', ')})`);
    }
  }
  return found.sort();
}

/** Another ingest holds the inbox's lock. */
export class InboxBusyError extends Error {
  constructor(readonly inbox: string, readonly pid: string) {
    super(`another ingest is running on ${inbox} (pid ${pid})`);
  }
}

export const lockName = '.ingest.lock';

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // it runs, as another user
  }
}

/** One ingest per inbox at a time: `<inbox>/.ingest.lock`, created exclusively, holds the pid; a lock
 * whose process no longer runs is taken over. Returns the release, synchronous so it can run on 'exit'. */
export async function lockInbox(inbox: string): Promise<() => void> {
  const lock = path.join(inbox, lockName);
  for (;;) {
    const handle = await fs.open(lock, 'wx').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'EEXIST') return undefined;
      throw err;
    });
    if (handle) {
      await handle.writeFile(`${process.pid}\n`);
      const { dev, ino } = await handle.stat();
      await handle.close();
      return () => {
        // Only our own lock (same inode), never one another run put there; lstat: not through a link.
        const now = lstatSync(lock, { throwIfNoEntry: false });
        if (now?.dev === dev && now.ino === ino) rmSync(lock);
      };
    }
    const held = await fs.readFile(lock, { encoding: 'utf8', flag: readNoFollow }).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined; // released meanwhile: try again
      throw err;
    });
    if (held === undefined) continue;
    const pid = Number(held);
    // No pid yet: a run has just created the lock and not yet written it; held, not stale.
    if (!Number.isInteger(pid) || pid <= 0 || running(pid)) throw new InboxBusyError(inbox, held.trim() || 'unknown');
    await fs.rm(lock, { force: true }); // stale: its run was killed; the loop takes it exclusively again
  }
}

export class Ingester {
  constructor(private readonly options: IngestOptions) {}

  /** The streamer a drop folder is named after; none when the service has no such streamer. */
  private async streamerFor(folderName: string): Promise<StreamerInfo | undefined> {
    return this.options.communicate.streamer(folderName).catch((err: MoviesError) => {
      if (err.code === ClientErrorCode.UnknownStreamer) return undefined;
      throw err;
    });
  }

  /** Every file waiting under the folder, one after the other. */
  async ingestFolder(folder: string): Promise<Receipt[]> {
    const receipts: Receipt[] = [];
    for (const file of await pendingFiles(folder, this.options.onSkip)) {
      const receipt = await this.ingestFile(file);
      if (receipt) receipts.push(receipt);
    }
    return receipts;
  }

  /** A file at <inbox>/<Streamer>/<file>; none when it is skipped (a symbolic link on the way to it). */
  async ingestFile(file: string): Promise<Receipt | undefined> {
    const why = await whySkip(path.dirname(path.dirname(file)), file);
    if (why) {
      this.options.onSkip?.(file, why);
      return undefined;
    }
    const streamerFolder = path.basename(path.dirname(file));
    const source = `remote:${streamerFolder}/${path.basename(file)}`;
    const receipt: Receipt = {
      file: path.basename(file),
      streamer: streamerFolder,
      source,
      finishedAt: '',
      summary: '',
      records: 0,
      captured: 0,
      duplicates: 0,
      refused: 0,
      capturedLines: [],
      duplicateLines: [],
      refusedLines: [],
      movedTo: 'rejected',
    };
    const prepared = await this.prepare(file, streamerFolder, receipt).catch((err: Error) => {
      if (err instanceof MoviesError) throw err; // the service, not the file, is at fault
      // Unreadable, or for no streamer: the file goes to rejected/ whole.
      receipt.error = err.message;
      return undefined;
    });
    if (prepared) {
      // A service that cannot be reached throws from here: the file stays, to be sent on the next run.
      await this.sendAll(file, prepared, source, receipt);
      for (const lines of [receipt.refusedLines, receipt.capturedLines, receipt.duplicateLines]) lines.sort((a, b) => a.line - b.line);
      // rejected/ only when not one line of the file was a record.
      const unreadable = receipt.records > 0 && receipt.refusedLines.filter((refused) => refused.problems.length === 0).length === receipt.records;
      if (unreadable) receipt.error = 'no line of the file is a record';
      receipt.movedTo = unreadable ? 'rejected' : 'processed';
    }
    receipt.captured = receipt.capturedLines.length;
    receipt.duplicates = receipt.duplicateLines.length;
    receipt.refused = receipt.refusedLines.length;
    receipt.summary = `${receipt.captured} stored, ${receipt.duplicates} duplicates, ${receipt.refused} refused`;
    receipt.finishedAt = new Date().toISOString();
    await this.finish(file, receipt);
    this.options.log?.(`${source}: ${receipt.summary}${receipt.error ? ` (${receipt.error})` : ''} → ${receipt.movedTo}/`);
    return receipt;
  }

  /** Every record read: in batches, then those GraphQL would refuse, a few at a time; progress after each. */
  private async sendAll(file: string, { streamer, ready, alone }: Prepared, source: string, receipt: Receipt): Promise<void> {
    let done = receipt.refusedLines.length;
    const progress = (sent: number) => this.options.onProgress?.(file, (done += sent), receipt.records);
    progress(0);
    const batchSize = this.options.batchSize ?? 500;
    for (let at = 0; at < ready.length; at += batchSize) {
      const batch = ready.slice(at, at + batchSize);
      await this.sendBatch(streamer, batch, source, receipt);
      progress(batch.length);
    }
    // Records GraphQL would refuse go one by one: the answer names every problem of each (types
    // and the record's rules at once), and no batch is refused whole for one of them.
    for (let at = 0; at < alone.length; at += aloneAtOnce) {
      const some = alone.slice(at, at + aloneAtOnce);
      await Promise.all(some.map((record) => this.sendOne(streamer, record, source, receipt)));
      progress(some.length);
    }
  }

  private async sendBatch(streamer: string, batch: Ready[], source: string, receipt: Receipt): Promise<void> {
    let outcomes: Outcome[];
    try {
      outcomes = (await this.options.communicate.captureBatch(streamer, batch.map((r) => r.input), { source })).results;
    } catch (err) {
      // The service refused the batch whole (a value this client took for right was not): each
      // record alone, so that the others are stored and each bad one is named.
      if (!refusal(err)) throw err;
      for (const record of batch) await this.sendOne(streamer, record, source, receipt);
      return;
    }
    outcomes.forEach((outcome, i) => this.record(receipt, batch[i]!, outcome));
  }

  private async sendOne(streamer: string, record: Ready, source: string, receipt: Receipt): Promise<void> {
    try {
      this.record(receipt, record, await this.options.communicate.captureOne(streamer, record.input, source));
    } catch (err) {
      if (!refusal(err)) throw err;
      const problems = err.problems.length > 0 ? err.problems : [{ field: 'record', rule: 'refused', message: err.message, value: undefined }];
      receipt.refusedLines.push(refusedLine(record.line, namedAsSent(problems, record.names)));
    }
  }

  private record(receipt: Receipt, { line, names }: Ready, outcome: Outcome): void {
    if (outcome.status === 'CREATED') receipt.capturedLines.push({ line, id: outcome.record!.id });
    else if (outcome.status === 'DUPLICATE') receipt.duplicateLines.push({ line, id: outcome.record!.id });
    else receipt.refusedLines.push(refusedLine(line, namedAsSent(outcome.problems, names)));
  }

  /** Read the file and turn its records into inputs; lines that are no record are refused here. */
  private async prepare(file: string, streamerFolder: string, receipt: Receipt): Promise<Prepared> {
    const streamer = await this.streamerFor(streamerFolder);
    if (!streamer) throw new Error(`no streamer is named ${streamerFolder}`);
    receipt.streamer = streamer.name;
    const records = await readRecords(file).catch((err: Error) => {
      throw new Error(`cannot read ${path.extname(file)} file: ${err.message}`);
    });
    receipt.records = records.length;
    // CSV is text, read as the fields' types; JSON keeps its own types, as the stores do on load.
    const json = path.extname(file).toLowerCase() === '.csv' ? undefined : { schema: streamer.schema as RecordJsonSchema };
    const ready: Ready[] = [];
    const alone: Ready[] = [];
    for (const record of records) {
      if (record.problem) {
        receipt.refusedLines.push({ line: record.line, reasons: [`line ${record.line} ${record.problem}`], problems: [] });
        continue;
      }
      const input = toInput(record.fields, streamer.inputFields, json);
      const names = sentNames(record.fields, streamer.inputFields);
      (inputTypeProblems(input, streamer.inputFields).length > 0 ? alone : ready).push({ line: record.line, input, names });
    }
    return { streamer: streamer.subgraph, ready, alone };
  }

  /** The receipt first, then the file: a crash in between only means the file is sent again. */
  private async finish(file: string, receipt: Receipt): Promise<void> {
    const target = path.join(path.dirname(file), receipt.movedTo);
    // Not recursive: an existing link named processed/ is EEXIST, not a folder made where it points.
    await fs.mkdir(target).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err;
    });
    const why = await whySkip(path.dirname(path.dirname(file)), target);
    if (why) throw new Error(`${target}: ${why}; ${receipt.file} left in place`);
    // A later file of the same name must not overwrite this one or its receipt (nor anything else there).
    const exists = (name: string) => fs.lstat(path.join(target, name)).then(() => true, () => false);
    const taken = (await exists(receipt.file)) || (await exists(`${receipt.file}.receipt.json`));
    const name = taken ? `${path.parse(receipt.file).name}.${receipt.finishedAt.replace(/[:.]/g, '-')}${path.extname(receipt.file)}` : receipt.file;
    // 'wx' creates the receipt or fails: it never writes through a link put there.
    await fs.writeFile(path.join(target, `${name}.receipt.json`), `${JSON.stringify({ ...receipt, file: name }, null, 2)}\n`, { flag: 'wx' });
    await fs.rename(file, path.join(target, name));
  }
}
