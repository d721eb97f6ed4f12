// The client as another project uses it: built and packed, installed from its tarball (offline) in a
// temporary folder outside the repository, imported by its package name — the README's script run
// there against a real gateway, and a TypeScript file type-checked against the installed declarations.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../core/paths.js';
import { buildClient, clientDir } from '../scripts/buildClient.js';
import { gql, startGraph, tempDataDir, type Graph } from './support.js';

const run = promisify(execFile);
// npm passes its own settings to the test as npm_* variables: the consumer's npm must not inherit them.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));

let graph: Graph;
let consumer: string;

beforeAll(async () => {
  graph = await startGraph();
  const work = await tempDataDir();
  // Built into a copy of the package folder, so a test run never races `npm run build` over client/dist/.
  const packageDir = path.join(work, 'package');
  await buildClient(path.join(packageDir, 'dist'));
  for (const file of ['package.json', 'README.md']) await fs.copyFile(path.join(clientDir, file), path.join(packageDir, file));
  const { stdout } = await run('npm', ['pack', packageDir, '--pack-destination', work, '--json'], { env, cwd: work });
  const tarball = path.join(work, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
  consumer = path.join(work, 'consumer');
  await fs.mkdir(consumer);
  await fs.writeFile(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { env, cwd: consumer });
}, 120_000);

afterAll(async () => {
  await graph?.close();
});

it('installs as a package with no dependencies, outside the repository', async () => {
  expect(path.relative(repoRoot, consumer).startsWith('..')).toBe(true);
  const installed = JSON.parse(await fs.readFile(path.join(consumer, 'node_modules/@movies-supergraph/client/package.json'), 'utf8')) as Record<string, unknown>;
  expect(installed.dependencies).toBeUndefined();
  // Nothing but the package itself was installed, and its code imports nothing but Node's own modules.
  expect(await fs.readdir(path.join(consumer, 'node_modules'))).toEqual(['.package-lock.json', '@movies-supergraph']);
  const dist = path.join(consumer, 'node_modules/@movies-supergraph/client/dist');
  const code = await fs.readFile(path.join(dist, 'index.js'), 'utf8');
  const imports = [...code.matchAll(/^\s*import\b.*?from\s*["']([^"']+)["']/gm), ...code.matchAll(/\bimport\(\s*["']([^"']+)["']/g)].map((m) => m[1]!);
  expect(imports.filter((specifier) => !specifier.startsWith('node:'))).toEqual([]);
  // The licences of what it bundles travel with it.
  expect(await fs.readFile(path.join(dist, 'THIRD-PARTY-NOTICES.txt'), 'utf8')).toMatch(/p-retry@[\d.]+ \(MIT\)[\s\S]*Permission is hereby granted/);
});

it("runs the README's script from there against a real gateway", async () => {
  const readme = await fs.readFile(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Use it from your own code'));
  const script = /```js\n([\s\S]*?)```/.exec(section)![1]!;
  expect(script).toContain("from '@movies-supergraph/client'");
  expect(script.trim().split('\n').length).toBeLessThanOrEqual(12);
  await fs.writeFile(path.join(consumer, 'movies.mjs'), script);
  const { stdout } = await run('node', ['movies.mjs'], { cwd: consumer, env: { ...env, MOVIES_URL: graph.gatewayUrl, MOVIES_TOKEN: graph.writer } });
  const lines = stdout.trim().split('\n');
  // The same count the service gives to a plain request.
  const { data } = await gql<{ searchMovies: { totalCount: number } }>(graph.gatewayUrl, '{ searchMovies(query: "park", first: 0) { totalCount } }');
  const total = data!.searchMovies.totalCount;
  expect(total).toBeGreaterThan(3);
  expect(lines[0]).toMatch(new RegExp(`^${total} titles match "park"; first: .*Park.* \\((CCD|OduFlix|BigForest|PearTV)\\)`));
  expect(lines[1]).toBe(`searchAll visited ${total}`);
  expect(lines[2]).toMatch(/^BAD_USER_INPUT PearTV /);
  for (const field of ['title', 'country', 'stars']) expect(lines[2]).toContain(field);
});

it('gives a TypeScript project the types per streamer: a wrong capture input does not compile', async () => {
  await fs.writeFile(
    path.join(consumer, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2023'], types: [] }, files: ['check.ts'] }),
  );
  await fs.writeFile(
    path.join(consumer, 'check.ts'),
    `import { communicate, MoviesError, type AnyMovie } from '@movies-supergraph/client';
const movies = communicate('http://localhost:4000/');
export async function run(): Promise<string[]> {
  const page = await movies.search({ query: 'park', yearFrom: 1990, orderBy: { field: 'YEAR', direction: 'DESC' } });
  const out: string[] = page.movies.map((m: AnyMovie) => (m.__typename === 'PearTvFilm' ? \`\${m.title} \${m.rental}\` : m.title));
  for await (const film of movies.listAll('PearTV', { country: 'USA' })) out.push(String(film.filmId));
  await movies.captureOne('oduflix', { title: 'T', producer: 'P', year: 2000, country: 'GB', genre: 'Drama', stars: 3, actors: [] });
  try { await movies.captureOne('peartv', { title: 'x' }); } catch (err) { if (err instanceof MoviesError) out.push(err.code, ...err.problems.map((p) => p.field)); }
  return out;
}
`,
  );
  const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
  const result = await run('node', [tsc, '-p', '.'], { cwd: consumer }).then(
    () => ({ code: 0, stdout: '' }),
    (err: { code: number; stdout: string }) => err,
  );
  // Exactly one error: the PearTV input that lacks its required fields, at line 8.
  expect(result.code).not.toBe(0);
  const errors = result.stdout.split('\n').filter((line) => line.startsWith('check.ts('));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^check\.ts\(8,\d+\): error TS2345: .*PearTvFilmInput/);
  expect(result.stdout).toContain('classification');
});
