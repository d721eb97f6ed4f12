// The questions a person answers to capture one record, built from the streamer's JSON Schema
// (enums become choices, numbers are checked as typed, ranges and patterns come from the schema)
// and its GraphQL input type (which fields, in which order, of which type).
import { Ajv } from 'ajv';
import type { RecordJsonSchema, RecordPropertySchema } from '../core/wire.js';
import type { InputField } from './communicate.js';
import { convert } from './inputs.js';

export interface Question {
  field: InputField;
  /** The schema of the native field it fills, if the schema has one. */
  property?: RecordPropertySchema;
  message: string;
  choices?: string[];
  default?: string;
  /** true, or why the answer is refused. */
  check(answer: string): true | string;
  /** The answer as the input's value. */
  value(answer: string): unknown;
}

const ajv = new Ajv({ strict: false, allErrors: true });

export function questionsFor(schema: RecordJsonSchema, fields: readonly InputField[]): Question[] {
  return fields.map((field) => {
    const property = schema.properties[field.nativeName];
    const validate = property ? ajv.compile(property) : undefined;
    const value = (answer: string) => convert(field, field.list ? answer.split(',') : answer).value;
    const hint = field.list ? ' (separate with commas)' : '';
    return {
      field,
      property,
      message: `${field.name}${property?.description ? ` — ${property.description}` : ''}${hint}`,
      choices: property?.enum,
      default: property?.default === undefined ? undefined : String(property.default),
      value,
      check(answer) {
        if (answer.trim() === '') return field.required ? `${field.name} is required` : true;
        const converted = convert(field, field.list ? answer.split(',') : answer);
        if (converted.problem) return converted.problem;
        if (!validate) return true;
        // The schema holds the native value: OduFlix keeps its year as text.
        const nativeValue = property?.type === 'string' && typeof converted.value === 'number' ? String(converted.value) : converted.value;
        if (validate(nativeValue)) return true;
        return validate.errors!.map((e) => `${field.name}${e.instancePath.replace(/^\/(\d+)$/, '[$1]')} ${e.message}`).join('; ');
      },
    };
  });
}
