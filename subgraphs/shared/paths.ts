import path from 'node:path';

// Files are found relative to this module, never the working directory.
export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const seedDataDir = path.join(repoRoot, 'data');
export const schemaDir = path.join(repoRoot, 'schema');
