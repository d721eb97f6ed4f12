// The write journal: a write cut short at any byte (simulated here as a crash leaves it: the journal
// says "pending", the file holds part of the new bytes) is undone when the store is opened again.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore, type StorageConfig } from '../storage/index.js';
import { WriteJournal } from '../storage/journal.js';
import { tempDataDir } from './support.js';

let dir: string;
beforeEach(async () => {
  dir = await tempDataDir();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const stores: [string, StorageConfig, string, (title: string) => Record<string, unknown>][] = [
  ['csv', { kind: 'csv', file: 'data.csv' }, 'Title,Year\r\nA,1\r\n', (Title) => ({ Title, Year: 2 })],
  ['json', { kind: 'json', file: 'data.json', rootKey: 'list' }, '{\n    "list": [\n        {\n            "Title": "A"\n        }\n    ]\n}', (Title) => ({ Title })],
];

it.each(stores)('%s: a write cut short at any byte is undone on reopen, and the next write is whole', async (_, config, seed, record) => {
  const file = path.join(dir, config.file);
  await fs.writeFile(file, seed);
  const store = openStore(config, dir);
  await store.readAll();
  await store.append([record('B')]);
  const confirmed = await fs.readFile(file);
  store.close();

  // What a complete write of C would have left, then every prefix of it, as a crash would leave it.
  const probe = openStore(config, dir);
  await probe.readAll();
  await probe.append([record('C')]);
  const complete = await fs.readFile(file);
  probe.close();
  // Where the two differ: a CSV write starts at the end, a JSON one where the array's tail was.
  const differs = [...confirmed].findIndex((byte, i) => byte !== complete[i]);
  const offset = differs < 0 ? confirmed.length : differs;
  for (let cut = offset; cut <= complete.length; cut += Math.max(1, Math.floor((complete.length - offset) / 7))) {
    await fs.writeFile(file, complete.subarray(0, cut));
    const journal = path.join(dir, `.${config.file}.journal`);
    await fs.writeFile(journal, `${JSON.stringify({ offset, tail: confirmed.subarray(offset).toString('base64') })}\n`);
    const reopened = openStore(config, dir);
    const rows = await reopened.readAll();
    reopened.close();
    expect((await fs.readFile(file)).equals(confirmed), `cut at byte ${cut}`).toBe(true);
    expect(rows).toHaveLength(2);
    expect((await fs.readFile(journal, 'utf8')).trim()).toBe('clean');
  }
  const again = openStore(config, dir);
  await again.readAll();
  await again.append([record('D')]);
  const rows = await again.readAll();
  expect(rows.map((row) => (row.fields as { Title: string }).Title)).toEqual(['A', 'B', 'D']);
  again.close();
});

it('creates its journal beside the store only when the store exists', async () => {
  expect(await WriteJournal.recover(path.join(dir, 'none.csv'))).toBeUndefined();
  expect(await fs.readdir(dir)).toEqual([]);
});

it.each([
  ['an empty array', '{\n  "list": []\n}\n'],
  ['an array followed by other members', '{\n  "list": [\n    { "Title": "A" }\n  ],\n  "meta": { "owner": "x" }\n}\n'],
])('json: %s is written whole, keeping every other member, and stays readable write after write', async (_, seed) => {
  await fs.writeFile(path.join(dir, 'data.json'), seed);
  const config: StorageConfig = { kind: 'json', file: 'data.json', rootKey: 'list' };
  const store = openStore(config, dir);
  const before = (await store.readAll()).length;
  for (const title of ['B', 'C']) {
    const receipt = await store.append([{ Title: title }]);
    expect((await store.readBack(receipt)).map((row) => row.fields)).toEqual([{ Title: title }]);
  }
  store.close();
  const document = JSON.parse(await fs.readFile(path.join(dir, 'data.json'), 'utf8')) as { list: { Title: string }[]; meta?: unknown };
  expect(document.list.slice(before).map((item) => item.Title)).toEqual(['B', 'C']);
  expect(document.meta).toEqual(JSON.parse(seed).meta);
});
