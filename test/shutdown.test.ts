// SIGTERM stops a subgraph gracefully: it stops taking requests, finishes the capture under way,
// closes its store and exits 0; every record it confirmed is in the store.
import fs from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { internalTokenHeader } from '../core/auth.js';
import { freePort, gql, internalToken, startSubgraphProcess, tempDataDir } from './support.js';

let dataDir: string | undefined;
afterAll(async () => {
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

it('finishes the capture under way on SIGTERM, then exits 0', async () => {
  dataDir = await tempDataDir();
  const port = await freePort();
  const { child, url } = await startSubgraphProcess('peartv', dataDir, port);
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  expect((await fetch(new URL('ready', url))).status).toBe(200);

  const proof = { [internalTokenHeader]: await internalToken(dataDir, { subject: 'test', scopes: ['capture:*'] }) };
  const inputs = Array.from({ length: 1000 }, (_, i) => ({ title: `Shutdown ${i}`, classification: 'PG', country: 'GB', rental: 1, purchase: 2, stars: 3, year: 2000 }));
  const capture = gql(url, 'mutation($inputs: [PearTvFilmInput!]!) { capturePearTvFilms(inputs: $inputs) { created } }', { inputs }, proof);
  await new Promise((resolve) => setTimeout(resolve, 30)); // the request is on its way
  child.kill('SIGTERM');

  expect(await capture).toEqual({ data: { capturePearTvFilms: { created: 1000 } } });
  expect(await exited).toBe(0);
  await expect(fetch(url)).rejects.toThrow(); // no longer listening
  const db = new Database(path.join(dataDir, 'peartv/movies.db'), { readonly: true });
  expect(db.prepare("SELECT count(*) FROM Film WHERE title LIKE 'Shutdown %'").pluck().get()).toBe(1000);
  db.close();
});
