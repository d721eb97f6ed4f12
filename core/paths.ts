import path from 'node:path';

// Files are found relative to this module, never the working directory.
export const repoRoot = path.resolve(import.meta.dirname, '..');
export const seedDataDir = path.join(repoRoot, 'data');
export const schemaDir = path.join(repoRoot, 'schema');
export const recordSchemaDir = path.join(schemaDir, 'records');
/** The full SDL of each subgraph, written by `npm run compose`. */
export const subgraphSdlDir = path.join(schemaDir, 'subgraphs');
