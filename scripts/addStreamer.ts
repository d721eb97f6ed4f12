// `npm run add-streamer -- <Name> --storage csv|json|sqlite`: scaffold a new streamer whose record
// has the shared fields Title, Year, Country, Classification and Stars, then generate everything
// else. It writes the streamer's folder (definition and entity SDL), its JSON Schema, an empty
// native store in data/<name>/, its registry line and its `start:<name>` script, then runs
// `npm run codegen`. Right after it, `npm start` serves the streamer; edit its record from there.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';
import { repoRoot, seedDataDir } from '../core/paths.js';
import { storageKinds, type StorageConfig, type StorageKind } from '../storage/index.js';
import { storageWords } from '../subgraphs/kit/sdl.js';
import { catalog, gateway, streamers } from '../subgraphs/registry.js';

const usage = 'Usage: npm run add-streamer -- <Name> --storage csv|json|sqlite   (Name: letters and digits, like Netflux)';
const recordFields = ['Title', 'Year', 'Country', 'Classification', 'Stars'];

class UsageError extends Error {}

function readArguments(): { name: string; kind: StorageKind } {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { storage: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const [given] = positionals;
  const kind = values.storage as StorageKind;
  if (!given || positionals.length > 1 || !storageKinds.includes(kind)) throw new UsageError(usage);
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(given)) throw new UsageError(`"${given}" is not a streamer name: letters and digits, starting with a letter`);
  const subgraph = given.toLowerCase();
  const taken = [...streamers.map((s) => s.subgraph), catalog.name, gateway.name, 'kit', 'generated'];
  if (taken.includes(subgraph) || fs.existsSync(path.join(repoRoot, 'subgraphs', subgraph))) throw new UsageError(`A streamer or folder named "${subgraph}" exists already`);
  return { name: given, kind };
}

function storageOf(name: string, kind: StorageKind): StorageConfig {
  switch (kind) {
    case 'csv':
      return { kind, file: 'data.csv' };
    case 'json':
      return { kind, file: 'data.json', rootKey: `${name}_catalogue` };
    case 'sqlite':
      return { kind, file: 'movies.db', table: 'Movie', keyColumn: 'movie_id' };
    default: {
      const unknownKind: never = kind;
      throw new UsageError(`Unknown storage kind ${String(unknownKind)}`);
    }
  }
}

function recordSchema(name: string, subgraph: string, kind: StorageKind): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://movies-supergraph.example/schema/records/${subgraph}.schema.json`,
    title: `${name} movie`,
    description: `One record of ${name}'s ${storageWords[kind]}.`,
    type: 'object',
    additionalProperties: false,
    required: recordFields,
    properties: {
      Title: { type: 'string', minLength: 1, maxLength: 300, not: { pattern: '^(.)\\1+$', description: 'one character repeated, a junk row like "hhhh"' } },
      Year: { type: 'integer', minimum: 1888, maximum: 2100, description: 'year of release, 1888 (the first film) to 2100' },
      Country: { type: 'string', pattern: '^[A-Z]{2,3}$', description: 'a country code of 2 or 3 capital letters, like GB, FR or USA', default: 'GB' },
      Classification: { type: 'string', enum: ['U', 'PG', '12', '12A', '15', '18', 'R18'], description: 'BBFC age rating' },
      Stars: { type: 'integer', minimum: 0, maximum: 5, description: 'rating from 0 to 5 stars' },
    },
  };
}

function definitionSource(name: string, subgraph: string, entityType: string, port: number, storage: StorageConfig): string {
  const recordType = `${entityType.replace(/Movie$/, '')}Record`;
  return `// ${name}: movies in a ${storageWords[storage.kind]}. Scaffolded by \`npm run add-streamer\`: change its record
// (schema/records/${subgraph}.schema.json), its types (schema.graphql) and the mapping below, then \`npm run codegen\`.
import type { ${recordType} } from '../generated/records.js';
import { defineStreamer } from '../kit/definition.js';

export const ${subgraph} = defineStreamer({
  name: '${name}',
  entityType: '${entityType}',
  port: ${port},
  storage: { ${Object.entries(storage).map(([key, value]) => `${key}: '${value}'`).join(', ')} },
  filters: ['country', 'classification', 'minStars'],
  offeredAs: 'SUBSCRIPTION',
  toEntity: (r: ${recordType}) => ({
    title: r.Title,
    year: r.Year,
    country: r.Country,
    classification: r.Classification,
    genre: null,
    stars: r.Stars,
  }),
});
`;
}

