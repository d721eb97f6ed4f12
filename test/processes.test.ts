// `npm start` as a newcomer runs it: the compiled services (npm run build), every one in its own
// process, wired by environment variables, logging where it listens; one query through the gateway;
// readiness, a restart after a crash, a clean stop.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { subgraphNames } from '../subgraphs/registry.js';
import { repoRoot } from '../core/paths.js';
import { freePort, gql, stopProcessGroup, tempDataDir } from './support.js';

it('starts every subgraph and the gateway as separate processes configured by the environment', async () => {
  const dataDir = await tempDataDir();
  const env: Record<string, string> = { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production' } as Record<string, string>;
  for (const name of [...subgraphNames, 'gateway']) env[`${name.toUpperCase()}_PORT`] = String(await freePort());
  await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/build.ts')], { cwd: repoRoot });
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist/scripts/start.js')], { cwd: repoRoot, env, detached: true });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  try {
    const gatewayUrl = `http://localhost:${env.GATEWAY_PORT}/`;
    await expect.poll(() => subgraphNames.every((n) => log.includes(`${n} listening at http://127.0.0.1:${env[`${n.toUpperCase()}_PORT`]}/`)) && log.includes(`gateway listening at ${gatewayUrl}`), { timeout: 40_000, interval: 200 }).toBe(true);
    expect(log).toContain('peartv loaded peartv/movies.db (sqlite): 7 stored, 3 served, 0 invalid, 4 duplicates');
    const { data, errors } = await gql(gatewayUrl, '{ searchMovies(query: "Chitty") { edges { node { __typename title } } } }');
    expect(errors).toBeUndefined();
    expect(data.searchMovies.edges).toEqual([{ node: { __typename: 'PearTvFilm', title: 'Chitty Chitty Bang Bang' } }]);
    await expect(fs.stat(path.join(dataDir, 'peartv/movies.db'))).resolves.toBeDefined();

    // Alive and ready: the gateway's /ready asks every subgraph's.
    expect(await (await fetch(new URL('health', gatewayUrl))).json()).toEqual({ status: 'ok' });
    const ready = await fetch(new URL('ready', gatewayUrl));
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { subgraphs: Record<string, string> }).subgraphs).toEqual(Object.fromEntries(subgraphNames.map((n) => [n, 'ready'])));

    // The catalogue web app: its page, and the bundle `npm run build` wrote, served by the compiled gateway.
    expect(await (await fetch(new URL('catalogue', gatewayUrl))).text()).toContain('<script type="module" src="/catalogue/app.js">');
    const bundle = await fetch(new URL('catalogue/app.js', gatewayUrl));
    expect(bundle.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await bundle.text()).toBe(await fs.readFile(path.join(repoRoot, 'dist/catalogue/app.js'), 'utf8'));

    // A crashed service is started again, and says so.
    const pid = Number(/peartv listening at \S+ \(pid (\d+)\)/.exec(log)![1]);
    process.kill(pid, 'SIGKILL');
    await expect.poll(() => (log.match(/peartv listening at/g) ?? []).length, { timeout: 20_000, interval: 200 }).toBe(2);
    expect(log).toMatch(/peartv.*restarted/);
    const again = await gql(gatewayUrl, '{ pearTvFilms(first: 0) { totalCount } }');
    expect(again).toEqual({ data: { pearTvFilms: { totalCount: 3 } } });
  } finally {
    await stopProcessGroup(child);
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}, 60_000);
