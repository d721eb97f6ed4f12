// `npm run build`: the service's TypeScript compiled to JavaScript in dist/ (esbuild, one file for
// one file, no bundling), so that `npm start` runs plain node processes with nothing to compile at
// start-up. Types are checked by `npm run typecheck`, not here.
import fs from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { distDir, repoRoot } from '../core/paths.js';
import { bundleCatalogue, catalogueDistDir } from '../gateway/catalogue/index.js';
import { buildClient } from './buildClient.js';

// What runs in production: every service, the clients and the scripts; not the tests, nor the bench.
const folders = ['core', 'storage', 'subgraphs', 'gateway', 'client', 'scripts', 'schema'];

async function sources(folder: string): Promise<string[]> {
  const entries = await fs.readdir(path.join(repoRoot, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    // Browser code: the playground is bundled by the gateway, the catalogue app below.
    .filter((file) => !file.includes(`${path.sep}playground${path.sep}`) && !file.includes(`${path.sep}catalogue${path.sep}app${path.sep}`));
}

const started = performance.now();
await fs.rm(distDir, { recursive: true, force: true });
const entryPoints = (await Promise.all(folders.map(sources))).flat();
await build({ entryPoints, outdir: distDir, outbase: repoRoot, format: 'esm', platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' });
await fs.writeFile(path.join(distDir, 'package.json'), '{ "type": "module" }\n');
await bundleCatalogue(catalogueDistDir); // the catalogue web app's page script and styles, for the compiled gateway
console.log(`Built ${entryPoints.length} files into dist/ in ${Math.round(performance.now() - started)} ms`);
// The client package other projects install (client/package.json): its own bundle and types in client/dist/.
const client = await buildClient();
console.log(`Built the client package into client/dist/ in ${client.ms} ms`);
