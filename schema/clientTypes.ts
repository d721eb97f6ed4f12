// The client package's generated files, part of `npm run codegen` (schema/codegen.ts):
//   - client/generated/api.ts and operations.ts: every type of the API schema, and the client's own
//     operations' result types (graphql-codegen `typescript`, `typescript-operations`), with no
//     imports, so the package's type declarations stand alone;
//   - client/generated/streamers.ts: per streamer, the types a program uses (its movie as the client
//     selects it, its capture input, its list arguments), and the argument types of searchMovies and
//     of each list field, which the client needs to declare the variables it sends.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, GraphQLObjectType, isLeafType, isListType, isNonNullType, parse, print, type GraphQLField } from 'graphql';
import { repoRoot } from '../core/paths.js';
import type { Streamer } from '../subgraphs/kit/definition.js';
import { pascal } from './compose.js';

const apiSchemaFile = path.join(repoRoot, 'schema/api.graphql');
const operationsDir = path.join(repoRoot, 'client/operations');
const clientApiFile = path.join(repoRoot, 'client/generated/api.ts');
const clientOperationsFile = path.join(repoRoot, 'client/generated/operations.ts');
export const clientStreamersFile = path.join(repoRoot, 'client/generated/streamers.ts');

/** graphql-codegen's outputs for the package (schema/codegen.ts runs them): schema types, operation types. */
export function clientGenerates() {
  const config = { scalars: { JSON: 'unknown' }, useTypeImports: true, enumsAsTypes: true, avoidOptionals: false };
  return {
    [clientApiFile]: { schema: apiSchemaFile, plugins: ['typescript' as const], config },
    [clientOperationsFile]: { schema: apiSchemaFile, documents: [operationsDir], plugins: ['typescript-operations' as const], config },
  };
}

const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function argumentTypes(field: GraphQLField<unknown, unknown> | undefined): string {
  const args = (field?.args ?? []).map((arg) => `${arg.name}: ${quote(arg.type.toString())}`);
  return `{ ${args.join(', ')} }`;
}

/** The TypeScript type of a field of MovieConnection as the client selects it (its leaves, for an object type). */
function extraType(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return `Api.MovieConnection['${field.name}']`;
  const object = `Omit<Api.${named.name}, '__typename'>`;
  const nullable = isNonNullType(field.type) ? field.type.ofType : field.type;
  return `${isListType(nullable) ? `${object}[]` : object}${isNonNullType(field.type) ? '' : ' | null'}`;
}

/** client/generated/streamers.ts, from the API schema, the registry and the client's operations. */
export function clientStreamerTypes(list: readonly Streamer[], banner: string): string {
  const schema = buildSchema(fs.readFileSync(apiSchemaFile, 'utf8'));
  const query = schema.getQueryType()!.getFields();
  const operations = fs
    .readdirSync(operationsDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .flatMap((file) => parse(fs.readFileSync(path.join(operationsDir, file), 'utf8')).definitions)
    .filter((definition) => definition.kind === 'OperationDefinition' && definition.name)
    .map((definition) => {
      const name = (definition as { name: { value: string } }).name.value;
      return `export const ${name}: Operation<Operations.${name}Query, Operations.${name}QueryVariables> = ${JSON.stringify(print(definition))};`;
    });
  const movieTypes: string[] = [];
  const entries: string[] = [];
  for (const streamer of list) {
    const { entityType, inputType, list: listField } = streamer.api;
    const entity = schema.getType(entityType);
    if (!(entity instanceof GraphQLObjectType)) throw new Error(`${entityType} is not an object type of schema/api.graphql`);
    // The fields `streamers { entityFields }` lists: those holding values, which the client selects.
    const values = Object.values(entity.getFields()).filter((field) => isLeafType(getNamedType(field.type)) && field.name !== '__typename');
    const argsType = `Query${pascal(listField)}Args`;
    movieTypes.push(
      `/** ${streamer.name}'s movie as the client returns it: its value fields, its capture provenance and its __typename. */`,
      `export type ${entityType} = { __typename: '${entityType}' } & Pick<Api.${entityType}, ${values.map((f) => quote(f.name)).join(' | ')}> & { capture: CaptureInfo | null };`,
    );
    entries.push(`  ${streamer.subgraph}: { name: ${quote(streamer.name)}; movie: ${entityType}; input: Api.${inputType}; listArgs: Api.${argsType} };`);
  }
  const listArguments = list.map((s) => `  ${s.api.list}: ${argumentTypes(query[s.api.list])},`);
  // What searchMovies says beside its page (unavailableStreamers, and whatever the schema adds), selected whole.
  const connection = schema.getType('MovieConnection') as GraphQLObjectType;
  const extras = Object.values(connection.getFields()).filter((field) => !['totalCount', 'edges', 'pageInfo'].includes(field.name));
  const selection = extras.map((field) => {
    const type = getNamedType(field.type);
    if (isLeafType(type)) return field.name;
    const leaves = Object.values((type as GraphQLObjectType).getFields()).filter((f) => isLeafType(getNamedType(f.type)));
    return `${field.name} { ${leaves.map((f) => f.name).join(' ')} }`;
  });
  return `${banner}// The client's per-streamer types and argument tables, from schema/api.graphql, the registry and
// client/operations/ (schema/clientTypes.ts).
import type * as Api from './api.js';
import type * as Operations from './operations.js';

/** An operation's text, typed with its result and variables. */
export type Operation<Result, Variables> = string & { readonly __apiType?: (variables: Variables) => Result };

/** When and by whom a record was captured (null for records that came with the store). */
export type CaptureInfo = Pick<Api.Capture, 'capturedAt' | 'source' | 'subject'>;

${movieTypes.join('\n')}

/** Every streamer of the registry when the client was built, by subgraph name. */
export interface Streamers {
${entries.join('\n')}
}

/** What a search page carries beside its movies, as the client selects it. */
export type SearchExtras = { ${extras.map((f) => `${f.name}: ${extraType(f)}`).join('; ')} };
export const searchExtras = ${quote(selection.join(' '))};

/** The GraphQL type of every argument of searchMovies and of each streamer's list field. */
export const argumentTypes: Record<string, Record<string, string>> = {
  searchMovies: ${argumentTypes(query.searchMovies)},
${listArguments.join('\n')}
};

${operations.join('\n')}
`;
}
