// One contract, three native stores: every adapter passes the same suite on tiny real files.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { setTimeout } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StorageError } from '../core/errors.js';
import { repoRoot } from '../core/paths.js';
import type { StorageAdapter, StorageConfig, StoredRow } from '../storage/adapter.js';
import { CsvStore } from '../storage/csvStore.js';
import { openStore } from '../storage/index.js';
import { JsonStore } from '../storage/jsonStore.js';
import { SqliteStore } from '../storage/sqliteStore.js';
import type { AppendLoopJob, ConfirmedBatch } from './fixtures/appendLoop.js';
import { tempDataDir } from './support.js';

// The same three titles in every format; the second needs quoting in CSV and SQL alike.
const titles = ['Amélie', 'Crouching Tiger, "Hidden" Dragon', "Ocean's Eleven"];
// Appended titles: a comma, quotes, an apostrophe and text beyond ASCII.
const newTitles = ['Léon, "The Professional"', "Spirited Away (千と千尋の神隠し) — Chihiro's"];

interface Fixture {
  /** How openStore finds the store; `file` is relative to the data folder. */
  config: StorageConfig;
  /** Write the three seed records (years from 2000) to a new file. */
  seed(file: string): Promise<void>;
  /** The adapter itself, without the GuardedStore that openStore puts around it. */
  adapter(file: string): StorageAdapter;
  /** File content that is not of the format. */
  corrupt: string;
  location: RegExp;
  /** A record as append() takes it and readAll() gives it back (CSV: all text). */
  record(title: string, year: number): Record<string, unknown>;
  titleField: string;
  /** Make the physical write fail for real, at the record titled `refused` or before; returns the repair. */
  breakWrites(file: string, refused: string): Promise<() => Promise<void>>;
  /** What the store holds, read without any adapter: compared before and after a failed write. */
  contents(file: string): Promise<unknown>;
}

// A write goes through the journal `.<name>.journal` beside the file (or, rewriting a JSON document
// whole, a temporary `.<name>.tmp`): a folder in their place makes the write fail before any byte.
async function blockTemporaryFile(file: string): Promise<() => Promise<void>> {
  const blockers = ['journal', 'tmp'].map((suffix) => path.join(path.dirname(file), `.${path.basename(file)}.${suffix}`));
  for (const blocker of blockers) {
    await fs.rm(blocker, { force: true });
    await fs.mkdir(blocker);
  }
  return async () => {
    for (const blocker of blockers) await fs.rmdir(blocker);
  };
}

