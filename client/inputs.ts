// Turn loosely typed records (CSV text, JSON from another system, answers at a prompt) into a
// streamer's GraphQL input, field by field, so one bad value refuses one record, not a batch.
import type { RecordJsonSchema } from '../core/wire.js';
import type { InputField } from './communicate.js';

const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The input field a record's field fills: named as in the input (`typeProgram`) or as in the native
 * store (`TypeProgram`, OduFlix's `Classification` for genre), ignoring case, spaces and punctuation.
 */
export function inputName(name: string, fields: readonly InputField[]): string | undefined {
  const key = squash(name);
  return (fields.find((field) => squash(field.name) === key) ?? fields.find((field) => squash(field.nativeName) === key))?.name;
}

/** Read one value as the input field's type; a string saying what is wrong when it cannot be. */
export function convert(field: InputField, value: unknown): { value?: unknown; problem?: string } {
  if (field.list) {
    const items = Array.isArray(value) ? value : String(value).split(/[;|]/);
    const converted = items.map((item) => convert({ ...field, list: false }, typeof item === 'string' ? item.trim() : item));
    const problem = converted.find((c) => c.problem)?.problem;
    return problem ? { problem } : { value: converted.map((c) => c.value).filter((v) => v !== '') };
  }
  const text = typeof value === 'string' ? value.trim() : value;
  switch (field.type) {
    case 'Int':
      if (typeof text === 'number' && Number.isInteger(text)) return { value: text };
      if (typeof text === 'string' && /^-?\d+$/.test(text)) return { value: Number(text) };
      return { problem: `${field.name} must be a whole number (value: ${JSON.stringify(value)})` };
    case 'Float':
      if (typeof text === 'number') return { value: text };
      if (typeof text === 'string' && /^-?\d+(\.\d+)?$/.test(text)) return { value: Number(text) };
      return { problem: `${field.name} must be a number (value: ${JSON.stringify(value)})` };
    default:
      return typeof text === 'string' || typeof text === 'number' ? { value: String(text) } : { problem: `${field.name} must be text (value: ${JSON.stringify(value)})` };
  }
}

/**
 * The one coercion rule, the same as the stores' on load: text (a CSV row, an answer at a prompt) is
 * read as the type the field needs; a JSON value keeps its JSON type, and text stands for a number
 * only where the streamer's own store keeps that number as text (OduFlix's Year).
 */
function typedProblem(field: InputField, value: unknown, schema: RecordJsonSchema | undefined): string | undefined {
  const wantsNumber = field.type === 'Int' || field.type === 'Float';
  const storedAsText = schema?.properties[field.nativeName]?.type === 'string';
  if (wantsNumber && typeof value === 'string' && !storedAsText) return `${field.name} must be a JSON number, not text (value: ${JSON.stringify(value)})`;
  if (field.type === 'String' && typeof value === 'number') return `${field.name} must be JSON text, not a number (value: ${value})`;
  return undefined;
}

/**
 * A record as the streamer's input, or the problems that keep it from being one. `json` says the
 * record comes with JSON's types (a JSON or JSON Lines file, a --record), checked against `schema`.
 */
export function toInput(
  record: Record<string, unknown>,
  fields: readonly InputField[],
  json?: { schema: RecordJsonSchema },
): { input?: Record<string, unknown>; problems: string[] } {
  const input: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, value] of Object.entries(record)) {
    const target = inputName(name, fields);
    if (!target) {
      problems.push(`${name} is not a field of this streamer (fields: ${fields.map((f) => f.name).join(', ')})`);
      continue;
    }
    if (value === '' || value === null || value === undefined) continue;
    const field = fields.find((f) => f.name === target)!;
    const typed = json && !field.list ? typedProblem(field, value, json.schema) : undefined;
    if (typed) {
      problems.push(typed);
      continue;
    }
    const converted = convert(field, value);
    if (converted.problem) problems.push(converted.problem);
    else input[target] = converted.value;
  }
  for (const field of fields) {
    if (field.required && input[field.name] === undefined && !problems.some((p) => p.startsWith(`${field.name} `))) problems.push(`${field.name} is required`);
  }
  return problems.length ? { problems } : { input, problems };
}