function sdlSource(name: string, subgraph: string, entityType: string, kind: StorageKind): string {
  return `# The ${subgraph} subgraph's own types: its entity and its capture input. The rest of the subgraph (list,
# lookup, load report, captures, capture mutations, shared types) is generated by \`npm run compose\`.

"A movie of ${name}, stored in its ${storageWords[kind]}."
type ${entityType} implements Movie @key(fields: "id") {
  id: ID!
  streamer: String!
  title: String!
  year: Int
  country: String
  "BBFC age rating (native Classification)."
  classification: String
  "Always null: ${name} keeps no genre."
  genre: String
  stars: Int
}

"A movie to capture into ${name}'s ${storageWords[kind]}: its native fields. Text is trimmed."
input ${entityType}Input {
  title: String!
  year: Int!
  "2 or 3 capital letters: GB, FR, USA."
  country: String!
  "BBFC age rating: U, PG, 12, 12A, 15, 18, R18 (any case)."
  classification: String!
  "0 to 5."
  stars: Int!
}
`;
}

/** An empty native store with the record's fields, in data/<name>/. */
function writeEmptyStore(subgraph: string, storage: StorageConfig): void {
  const file = path.join(seedDataDir, subgraph, storage.file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  switch (storage.kind) {
    case 'csv':
      fs.writeFileSync(file, stringify([recordFields]));
      return;
    case 'json':
      fs.writeFileSync(file, `${JSON.stringify({ [storage.rootKey]: [] }, null, 2)}\n`);
      return;
    case 'sqlite': {
      const db = new Database(file);
      db.exec(`CREATE TABLE "${storage.table}" (
  "${storage.keyColumn}" INTEGER PRIMARY KEY,
  Title TEXT NOT NULL, Year INT NOT NULL, Country TEXT NOT NULL, Classification TEXT NOT NULL, Stars INT NOT NULL
)`);
      db.close();
      return;
    }
  }
}

/** Insert a line just above a marker line of a file. */
function insertAbove(file: string, marker: string, line: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`${path.relative(repoRoot, file)} lacks the line "${marker}"`);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  fs.writeFileSync(file, `${text.slice(0, lineStart)}${line}\n${text.slice(lineStart)}`);
}

function main(): void {
  const { name, kind } = readArguments();
  const subgraph = name.toLowerCase();
  const entityType = `${name.charAt(0).toUpperCase()}${name.slice(1)}Movie`;
  const port = Math.max(...streamers.map((s) => s.port), catalog.port, gateway.port) + 1;
  const storage = storageOf(name, kind);
  const folder = path.join(repoRoot, 'subgraphs', subgraph);
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'streamer.ts'), definitionSource(name, subgraph, entityType, port, storage));
  fs.writeFileSync(path.join(folder, 'schema.graphql'), sdlSource(name, subgraph, entityType, kind));
  fs.writeFileSync(path.join(repoRoot, 'schema/records', `${subgraph}.schema.json`), `${JSON.stringify(recordSchema(name, subgraph, kind), null, 2)}\n`);
  writeEmptyStore(subgraph, storage);
  const registry = path.join(repoRoot, 'subgraphs/registry.ts');
  insertAbove(registry, '// add-streamer: imports above', `import { ${subgraph} } from './${subgraph}/streamer.js';`);
  insertAbove(registry, '// add-streamer: entries above', `  ${subgraph},`);
  const packageFile = path.join(repoRoot, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(packageFile, 'utf8')) as { scripts: Record<string, string> };
  pkg.scripts[`start:${subgraph}`] = `tsx subgraphs/main.ts ${subgraph}`;
  fs.writeFileSync(packageFile, `${JSON.stringify(pkg, null, 2)}\n`);
  console.log(`Added ${name} (${subgraph}, ${kind}, port ${port}): subgraphs/${subgraph}/, schema/records/${subgraph}.schema.json, data/${subgraph}/${storage.file}`);
  // A new process: this one has the registry as it was before the new line.
  execFileSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'schema/codegen.ts')], { cwd: repoRoot, stdio: 'inherit' });
  console.log(`Done. \`npm start\` now serves ${name}: search it with searchMovies(streamers: ["${name}"]), capture with \`npm run capture -- --streamer ${subgraph} --record '{...}'\`.`);
}

try {
  main();
} catch (err) {
  console.error((err as Error).message);
  process.exit(err instanceof UsageError ? 2 : 1);
}
