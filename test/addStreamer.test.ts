// `npm run add-streamer` as a newcomer uses it, in a temporary copy of the project: scaffold a
// streamer of each storage kind, type-check, start the whole graph, capture into each new streamer
// from the CLI and from a drop folder, and find the records with searchMovies. Nothing else is edited.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../core/paths.js';
import { subgraphNames } from '../subgraphs/registry.js';
import { freePort, gql, stopProcessGroup } from './support.js';

const run = promisify(execFile);
const tsx = (copy: string, script: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', path.join(copy, script), ...args], { cwd: copy, env: { ...process.env, DATA_DIR: path.join(root, 'data') } });
const git = (copy: string, ...args: string[]) => run('git', ['-c', 'user.name=test', '-c', 'user.email=test@localhost', ...args], { cwd: copy });

const added = [
  { name: 'Netflux', storage: 'json', inbox: 'Title,Year,Country,Classification,Stars\nWonka,2023,GB,PG,4\n' },
  { name: 'Boxy', storage: 'csv', inbox: 'Title,Year,Country,Classification,Stars\nWonka,2023,FR,U,3\n' },
  { name: 'Reel', storage: 'sqlite', inbox: '{"title": "Wonka", "year": 2023, "country": "USA", "classification": "12A", "stars": 5}\n' },
];

let root: string;
let copy: string;
let graph: ChildProcess | undefined;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'movies-scaffold-'));
  copy = path.join(root, 'project');
  // The project's own files (tracked or new, not ignored), with the installed packages beside them.
  const { stdout } = await run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repoRoot, maxBuffer: 1 << 24 });
  for (const file of stdout.split('\0').filter(Boolean)) {
    const exists = await fs.stat(path.join(repoRoot, file)).then(() => true, () => false);
    if (exists) await fs.cp(path.join(repoRoot, file), path.join(copy, file));
  }
  await fs.symlink(path.join(repoRoot, 'node_modules'), path.join(copy, 'node_modules'));
  await git(copy, 'init', '-q');
  await git(copy, 'add', '-A');
  await git(copy, 'commit', '-qm', 'before');
}, 60_000);

afterAll(async () => {
  if (graph) await stopProcessGroup(graph);
  await fs.rm(root, { recursive: true, force: true });
});

it('adds a streamer of each storage kind that search, lookup, the capture CLI and ingest serve with no other edit', async () => {
  for (const { name, storage } of added) await tsx(copy, 'scripts/addStreamer.ts', name, '--storage', storage);

  // Only the new folders, schemas and stores, the registry line, the scripts and generated files changed.
  const { stdout: status } = await git(copy, 'status', '--porcelain', '--untracked-files=all');
  const changed = status.split('\n').filter(Boolean).map((line) => line.slice(3));
  const generated = /^(schema\/(subgraphs\/|supergraph|api)|subgraphs\/generated\/|client\/generated\/)/;
  const own = (file: string) => added.some(({ name }) => file.startsWith(`subgraphs/${name.toLowerCase()}/`) || file.startsWith(`data/${name.toLowerCase()}/`) || file === `schema/records/${name.toLowerCase()}.schema.json`);
  expect(changed.filter((file) => !generated.test(file) && !own(file))).toEqual(['package.json', 'subgraphs/registry.ts']);
  const { stdout: registryDiff } = await git(copy, 'diff', '--unified=0', 'subgraphs/registry.ts');
  expect(registryDiff.split('\n').filter((line) => /^[+-][^+-]/.test(line))).toHaveLength(added.length * 2);

  // The generated resolver types and wiring of the new streamers type-check.
  await run(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', copy]);

  const dataDir = path.join(root, 'data');
  const env: Record<string, string> = { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production' } as Record<string, string>;
  for (const name of [...subgraphNames, ...added.map((a) => a.name.toLowerCase()), 'gateway']) env[`${name.toUpperCase()}_PORT`] = String(await freePort());
  graph = spawn(process.execPath, ['--import', 'tsx', path.join(copy, 'scripts/start.ts')], { cwd: copy, env, detached: true });
  let log = '';
  graph.stdout!.on('data', (chunk) => (log += chunk));
  graph.stderr!.on('data', (chunk) => (log += chunk));
  const gatewayUrl = `http://localhost:${env.GATEWAY_PORT}/`;
  await expect.poll(() => log.includes(`gateway listening at ${gatewayUrl}`) && (log.match(/listening at/g) ?? []).length === 9, { timeout: 60_000, interval: 200 }).toBe(true);

  const inbox = path.join(root, 'inbox');
  for (const { name, inbox: content } of added) {
    const subgraph = name.toLowerCase();
    const record = { title: `Paddington in ${name}`, year: 2024, country: 'GB', classification: 'PG', stars: 4 };
    const captured = await tsx(copy, 'client/bin/capture.ts', '--url', gatewayUrl, '--streamer', subgraph, '--record', JSON.stringify(record));
    expect(captured.stdout).toContain(`Stored and confirmed: ${subgraph}:`);
    await fs.mkdir(path.join(inbox, name), { recursive: true });
    await fs.writeFile(path.join(inbox, name, content.startsWith('{') ? 'new.jsonl' : 'new.csv'), content);
  }
  const ingested = await tsx(copy, 'client/bin/ingest.ts', inbox, '--url', gatewayUrl);
  for (const { name } of added) expect(ingested.stdout).toContain(`remote:${name}/new.`);

  const { data, errors } = await gql(
    gatewayUrl,
    `{ searchMovies(streamers: ${JSON.stringify(added.map((a) => a.name))}, first: 10) { totalCount edges { node { __typename id streamer title year country } } } }`,
  );
  expect(errors).toBeUndefined();
  expect(data.searchMovies.totalCount).toBe(added.length * 2);
  for (const { name } of added) {
    const titles = data.searchMovies.edges.filter((e: { node: { streamer: string } }) => e.node.streamer === name).map((e: { node: { title: string } }) => e.node.title);
    expect(titles.sort()).toEqual([`Paddington in ${name}`, 'Wonka']);
  }
  const id = data.searchMovies.edges[0].node.id as string;
  const lookup = await gql(gatewayUrl, 'query($id: ID!) { movie(id: $id) { id title } }', { id });
  expect(lookup.data.movie.id).toBe(id);
}, 150_000);
