// GraphiQL for people with a browser and no internet: bundled from npm packages with esbuild when
// the gateway starts, served from memory, with the example operations of client/queries in an
// Examples panel (queries, then captures), each opened in a tab of its own on demand.
import fs from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
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

/** An example operation of client/queries, for the playground's Examples panel. */
export interface Example {
  name: string;
  /** Queries only read; captures (mutations) write, and the playground runs one only when asked. */
  kind: 'query' | 'capture';
  /** Its leading `#` comment, in words. */
  description: string;
  query: string;
}

/** The example operations, searchMovies first, queries before captures. */
export async function examples(): Promise<Example[]> {
  const folder = path.join(repoRoot, 'client/queries');
  const files = (await fs.readdir(folder)).filter((file) => file.endsWith('.graphql')).sort();
  files.sort((a, b) => Number(b === 'searchMovies.graphql') - Number(a === 'searchMovies.graphql'));
  const read = await Promise.all(
    files.map(async (file): Promise<Example> => {
      const query = await fs.readFile(path.join(folder, file), 'utf8');
      const operation = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      const comment = (/^(?:#.*\n)+/.exec(query)?.[0] ?? '').split('\n').map((line) => line.replace(/^#\s?/, '').trim());
      return {
        name: operation?.name?.value ?? file.replace(/\.graphql$/, ''),
        kind: operation?.operation === 'mutation' ? 'capture' : 'query',
        description: comment.filter(Boolean).join(' '),
        query,
      };
    }),
  );
  return [...read.filter((e) => e.kind === 'query'), ...read.filter((e) => e.kind === 'capture')];
}

export async function playgroundPage(): Promise<string> {
  // `<` is escaped so no operation text can close the script element.
  const sdl = await fs.readFile(path.join(repoRoot, 'schema/api.graphql'), 'utf8');
  const config = JSON.stringify({ endpoint: '/', examples: await examples(), sdl }).replaceAll('<', '\\u003c');
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
