// One contract, three native stores: every adapter passes the same suite on tiny real files.
import fs from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StorageError } from '../core/errors.js';
import type { StorageAdapter } from '../storage/adapter.js';
import { CsvStore } from '../storage/csvStore.js';
import { JsonStore } from '../storage/jsonStore.js';
import { SqliteStore } from '../storage/sqliteStore.js';
import { tempDataDir } from './support.js';

// The same three titles in every format; the second needs quoting in CSV and SQL alike.
const titles = ['Amélie', 'Crouching Tiger, "Hidden" Dragon', "Ocean's Eleven"];

interface Fixture {
  kind: string;
  /** Write the three records to a new file in dir; return the adapter over it. */
  write(dir: string): Promise<StorageAdapter>;
  /** An adapter over a file that is not of its format. */
  corrupt(dir: string): Promise<StorageAdapter>;
  missing(dir: string): StorageAdapter;
  location: RegExp;
  titleOf(fields: unknown): unknown;
}

const fixtures: Fixture[] = [
  {
    kind: 'csv',
    async write(dir) {
      const file = path.join(dir, 'data.csv');
      const rows = titles.map((t, i) => `"${t.replaceAll('"', '""')}", ${2000 + i}`);
      await fs.writeFile(file, ['Title,Year', ...rows].join('\n') + '\n');
      return new CsvStore(file);
    },
    async corrupt(dir) {
      const file = path.join(dir, 'bad.csv');
      await fs.writeFile(file, 'Title,Year\n"never closed,2000\n');
      return new CsvStore(file);
    },
    missing: (dir) => new CsvStore(path.join(dir, 'none.csv')),
    location: /^line \d+$/,
    titleOf: (fields) => (fields as Record<string, unknown>).Title,
  },
  {
    kind: 'json',
    async write(dir) {
      const file = path.join(dir, 'data.json');
      await fs.writeFile(file, JSON.stringify({ list: titles.map((Title, i) => ({ Title, Year: 2000 + i })) }));
      return new JsonStore(file, 'list');
    },
    async corrupt(dir) {
      const file = path.join(dir, 'bad.json');
      await fs.writeFile(file, '{"list": [');
      return new JsonStore(file, 'list');
    },
    missing: (dir) => new JsonStore(path.join(dir, 'none.json'), 'list'),
    location: /^\/list\/\d+$/,
    titleOf: (fields) => (fields as Record<string, unknown>).Title,
  },
  {
    kind: 'sqlite',
    async write(dir) {
      const file = path.join(dir, 'data.db');
      const db = new Database(file);
      db.exec('CREATE TABLE Film (film_id INTEGER PRIMARY KEY, title TEXT NOT NULL, year INT NOT NULL)');
      const insert = db.prepare('INSERT INTO Film (film_id, title, year) VALUES (?, ?, ?)');
      titles.forEach((title, i) => insert.run(10 + i * 5, title, 2000 + i));
      db.close();
      return new SqliteStore(file, 'Film', 'film_id');
    },
    async corrupt(dir) {
      const file = path.join(dir, 'bad.db');
      await fs.writeFile(file, 'this is not a database, although it is long enough to look like one at first');
      return new SqliteStore(file, 'Film', 'film_id');
    },
    missing: (dir) => new SqliteStore(path.join(dir, 'none.db'), 'Film', 'film_id'),
    location: /^film_id \d+$/,
    titleOf: (fields) => (fields as Record<string, unknown>).title,
  },
];

describe.each(fixtures)('$kind store', (fixture) => {
  let dir: string;
  let store: StorageAdapter | undefined;
  beforeEach(async () => {
    dir = await tempDataDir();
  });
  afterEach(async () => {
    store?.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('reads every record in storage order, text exactly as written', async () => {
    store = await fixture.write(dir);
    expect(store.kind).toBe(fixture.kind);
    const rows = await store.readAll();
    expect(rows.map((row) => fixture.titleOf(row.fields))).toEqual(titles);
  });

  it('gives each record a distinct, increasing key and a location a person can follow', async () => {
    store = await fixture.write(dir);
    const rows = await store.readAll();
    const keys = rows.map((row) => row.key);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(new Set(keys).size).toBe(rows.length);
    for (const row of rows) expect(row.location).toMatch(fixture.location);
  });

  it('reads the same keys again after a reopen: ids built on them are stable', async () => {
    store = await fixture.write(dir);
    const first = (await store.readAll()).map((row) => row.key);
    store.close();
    expect((await store.readAll()).map((row) => row.key)).toEqual(first);
  });

  it('reports a missing file as a StorageError naming it', async () => {
    store = fixture.missing(dir);
    const error = await store.readAll().catch((err: unknown) => err);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).file).toBe(store.file);
    expect((error as Error).message).toContain(path.basename(store.file));
  });

  it('reports a file that is not of its format as a StorageError', async () => {
    store = await fixture.corrupt(dir);
    await expect(store.readAll()).rejects.toBeInstanceOf(StorageError);
  });
});

describe('csv store specifics', () => {
  it('keeps rows whose field count differs from the header, so they can be reported', async () => {
    const dir = await tempDataDir();
    const file = path.join(dir, 'ragged.csv');
    await fs.writeFile(file, 'Title,Year\nShort\nLong,2000,extra\n');
    const rows = await new CsvStore(file).readAll();
    expect(rows.map((row) => row.fields)).toEqual([{ Title: 'Short' }, { Title: 'Long', Year: '2000', 'column 3': 'extra' }]);
    expect(rows.map((row) => row.location)).toEqual(['line 2', 'line 3']);
  });
});
