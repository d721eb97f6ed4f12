// `npm run compose`: copy the shared SDL from schema/ into every subgraph's schema.graphql,
// generate the catalog's entity stubs from the registry, and compose the supergraph ahead of time
// into schema/supergraph.graphql, with the API schema clients see in schema/api.graphql.
// `npm run compose -- --check` changes nothing and fails when any of those files is stale or the
// subgraphs do not compose.
import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSchema } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { catalog, streamers, subgraphNames } from '../subgraphs/registry.js';
import { loadConfig } from '../subgraphs/shared/config.js';
import { repoRoot, schemaDir } from '../subgraphs/shared/paths.js';

const sharedBlock = {
  begin: '# ---- begin shared types: copied from schema/ by `npm run compose`; edit them there ----',
  end: '# ---- end shared types ----',
};
const stubBlock = {
  begin: '# ---- begin generated stubs: one per streamer in subgraphs/registry.ts, by `npm run compose` ----',
  end: '# ---- end generated stubs ----',
};

export const supergraphFile = path.join(schemaDir, 'supergraph.graphql');
export const apiSchemaFile = path.join(schemaDir, 'api.graphql');

export function subgraphSchemaFile(name: string): string {
  return path.join(repoRoot, 'subgraphs', name, 'schema.graphql');
}

function readSchemaSource(name: string): string {
  return fs.readFileSync(path.join(schemaDir, name), 'utf8').trim();
}

function replaceBlock(sdl: string, block: { begin: string; end: string }, body: string, file: string): string {
  const start = sdl.indexOf(block.begin);
  const stop = sdl.indexOf(block.end);
  if (start < 0 || stop < start) throw new Error(`${file} lacks the lines "${block.begin}" ... "${block.end}"`);
  return `${sdl.slice(0, start + block.begin.length)}\n${body}\n${sdl.slice(stop)}`;
}

/** The catalog's view of each streamer's type: only the key, resolved by the streamer. */
export function catalogStubs(): string {
  return streamers
    .map((s) => `type ${s.entityType} implements Movie @key(fields: "id", resolvable: false) {\n  id: ID!\n}`)
    .join('\n\n');
}

/** Every generated file's expected content, by absolute path. */
export function composeAll(): { files: Map<string, string>; hints: string[] } {
  const movie = readSchemaSource('movie.graphql');
  const shared = readSchemaSource('shared.graphql');
  const files = new Map<string, string>();
  const defaults = loadConfig({});
  for (const name of subgraphNames) {
    const file = subgraphSchemaFile(name);
    let sdl = fs.readFileSync(file, 'utf8');
    if (name === catalog.name) {
      sdl = replaceBlock(sdl, stubBlock, catalogStubs(), file);
      sdl = replaceBlock(sdl, sharedBlock, shared, file);
    } else {
      sdl = replaceBlock(sdl, sharedBlock, `${movie}\n\n${shared}`, file);
    }
    files.set(file, sdl);
  }
  const result = composeServices(
    subgraphNames.map((name) => ({
      name,
      url: defaults.urlOf(name),
      typeDefs: parse(files.get(subgraphSchemaFile(name))!),
    })),
  );
  if (result.errors) {
    throw new Error(`The subgraphs do not compose:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  files.set(supergraphFile, `${result.supergraphSdl.trim()}\n`);
  // What clients see: the API schema, for typed client operations (npm run codegen).
  files.set(apiSchemaFile, `${printSchema(result.schema.toAPISchema()).trim()}\n`);
  return { files, hints: result.hints.map((h) => `${h.definition.code}: ${h.message}`) };
}

/** Paths whose content differs from what compose would write. */
export function staleFiles(files: Map<string, string>): string[] {
  return [...files].filter(([file, content]) => !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== content).map(([file]) => path.relative(repoRoot, file));
}

function main(): void {
  const check = process.argv.includes('--check');
  const { files, hints } = composeAll();
  const stale = staleFiles(files);
  if (check) {
    if (stale.length) {
      console.error(`Stale, run \`npm run compose\`: ${stale.join(', ')}`);
      process.exit(1);
    }
    console.log('Supergraph and shared subgraph types are up to date.');
    return;
  }
  for (const file of stale) fs.writeFileSync(path.join(repoRoot, file), files.get(path.join(repoRoot, file))!);
  console.log(stale.length ? `Wrote ${stale.join(', ')}` : 'Nothing to write: everything is up to date.');
  if (hints.length) console.log(`Composition hints (expected: the catalog's Movie has only id):\n${hints.map((h) => `- ${h}`).join('\n')}`);
}

if (import.meta.filename === process.argv[1]) {
  try {
    main();
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
