// GraphiQL for people with a browser and no internet: bundled from npm packages with esbuild when
// the gateway starts, served from memory, with the example operations of client/queries as tabs.
import fs from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '../core/paths.js';

export interface PlaygroundAssets {
  js: string;
  css: string;
}

let assets: Promise<PlaygroundAssets> | undefined;

/** Bundle the page once per process. */
export function playgroundAssets(): Promise<PlaygroundAssets> {
  assets ??= build({
    entryPoints: [path.join(repoRoot, 'gateway/playground/app.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outdir: 'playground',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  }).then(({ outputFiles }) => ({
    js: outputFiles.find((file) => file.path.endsWith('.js'))!.text,
    css: outputFiles.find((file) => file.path.endsWith('.css'))!.text,
  }));
  return assets;
}

/** The example operations, searchMovies first, as GraphiQL tabs. */
async function exampleTabs(): Promise<{ query: string }[]> {
  const folder = path.join(repoRoot, 'client/queries');
  const files = (await fs.readdir(folder)).filter((file) => file.endsWith('.graphql')).sort();
  files.sort((a, b) => Number(b === 'searchMovies.graphql') - Number(a === 'searchMovies.graphql'));
  return Promise.all(files.map(async (file) => ({ query: await fs.readFile(path.join(folder, file), 'utf8') })));
}

export async function playgroundPage(): Promise<string> {
  // `<` is escaped so no operation text can close the script element.
  const sdl = await fs.readFile(path.join(repoRoot, 'schema/api.graphql'), 'utf8');
  const config = JSON.stringify({ endpoint: '/', tabs: await exampleTabs(), sdl }).replaceAll('<', '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Movies supergraph</title>
  <link rel="stylesheet" href="/playground/app.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the playground…</div>
  <script id="playground-config" type="application/json">${config}</script>
  <script type="module" src="/playground/app.js"></script>
</body>
</html>
`;
}
