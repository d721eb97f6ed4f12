// `npm run bench [-- <records per streamer>]`: write native stores of that many records per
// streamer (default 100,000) in a temporary DATA_DIR, start the graph over them, and print how long
// loading and typical requests take. Prints numbers; asserts nothing.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';
import { seedDataDir } from '../core/paths.js';
import { gql, startLocalGraph } from '../test/harness.js';

const perStreamer = Number(process.argv[2] ?? 100_000);
const words = ['Star', 'Night', 'Park', 'River', 'Ghost', 'Summer', 'Dragon', 'Queen', 'Road', 'Island', 'Storm', 'Garden'];
const title = (i: number) => `${words[i % 12]} ${words[(i * 7 + 3) % 12]} ${words[(i * 5 + 1) % 12]} ${i}`;
const year = (i: number) => 1950 + (i % 75);
const rating = (i: number) => ['U', 'PG', '12', '12A', '15', '18'][i % 6]!;
const country = (i: number) => ['GB', 'FR', 'USA', 'DE'][i % 4]!;
const range = Array.from({ length: perStreamer }, (_, i) => i);

async function writeStores(dir: string): Promise<void> {
  for (const name of ['ccd', 'oduflix', 'bigforest', 'peartv']) await fs.mkdir(path.join(dir, name), { recursive: true });
  const ccdRows = range.map((i) => [title(i), 'Series', rating(i), country(i), year(i), 'Drama', 'BBC One']);
  await fs.writeFile(
    path.join(dir, 'ccd/data.csv'),
    stringify([['Title', 'TypeProgram', 'Classification', 'Country', 'Year', 'Category', 'Channel'], ...ccdRows]),
  );
  const oduflix = range.map((i) => ({
    Title: title(i), Producer: 'Producer', Year: String(year(i)), Classification: 'Drama', Stars: i % 6, Actors: ['A. Actor'], Country: country(i),
  }));
  await fs.writeFile(path.join(dir, 'oduflix/data.json'), JSON.stringify({ oduflix_catalogue: oduflix }));
  const bigforest = range.map((i) => ({
    Title: title(i), Year: year(i), Category: 'Drama', Rental: 2.99, Purchase: 9.99, Stars: i % 6, Classification: rating(i), Country: country(i),
  }));
  await fs.writeFile(path.join(dir, 'bigforest/data.json'), JSON.stringify({ BigForest_list: bigforest }));
  const db = new Database(path.join(dir, 'peartv/movies.db'));
  db.exec(await fs.readFile(path.join(seedDataDir, 'peartv/DDL.sql'), 'utf8'));
  const insert = db.prepare('INSERT INTO Film (title, classification, country, rental, purchase, stars, year) VALUES (?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => range.forEach((i) => insert.run(title(i), rating(i), country(i), 3.99, 11.99, i % 6, year(i))))();
  db.close();
}

async function time(label: string, runs: number, request: () => Promise<{ errors?: unknown[] }>): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const { errors } = await request();
    samples.push(performance.now() - started);
    if (errors) throw new Error(`${label}: ${JSON.stringify(errors)}`);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(1);
  console.log(`${label.padEnd(58)} p50 ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms   (${runs} runs)`);
}

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'movies-bench-'));
try {
  console.log(`Writing ${perStreamer.toLocaleString('en')} records per streamer to ${dataDir} ...`);
  await writeStores(dataDir);
  const graph = await startLocalGraph({ DATA_DIR: dataDir, NODE_ENV: 'production' });
  for (const [name, ms] of graph.loadTimes) console.log(`${`load ${name} (read, validate, index)`.padEnd(58)} ${ms.toFixed(0).padStart(11)} ms`);
  const url = graph.gatewayUrl;
  const search = 'query($q: String, $from: Int, $after: String, $first: Int) { searchMovies(query: $q, yearFrom: $from, first: $first, after: $after) { totalCount edges { node { id title year } } pageInfo { endCursor } } }';
  await time('searchMovies first 20, no filter', 30, () => gql(url, search, { first: 20 }));
  await time('searchMovies query "night park" (trigram index)', 30, () => gql(url, search, { q: 'night park', first: 20 }));
  await time('searchMovies query "st" (short: scanned)', 10, () => gql(url, search, { q: 'st', first: 20 }));
  await time('searchMovies yearFrom 2020, first 100', 30, () => gql(url, search, { from: 2020, first: 100 }));
  let after: string | null = null;
  await time('searchMovies next page of 20, 30 pages deep', 30, async () => {
    const result = await gql(url, search, { first: 20, after });
    after = result.data?.searchMovies.pageInfo.endCursor ?? null;
    return result;
  });
  await time('pearTvFilms titleContains "ghost", first 20', 30, () =>
    gql(url, '{ pearTvFilms(titleContains: "ghost", first: 20) { totalCount edges { node { id title rental } } } }'),
  );
  await time('movie(id) across the gateway', 30, () => gql(url, '{ movie(id: "bigforest:54321") { id title } }'));
  await graph.close();
} finally {
  await fs.rm(dataDir, { recursive: true, force: true });
}
