// Native stores of N generated records per streamer, written the way each streamer keeps them (CSV,
// two JSON documents, a SQLite file), so that start-up reads, validates and indexes real files.
import fs from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';
import { seedDataDir } from '../core/paths.js';

/** Twelve words, three per title: a one-word search ("Dragon") matches about a quarter of every store. */
export const words = ['Star', 'Night', 'Park', 'River', 'Ghost', 'Summer', 'Dragon', 'Queen', 'Road', 'Island', 'Storm', 'Garden'];
export const title = (i: number) => `${words[i % 12]} ${words[(i * 7 + 3) % 12]} ${words[(i * 5 + 1) % 12]} ${i}`;
const year = (i: number) => 1950 + (i % 75);
const rating = (i: number) => ['U', 'PG', '12', '12A', '15', '18'][i % 6]!;
const country = (i: number) => ['GB', 'FR', 'USA', 'DE'][i % 4]!;

/** Write `perStreamer` valid, distinct records into each streamer's store under `dir` (a DATA_DIR). */
export async function writeStores(dir: string, perStreamer: number): Promise<void> {
  const range = Array.from({ length: perStreamer }, (_, i) => i);
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
  // A fresh file each time (a second size writes into the same DATA_DIR).
  await fs.rm(path.join(dir, 'peartv/movies.db'), { force: true });
  const db = new Database(path.join(dir, 'peartv/movies.db'));
  db.exec(await peartvDdl());
  const insert = db.prepare('INSERT INTO Film (title, classification, country, rental, purchase, stars, year) VALUES (?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => range.forEach((i) => insert.run(title(i), rating(i), country(i), 3.99, 11.99, i % 6, year(i))))();
  db.close();
}

/** PearTV's table, as the seed defines it: the raw SQLite baseline inserts into the same shape. */
export function peartvDdl(): Promise<string> {
  return fs.readFile(path.join(seedDataDir, 'peartv/DDL.sql'), 'utf8');
}
