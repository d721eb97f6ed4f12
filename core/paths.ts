import path from 'node:path';

// Files are found relative to this module, never the working directory. Compiled, this module is in
// dist/core/ (npm run build); run from source, in core/. Either way the data, schemas and SDL files
// are read from the repository itself.
const here = import.meta.dirname;
export const repoRoot = path.basename(path.dirname(here)) === 'dist' ? path.resolve(here, '../..') : path.resolve(here, '..');
export const seedDataDir = path.join(repoRoot, 'data');
export const schemaDir = path.join(repoRoot, 'schema');
export const recordSchemaDir = path.join(schemaDir, 'records');
/** The full SDL of each subgraph, written by `npm run compose`. */
export const subgraphSdlDir = path.join(schemaDir, 'subgraphs');
/** Where `npm run build` puts the compiled JavaScript that `npm start` runs. */
export const distDir = path.join(repoRoot, 'dist');
