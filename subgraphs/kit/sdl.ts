// Every subgraph's full SDL, built from the registry: the streamer folder's own types, plus what is
// the same for every streamer (connection, edge, list / lookup / load report / captures fields,
// capture payloads and mutations), the shared Movie interface and the shared value types.
// Subgraphs build their schema from this at start-up; `npm run compose` writes the same text to
// schema/subgraphs/<name>.graphql for composition, codegen and review.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, schemaDir } from '../../core/paths.js';
import type { StorageKind } from '../../storage/index.js';
import { filterTypes, missingForOrder, orderFields, type ListFilter, type Streamer } from './definition.js';

const federationLink = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.10", import: ["@key", "@shareable"])';

/** How a person names each kind of store. */
export const storageWords: Record<StorageKind, string> = { csv: 'CSV file', json: 'JSON file', sqlite: 'SQLite database' };

const filterDescriptions: Partial<Record<ListFilter, string>> = { maxRental: 'At most this price to rent.', maxPurchase: 'At most this price to buy.' };
const filterArgument = (filter: ListFilter) => `${filterDescriptions[filter] ? `"${filterDescriptions[filter]}" ` : ''}${filter}: ${filterTypes[filter]}`;

const read = (file: string) => fs.readFileSync(file, 'utf8').trim();

/** The SDL a subgraph's folder holds: subgraphs/<name>/schema.graphql. */
export function ownSdlFile(subgraph: string): string {
  return path.join(repoRoot, 'subgraphs', subgraph, 'schema.graphql');
}

/** What is the same for every streamer, named after its entity type. */
export function streamerBoilerplate(streamer: Streamer): string {
  const { api, name } = streamer;
  const things = `${api.entityType.replace(/^.*?([A-Z][a-z0-9]*)$/, '$1').toLowerCase()}s`; // films, movies, programmes
  const filters = streamer.filters.map((filter) => `\n    ${filterArgument(filter)}`).join('');
  const orders = orderFields.filter((field) => !missingForOrder(streamer, field)).join(', ');
  return `extend type ${api.entityType} {
  "When and by which client it was captured; null for records that came with the store."
  capture: Capture
}

type ${api.edgeType} {
  cursor: String!
  node: ${api.entityType}!
}

type ${api.connectionType} {
  "Every match of the filters, across all pages."
  totalCount: Int!
  edges: [${api.edgeType}!]!
  pageInfo: PageInfo!
}

type Query {
  "${name}'s ${things} in title order. Filters combine with AND; text filters ignore case."
  ${api.list}(
    titleContains: String
    yearFrom: Int
    yearTo: Int${filters}
    "By ${orders}; missing values last in either direction, ties by title, then id."
    orderBy: MovieOrder = { field: TITLE, direction: ASC }
    "Page size, 0 to 100."
    first: Int = 20
    after: String
  ): ${api.connectionType}!
  "${name}'s ${things.slice(0, -1)} with this global id (\`${streamer.subgraph}:1\`); null when there is none."
  ${api.byId}(id: ID!): ${api.entityType}
  "What loading ${name}'s ${storageWords[streamer.storage.kind]} found: counts and every record not served, with reasons."
  ${api.loadReport}: LoadReport!
  "Provenance of the records captured into this streamer, newest first; \`source\` keeps one client's."
  ${api.captures}(source: String, first: Int = 100, offset: Int = 0): [Capture!]!
  "Counts, stars and prices over all of ${name}'s ${things}, as sums that merge exactly; \`groupBy\` splits them by a field."
  ${api.stats}(groupBy: StatsGroupBy): MovieStats!
}

"What became of one record sent for capture."
type ${api.captureType} {
  status: CaptureStatus!
  "The record as stored, read back from the ${storageWords[streamer.storage.kind]}: the new one (CREATED) or the one it repeats (DUPLICATE)."
  record: ${api.entityType}
  "Why it was refused (REJECTED); empty otherwise."
  problems: [FieldProblem!]!
}

"What became of a batch: counts, and one result per input in order."
type ${api.batchCaptureType} {
  created: Int!
  duplicates: Int!
  rejected: Int!
  skipped: Int!
  results: [${api.captureType}!]!
}

type Mutation {
  """
  Capture one record: validate it, store it, read it back. An invalid record is refused with a
  BAD_USER_INPUT error naming each field, rule and value, and nothing is written. A record equal in
  every field to a stored one is not stored again: the answer is DUPLICATE with the stored one.
  """
  ${api.captureOne}(input: ${api.inputType}!, "Who sends it: \`cli\`, a file name, \`api\` ..." source: String = "api"): ${api.captureType}!
  """
  Capture up to 1000 records in one write. With \`allOrNothing\`, one invalid record refuses the
  batch and nothing is written; otherwise the valid ones are stored and the invalid ones reported.
  """
  ${api.captureBatch}(inputs: [${api.inputType}!]!, allOrNothing: Boolean = false, source: String = "api"): ${api.batchCaptureType}!
}`;
}

function generated(what: string, body: string): string {
  return `# ---- ${what}: generated by \`npm run compose\` ----\n${body}`;
}

/** A streamer subgraph's whole SDL. */
export function streamerSdl(streamer: Streamer): string {
  return [
    federationLink,
    read(ownSdlFile(streamer.subgraph)),
    generated('the same for every streamer, named from the registry', streamerBoilerplate(streamer)),
    generated('shared types, from schema/movie.graphql and schema/shared.graphql', `${read(path.join(schemaDir, 'movie.graphql'))}\n\n${read(path.join(schemaDir, 'shared.graphql'))}`),
  ].join('\n\n') + '\n';
}

/** The catalog's view of each streamer's type: only the key, resolved by the streamer. */
export function catalogStubs(streamers: readonly Streamer[]): string {
  return streamers.map((s) => `type ${s.api.entityType} implements Movie @key(fields: "id", resolvable: false) {\n  id: ID!\n}`).join('\n\n');
}

/** The catalog subgraph's whole SDL. */
export function catalogSdl(streamers: readonly Streamer[]): string {
  return [
    federationLink,
    read(ownSdlFile('catalog')),
    generated('one stub per streamer of the registry', catalogStubs(streamers)),
    generated('shared types, from schema/shared.graphql', read(path.join(schemaDir, 'shared.graphql'))),
  ].join('\n\n') + '\n';
}
