// One wording for every problem a record can have, wherever it is found: the service's JSON Schema
// check (subgraphs), the gateway's check of a capture's GraphQL types, the CLI's check of an answer
// as it is typed, ingest receipts. Plain words: never ajv's ("must NOT be valid") nor a regex.
// The CLI and ingest use it too; the client package does not carry it (see typeInWords in wire.ts).
import type { ErrorObject } from 'ajv';
import { typeInWords, type FieldProblem, type RecordPropertySchema } from './wire.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** What a JSON Schema keyword asks of a value, in words; `parent` is the property's schema. */
function ruleInWords(error: ErrorObject, parent: RecordPropertySchema | undefined): string {
  const params = error.params as Record<string, unknown>;
  const limit = params.limit as number;
  const range = parent && typeof parent.minimum === 'number' && typeof parent.maximum === 'number' ? `must be from ${parent.minimum} to ${parent.maximum}` : undefined;
  switch (error.keyword) {
    case 'type':
      return `must be ${String(params.type).split(',').map(typeInWords).join(' or ')}`;
    case 'minimum':
      return range ?? `must be at least ${limit}`;
    case 'maximum':
      return range ?? `must be at most ${limit}`;
    case 'exclusiveMinimum':
      return `must be more than ${limit}`;
    case 'exclusiveMaximum':
      return `must be less than ${limit}`;
    case 'minLength':
      return limit === 1 ? 'must not be empty' : `must be at least ${plural(limit, 'character')}`;
    case 'maxLength':
      return `must be at most ${plural(limit, 'character')}`;
    case 'minItems':
      return `must have at least ${plural(limit, 'item')}`;
    case 'maxItems':
      return `must have at most ${plural(limit, 'item')}`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'not':
      return `must not be ${(error.schema as RecordPropertySchema).description ?? 'this value'}`;
    case 'pattern':
    case 'format':
      // The schema's description says what the pattern means; the pattern itself is for machines.
      return parent?.description ? `must be ${parent.description}` : 'is not in the expected form';
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a field of this record';
    default:
      return `breaks the rule "${error.keyword}"`;
  }
}

/**
 * One ajv error (compiled with `verbose: true`, so it carries the value and the property's schema)
 * as a problem: the field by its path (`Actors[2]`), the keyword as the rule, plain words, the value.
 */
export function problemOf(error: ErrorObject): FieldProblem {
  const pointer = error.instancePath.split('/').slice(1);
  const field = pointer.map((part, i) => (i > 0 && /^\d+$/.test(part) ? `[${part}]` : part)).join('');
  const message = ruleInWords(error, error.parentSchema as RecordPropertySchema | undefined);
  switch (error.keyword) {
    case 'required':
      return { field: (error.params as { missingProperty: string }).missingProperty, rule: 'required', message, value: undefined };
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      return { field: extra, rule: 'additionalProperties', message, value: (error.data as Record<string, unknown> | undefined)?.[extra] };
    }
    default:
      return { field: field || 'record', rule: error.keyword, message, value: error.data };
  }
}

/** The field of the record a problem is about: `actors` for `actors[2]`. */
export const recordField = (problem: FieldProblem): string => problem.field.replace(/\[.*$/, '');

/** One field of a capture input as GraphQL types it (a streamer's `inputFields`, or the gateway's schema). */
export interface TypedField {
  name: string;
  /** Int, Float, String, ID or Boolean. */
  type: string;
  list: boolean;
  required: boolean;
}

const maxInt = 2 ** 31 - 1;

function fitsScalar(type: string, value: unknown): boolean {
  switch (type) {
    case 'Int':
      return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= maxInt;
    case 'Float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'ID':
      return typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value));
    case 'Boolean':
      return typeof value === 'boolean';
    default:
      return typeof value === 'string';
  }
}

/**
 * What GraphQL would refuse in a capture input before any record rule runs: missing required
 * fields, fields the input has not, values of the wrong type. The same checks as graphql-js's input
 * coercion (a single value stands for a list of one), worded as the record rules are.
 */
export function inputTypeProblems(input: unknown, fields: readonly TypedField[]): FieldProblem[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ field: 'record', rule: 'type', message: 'must be a record (an object of fields)', value: input }];
  }
  const problems: FieldProblem[] = [];
  const given = input as Record<string, unknown>;
  for (const field of fields) {
    const value = given[field.name];
    if (value === undefined || value === null) {
      if (field.required) problems.push({ field: field.name, rule: 'required', message: 'is required', value: undefined });
      continue;
    }
    const items = field.list && Array.isArray(value) ? value : [value];
    const bad = items.findIndex((item) => !fitsScalar(field.type, item));
    if (bad < 0) continue;
    const inList = field.list && Array.isArray(value);
    problems.push({ field: inList ? `${field.name}[${bad}]` : field.name, rule: 'type', message: `must be ${typeInWords(field.type)}`, value: items[bad] });
  }
  for (const [name, value] of Object.entries(given)) {
    if (!fields.some((field) => field.name === name)) problems.push({ field: name, rule: 'additionalProperties', message: 'is not a field of this record', value });
  }
  return problems;
}
