// Writes: captures through our gateway (the five steps, the group commit, the native store's
// durable write), next to the cheapest durable write the same disk can do — raw better-sqlite3
// inserts and a CSV line appended and fsynced — so that the cost of capturing can be read off.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { run, runSync, type Sample } from './load.js';
import { captureBatchBody, captureOneBody, captureShapes } from './workloads.js';
import { peartvDdl } from './stores.js';

export interface Measured {
  scenario: string;
  target: string;
  sample: Sample;
}

export interface CaptureSettings {
  gatewayUrl: string;
  /** A user token of scope capture:*. */
  writer: string;
  dataDir: string;
  /** 1,000-record batches sent per store, one after another. */
  batches: number;
  /** How long single captures (32 at once) and the raw one-row loops run. */
  seconds: number;
  connections: number;
}

export const batchSize = 1000;

export async function measureCaptures(settings: CaptureSettings): Promise<Measured[]> {
  const measured: Measured[] = [];
  const headers = { authorization: `Bearer ${settings.writer}` };
  for (const subgraph of Object.keys(captureShapes)) {
    const sample = await run({
      url: settings.gatewayUrl,
      headers,
      body: () => captureBatchBody(subgraph, batchSize),
      // Every record is new: anything but 1,000 created is a failure.
      isError: (status, body) => status !== 200 || !body.includes(`"created":${batchSize}`),
      connections: 1,
      amount: settings.batches,
    });
    measured.push({ scenario: `capture batch of 1,000 → ${subgraph}`, target: 'ours', sample });
  }
  for (const subgraph of Object.keys(captureShapes)) {
    const sample = await run({
      url: settings.gatewayUrl,
      headers,
      body: () => captureOneBody(subgraph),
      isError: (status, body) => status !== 200 || !body.includes('"status":"CREATED"'),
      connections: settings.connections,
      seconds: settings.seconds,
    });
    measured.push({ scenario: `capture one, ${settings.connections} at once → ${subgraph}`, target: 'ours', sample });
  }
  measured.push(...(await rawWrites(settings)));
  return measured;
}

/** The floor: the same kinds of durable write, with nothing around them, in DATA_DIR (the same disk). */
async function rawWrites(settings: CaptureSettings): Promise<Measured[]> {
  const dir = path.join(settings.dataDir, 'bench-raw');
  fs.mkdirSync(dir, { recursive: true });
  // better-sqlite3's defaults, as PearTV's store uses them (rollback journal, synchronous FULL).
  const db = new Database(path.join(dir, 'raw.db'));
  db.exec(await peartvDdl());
  const insert = db.prepare('INSERT INTO Film (title, classification, country, rental, purchase, stars, year) VALUES (?, ?, ?, ?, ?, ?, ?)');
  let n = 0;
  const insertOne = () => void insert.run(`Raw ${n++}`, 'PG', 'GB', 3.49, 9.99, 4, 2001);
  const thousand = db.transaction(() => {
    for (let i = 0; i < batchSize; i++) insertOne();
  });
  const oneRow = db.transaction(insertOne);
  const measured: Measured[] = [
    { scenario: 'raw insert: 1,000 rows, one transaction', target: 'better-sqlite3', sample: runSync(thousand, { times: Math.max(settings.batches, 10) }) },
    { scenario: 'raw insert: one-row transactions', target: 'better-sqlite3', sample: runSync(oneRow, { seconds: settings.seconds }) },
  ];
  db.close();
  const fd = fs.openSync(path.join(dir, 'raw.csv'), 'a');
  const line = Buffer.from('Raw title,Series,15,GB,2001,Drama,BBC Two\n');
  measured.push({
    scenario: 'raw append of a CSV line + fsync',
    target: 'node:fs',
    sample: runSync(() => {
      fs.writeSync(fd, line);
      fs.fsyncSync(fd);
    }, { seconds: settings.seconds }),
  });
  fs.closeSync(fd);
  return measured;
}
