// Fail fast: a subgraph whose SDL, resolvers and registry entry disagree refuses to start, naming
// every disagreement (buildSubgraphSchema alone accepts a resolver for a field the SDL lacks).
import type { GraphQLEnumType, GraphQLInputObjectType, GraphQLNamedType, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { inputNameOf, type Streamer } from './definition.js';
import type { RecordSchema } from './recordSchema.js';

// By shape, not instanceof: @apollo/subgraph builds the schema with graphql's CommonJS build, and
// graphql's is*Type checks refuse types from the other build under a bundler such as vitest.
const isEnum = (type: GraphQLNamedType | undefined | null): type is GraphQLEnumType => !!type && 'getValue' in type;
const hasFields = (type: GraphQLNamedType | undefined | null): type is GraphQLObjectType => !!type && 'getFields' in type;
const isObject = (type: GraphQLNamedType | undefined | null): type is GraphQLObjectType => hasFields(type) && 'getInterfaces' in type && !('resolveType' in type);
const isInputObject = (type: GraphQLNamedType | undefined | null): type is GraphQLInputObjectType => hasFields(type) && !('getInterfaces' in type);
const isScalar = (type: GraphQLNamedType) => 'serialize' in type && !isEnum(type);

const federationFields = new Set(['_entities', '_service']);
const typeHooks = new Set(['__resolveReference', '__resolveType', '__isTypeOf']);

/** Resolvers for what the SDL lacks, and root fields no resolver serves. */
export function disagreements(schema: GraphQLSchema, resolvers: Record<string, object>): string[] {
  const problems: string[] = [];
  for (const [typeName, typeResolvers] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!type) {
      problems.push(`resolvers for type ${typeName}, which the SDL lacks`);
    } else if (isEnum(type)) {
      for (const value of Object.keys(typeResolvers)) {
        if (!type.getValue(value)) problems.push(`a value for ${typeName}.${value}, which the SDL's enum lacks`);
      }
    } else if (hasFields(type)) {
      const fields = type.getFields();
      for (const field of Object.keys(typeResolvers)) {
        if (!typeHooks.has(field) && !fields[field]) problems.push(`a resolver for ${typeName}.${field}, a field the SDL lacks`);
      }
    } else if (!isScalar(type)) {
      problems.push(`resolvers for ${typeName}, which is not an object, interface, enum or scalar type`);
    }
  }
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    const served = resolvers[root.name] ?? {};
    for (const field of Object.keys(root.getFields())) {
      if (!federationFields.has(field) && !(field in served)) problems.push(`${root.name}.${field} has no resolver`);
    }
  }
  for (const type of Object.values(schema.getTypeMap())) {
    const key = type.astNode?.directives?.find((d) => d.name.value === 'key');
    const unresolvable = key?.arguments?.some((a) => a.name.value === 'resolvable' && a.value.kind === 'BooleanValue' && !a.value.value);
    if (key && !unresolvable && !(resolvers[type.name] && '__resolveReference' in resolvers[type.name]!)) {
      problems.push(`entity ${type.name} has no __resolveReference`);
    }
  }
  return problems;
}

/** Where a streamer's registry entry, its SDL and its record's JSON Schema disagree. */
export function streamerDisagreements(streamer: Streamer, schema: GraphQLSchema, recordSchema: RecordSchema): string[] {
  const problems: string[] = [];
  const entity = schema.getType(streamer.api.entityType);
  if (!isObject(entity)) problems.push(`the SDL has no object type ${streamer.api.entityType}, the registry's entity type`);
  else if (!entity.getInterfaces().some((i) => i.name === 'Movie')) problems.push(`${streamer.api.entityType} does not implement Movie`);
  const input = schema.getType(streamer.api.inputType);
  if (!isInputObject(input)) {
    problems.push(`the SDL has no input type ${streamer.api.inputType}`);
    return problems;
  }
  const nativeByInput = new Map(recordSchema.fieldNames.map((native) => [inputNameOf(streamer, native), native]));
  for (const field of Object.keys(input.getFields())) {
    if (!nativeByInput.has(field)) {
      problems.push(`${streamer.api.inputType}.${field} fills no field of ${streamer.recordSchema} (fields: ${recordSchema.fieldNames.join(', ')})`);
    }
  }
  for (const native of recordSchema.json.required ?? []) {
    const inputName = inputNameOf(streamer, native);
    if (!input.getFields()[inputName]) problems.push(`${streamer.api.inputType} lacks ${inputName}, for the required field ${native} of ${streamer.recordSchema}`);
  }
  return problems;
}
