// The questions a person answers to capture one record, built from what the service serves for the
// streamer (`streamers { schema inputFields }`): which fields, in which order, of which type (the
// GraphQL input), and their descriptions, choices (enums), defaults, ranges and patterns (the JSON
// Schema). An answer is checked as it is typed, in the service's own words (core/problems.ts); what
// only the service knows (rules across fields) comes back when the record is sent.
import { Ajv, type ValidateFunction } from 'ajv';
import { inputTypeProblems, problemOf } from '../core/problems.js';
import { describeProblem, type FieldProblem, type RecordJsonSchema, type RecordPropertySchema } from '../core/wire.js';
import type { InputField } from './communicate.js';
import { convert } from './inputs.js';

export interface Question {
  field: InputField;
  /** The schema of the native field it fills, if the schema has one. */
  property?: RecordPropertySchema;
  message: string;
  choices?: string[];
  default?: string;
  /** The answer tidied where only one reading is possible (spaces around it, the case of a code), and what changed. */
  normalise(answer: string): { answer: string; note?: string };
  /** Every problem of an answer, as the service would name it; none when it is fine. */
  problems(answer: string): FieldProblem[];
  /** true, or why the answer is refused: for a prompt's validation. */
  check(answer: string): true | string;
  /** The answer as the input's value. */
  value(answer: string): unknown;
}

// verbose: the errors carry the value and the property's schema, for plain words.
const ajv = new Ajv({ strict: false, allErrors: true, verbose: true });

export function questionsFor(schema: RecordJsonSchema, fields: readonly InputField[]): Question[] {
  return fields.map((field) => {
    const property = schema.properties[field.nativeName];
    // The property under the input's name, so that a problem's path is the field as the client names it.
    const validate: ValidateFunction | undefined = property ? ajv.compile({ type: 'object', properties: { [field.name]: property } }) : undefined;
    const value = (answer: string) => convert(field, field.list ? answer.split(',') : answer, true);
    const problems = (answer: string): FieldProblem[] => {
      if (answer.trim() === '') return field.required ? [{ field: field.name, rule: 'required', message: 'is required', value: undefined }] : [];
      const converted = value(answer);
      const typed = inputTypeProblems({ [field.name]: converted }, [{ ...field, required: false }]);
      if (typed.length > 0 || !validate) return typed;
      // The schema holds the native value: OduFlix keeps its year as text.
      const nativeValue = property?.type === 'string' && typeof converted === 'number' ? String(converted) : converted;
      return validate({ [field.name]: nativeValue }) ? [] : validate.errors!.map(problemOf);
    };
    const normalise = (given: string) => {
      const trimmed = given.trim();
      const notes = trimmed === given ? [] : ['spaces around it removed'];
      const match = property?.enum?.find((option) => option.toLowerCase() === trimmed.toLowerCase());
      const upper = trimmed.toUpperCase();
      // A code in the wrong case (gb for GB) when only its upper case is valid.
      const answer = match ?? (!property?.enum && field.type === 'String' && problems(trimmed).length > 0 && problems(upper).length === 0 ? upper : trimmed);
      if (answer !== trimmed) notes.push(`"${trimmed}" read as "${answer}"`);
      return { answer, ...(notes.length > 0 && { note: `${field.name}: ${notes.join('; ')}` }) };
    };
    const hint = field.list ? ' (separate with commas)' : '';
    return {
      field,
      property,
      message: `${field.name}${property?.description ? ` — ${property.description}` : ''}${hint}`,
      choices: property?.enum,
      default: property?.default === undefined ? undefined : String(property.default),
      normalise,
      problems,
      value,
      check(answer) {
        const found = problems(normalise(answer).answer);
        return found.length === 0 ? true : found.map(describeProblem).join('; ');
      },
    };
  });
}

/**
 * A record given whole (a --record): its text values tidied as the questions tidy answers, with a
 * note for each change. Values of other types are left as they are.
 */
export function normaliseRecord(questions: readonly Question[], input: Record<string, unknown>): { input: Record<string, unknown>; notes: string[] } {
  const notes: string[] = [];
  const tidied = { ...input };
  for (const question of questions) {
    const value = input[question.field.name];
    if (typeof value !== 'string' || question.field.list) continue;
    const { answer, note } = question.normalise(value);
    tidied[question.field.name] = answer;
    if (note) notes.push(note);
  }
  return { input: tidied, notes };
}