function withDatabase<T>(file: string, work: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

const fixtures: Fixture[] = [
  {
    config: { kind: 'csv', file: 'data.csv' },
    async seed(file) {
      const rows = titles.map((t, i) => `"${t.replaceAll('"', '""')}", ${2000 + i}`);
      await fs.writeFile(file, ['Title,Year', ...rows].join('\n') + '\n');
    },
    adapter: (file) => new CsvStore(file),
    corrupt: 'Title,Year\n"never closed,2000\n',
    location: /^line \d+$/,
    record: (title, year) => ({ Title: title, Year: String(year) }),
    titleField: 'Title',
    breakWrites: blockTemporaryFile,
    contents: (file) => fs.readFile(file),
  },
  {
    config: { kind: 'json', file: 'data.json', rootKey: 'list' },
    async seed(file) {
      await fs.writeFile(file, JSON.stringify({ list: titles.map((Title, i) => ({ Title, Year: 2000 + i })) }));
    },
    adapter: (file) => new JsonStore(file, 'list'),
    corrupt: '{"list": [',
    location: /^\/list\/\d+$/,
    record: (Title, Year) => ({ Title, Year }),
    titleField: 'Title',
    breakWrites: blockTemporaryFile,
    contents: (file) => fs.readFile(file),
  },
  {
    config: { kind: 'sqlite', file: 'data.db', table: 'Film', keyColumn: 'film_id' },
    async seed(file) {
      withDatabase(file, (db) => {
        db.exec('CREATE TABLE Film (film_id INTEGER PRIMARY KEY, title TEXT NOT NULL, year INT NOT NULL)');
        const insert = db.prepare('INSERT INTO Film (film_id, title, year) VALUES (?, ?, ?)');
        titles.forEach((title, i) => insert.run(10 + i * 5, title, 2000 + i));
      });
    },
    adapter: (file) => new SqliteStore(file, 'Film', 'film_id'),
    corrupt: 'this is not a database, although it is long enough to look like one at first',
    location: /^film_id \d+$/,
    record: (title, year) => ({ title, year }),
    titleField: 'title',
    // The records before `refused` are inserted, then the whole transaction must roll back.
    async breakWrites(file, refused) {
      const literal = `'${refused.replaceAll("'", "''")}'`;
      withDatabase(file, (db) =>
        db.exec(`CREATE TRIGGER fault BEFORE INSERT ON Film WHEN NEW.title = ${literal} BEGIN SELECT RAISE(ABORT, 'injected fault'); END`),
      );
      return async () => {
        withDatabase(file, (db) => db.exec('DROP TRIGGER fault'));
      };
    },
    contents: async (file) => withDatabase(file, (db) => db.prepare('SELECT * FROM Film ORDER BY film_id').all()),
  },
];

const appendLoopScript = path.join(repoRoot, 'test/fixtures/appendLoop.ts');

/** The append loop in a child process; `batches()` are the batches it confirmed so far, whole lines only. */
function spawnAppendLoop(job: AppendLoopJob) {
  const proc = spawn(process.execPath, ['--import', 'tsx', appendLoopScript, JSON.stringify(job)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  proc.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const batches = () => stdout.split('\n').slice(0, -1).map((line) => JSON.parse(line) as ConfirmedBatch);
  // After 'close' every byte the child wrote has been read.
  const closed = new Promise<NodeJS.Signals | null>((resolve) => proc.on('close', (_code, signal) => resolve(signal)));
  const confirmedAtLeast = (count: number) =>
    new Promise<void>((resolve) => {
      proc.stdout.on('data', () => batches().length >= count && resolve());
      void closed.then(() => resolve());
    });
  return { proc, batches, closed, confirmedAtLeast, stderr: () => stderr };
}

const entry = (row: StoredRow) => ({ key: row.key, fields: row.fields });
const keysOf = (rows: StoredRow[]) => rows.map((row) => row.key);

let dir: string;
const opened: StorageAdapter[] = [];
let child: ChildProcess | undefined;
/** Every adapter a test opens is closed after it. */
function open<T extends StorageAdapter>(store: T): T {
  opened.push(store);
  return store;
}
beforeEach(async () => {
  dir = await tempDataDir();
});
afterEach(async () => {
  const running = child;
  child = undefined;
  if (running && running.exitCode === null && running.signalCode === null) {
    const exited = new Promise((resolve) => running.once('close', resolve));
    running.kill('SIGKILL');
    await exited;
  }
  for (const store of opened.splice(0)) store.close();
  await fs.rm(dir, { recursive: true, force: true });
});

describe.each(fixtures)('$config.kind store', (fixture) => {
  const file = () => path.join(dir, fixture.config.file);
  const seedRecords = titles.map((title, i) => fixture.record(title, 2000 + i));
  const newRecords = newTitles.map((title, i) => fixture.record(title, 2010 + i));
  async function seeded(): Promise<StorageAdapter> {
    await fixture.seed(file());
    return open(fixture.adapter(file()));
  }
  /** A new adapter over the same file, as after a restart: it knows only what the file says. */
  const fresh = () => open(fixture.adapter(file()));

  it('reads every record in storage order, text exactly as written', async () => {
    const store = await seeded();
    expect(store.kind).toBe(fixture.config.kind);
    const rows = await store.readAll();
    expect(rows.map((row) => row.fields)).toEqual(seedRecords);
  });

  it('gives each record a distinct, increasing key and a location a person can follow', async () => {
    const rows = await (await seeded()).readAll();
    const keys = keysOf(rows);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(new Set(keys).size).toBe(rows.length);
    for (const row of rows) expect(row.location).toMatch(fixture.location);
  });

  it('reads the same keys again after a reopen: ids built on them are stable', async () => {
    const store = await seeded();
    const first = keysOf(await store.readAll());
    store.close();
    expect(keysOf(await store.readAll())).toEqual(first);
  });

  it('reports a missing file as a StorageError naming it', async () => {
    const store = open(fixture.adapter(path.join(dir, `none${path.extname(fixture.config.file)}`)));
    const error = await store.readAll().catch((err: unknown) => err);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).file).toBe(store.file);
    expect((error as Error).message).toContain(path.basename(store.file));
  });

  it('reports a file that is not of its format as a StorageError', async () => {
    const bad = path.join(dir, `bad${path.extname(fixture.config.file)}`);
    await fs.writeFile(bad, fixture.corrupt);
    await expect(open(fixture.adapter(bad)).readAll()).rejects.toBeInstanceOf(StorageError);
  });

  // Captures land after the stored records under keys of their own, and a restart reads them as sent.
  it('appends records under new distinct keys after the existing ones, text exactly as written', async () => {
    const store = await seeded();
    const before = await store.readAll();
    const { keys } = await store.append(newRecords);
    expect(keys).toHaveLength(newRecords.length);
    expect(keys).toEqual([...new Set(keys)].sort((a, b) => a - b));
    expect(keys[0]).toBeGreaterThan(Math.max(...keysOf(before)));
    const after = await fresh().readAll();
    expect(after.map(entry)).toEqual([...before.map(entry), ...keys.map((key, i) => ({ key, fields: newRecords[i] }))]);
  });

  // Read back is how a capture is confirmed: it must give exactly what was appended, from the file.
  it('reads back exactly the appended records, fields and keys, from the file', async () => {
    const store = await seeded();
    await store.readAll();
    const receipt = await store.append(newRecords);
    const expected = receipt.keys.map((key, i) => ({ key, fields: newRecords[i] }));
    const rows = await store.readBack(receipt);
    expect(rows.map(entry)).toEqual(expected);
    for (const row of rows) expect(row.location).toMatch(fixture.location);
    // Another adapter has nothing but the file (and the header its readAll found) to go by.
    const other = fresh();
    await other.readAll();
    expect((await other.readBack(receipt)).map(entry)).toEqual(expected);
  });

  // Exports send a snapshot while captures go on: it must be the store as of a complete write, in its format.
  it('gives a snapshot, asked for while a write is under way and read after it, that is the store before or after that write', async () => {
    const store = await seeded();
    const before = (await store.readAll()).map(entry);
    const writing = store.append(newRecords);
    const snapshot = await store.snapshot();
    // Read only once the write is done: a snapshot must not change under its reader.
    const { keys } = await writing;
    const bytes = await buffer(snapshot.stream());
    expect(bytes.length).toBe(snapshot.size);
    expect(snapshot.fileName).toBe(path.basename(fixture.config.file));
    const copy = path.join(dir, `snapshot${path.extname(fixture.config.file)}`);
    await fs.writeFile(copy, bytes);
    const read = (await open(fixture.adapter(copy)).readAll()).map(entry);
    const after = [...before, ...keys.map((key, i) => ({ key, fields: newRecords[i] }))];
    expect([before, after]).toContainEqual(read);
    // Once the write is done, a snapshot has it.
    await fs.writeFile(copy, await buffer((await store.snapshot()).stream()));
    expect((await open(fixture.adapter(copy)).readAll()).map(entry)).toEqual(after);
  });

  // Ids are built on keys: a restart must neither renumber records nor hand out a key twice.
  it('keeps every key across a reopen and continues the key sequence after it', async () => {
    const first = await seeded();
    await first.readAll();
    await first.append(newRecords.slice(0, 1));
    const keysBefore = keysOf(await first.readAll());
    first.close();
    const second = fresh();
    expect(keysOf(await second.readAll())).toEqual(keysBefore);
    const { keys } = await second.append(newRecords.slice(1));
    expect(keys[0]).toBeGreaterThan(Math.max(...keysBefore));
    expect(keysOf(await fresh().readAll())).toEqual([...keysBefore, ...keys]);
  });

  // A write that fails half-way must leave the store as it was, say so as a StorageError, and cost
  // no key: the next write succeeds and collides with nothing.
  it('writes all or nothing when the physical write fails, then writes again', async () => {
    await fixture.seed(file());
    const store = open(openStore(fixture.config, dir));
    const before = await store.readAll();
    const batch = [fixture.record('Written, then undone', 2020), fixture.record('Refused by the store', 2021)];
    const repair = await fixture.breakWrites(file(), 'Refused by the store');
    const contents = await fixture.contents(file());

    const error = await store.append(batch).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).file).toBe(file());
    expect(await fixture.contents(file())).toEqual(contents);
    expect(keysOf(await fresh().readAll())).toEqual(keysOf(before));

    await repair();
    const { keys } = await store.append(batch);
    expect(keys.filter((key) => keysOf(before).includes(key))).toEqual([]);
    const after = await fresh().readAll();
    expect(after.map(entry)).toEqual([...before.map(entry), ...keys.map((key, i) => ({ key, fields: batch[i] }))]);
  });

  // A crash at any moment must leave a file its format parses, holding every confirmed batch whole.
  it('keeps a parseable store with every confirmed record after a SIGKILL mid-append', async () => {
    await fixture.seed(file());
    const batchSize = 10;
    const loop = spawnAppendLoop({
      config: fixture.config,
      dataDir: dir,
      record: fixture.record('', 1999),
      titleField: fixture.titleField,
      batches: 2000,
      batchSize,
    });
    child = loop.proc;
    await loop.confirmedAtLeast(3);
    await setTimeout(Math.random() * 20); // so that the kill lands anywhere in a write, run after run
    child.kill('SIGKILL');
    expect(await loop.closed, `the append loop should still be running when killed; stderr: ${loop.stderr()}`).toBe('SIGKILL');
    const confirmed = loop.batches();
    expect(confirmed.length).toBeGreaterThanOrEqual(3);

    const rows = await fresh().readAll();
    const fieldsByKey = new Map(rows.map((row) => [row.key, row.fields]));
    for (const { keys, titles: batchTitles } of confirmed) {
      keys.forEach((key, i) => expect(fieldsByKey.get(key)).toEqual(fixture.record(batchTitles[i]!, 1999)));
    }
    expect(rows.slice(0, titles.length).map((row) => row.fields)).toEqual(seedRecords);
    expect(fieldsByKey.size).toBe(rows.length);
    // The batch in flight at the kill is there whole or not at all.
    const appendedBatches = (rows.length - titles.length) / batchSize;
    expect([confirmed.length, confirmed.length + 1]).toContain(appendedBatches);
  }, 20_000);
});

describe('csv store specifics', () => {
  it('keeps rows whose field count differs from the header, so they can be reported', async () => {
    const file = path.join(dir, 'ragged.csv');
    await fs.writeFile(file, 'Title,Year\nShort\nLong,2000,extra\n');
    const rows = await new CsvStore(file).readAll();
    expect(rows.map((row) => row.fields)).toEqual([{ Title: 'Short' }, { Title: 'Long', Year: '2000', 'column 3': 'extra' }]);
    expect(rows.map((row) => row.location)).toEqual(['line 2', 'line 3']);
  });

  it('appends to a CRLF file with CRLF rows, so that the whole file reads back as written', async () => {
    const file = path.join(dir, 'windows.csv');
    await fs.writeFile(file, 'Title,Year\r\nA,1\r\n');
    const store = new CsvStore(file);
    await store.readAll();
    const receipt = await store.append([{ Title: 'B, "quoted"', Year: 2 }, { Title: 'C', Year: 3 }]);
    expect((await store.readBack(receipt)).map((row) => [row.location, row.fields])).toEqual([
      ['line 3', { Title: 'B, "quoted"', Year: '2' }],
      ['line 4', { Title: 'C', Year: '3' }],
    ]);
    expect((await fs.readFile(file, 'utf8')).split('\r\n')).toEqual(['Title,Year', 'A,1', '"B, ""quoted""",2', 'C,3', '']);
    const again = await new CsvStore(file).readAll();
    expect(again.map((row) => row.fields)).toEqual([{ Title: 'A', Year: '1' }, { Title: 'B, "quoted"', Year: '2' }, { Title: 'C', Year: '3' }]);
  });
});
