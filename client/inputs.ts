// Turn loosely typed records (CSV text, JSON from another system, answers at a prompt) into a
// streamer's GraphQL input, field by field, so one bad value refuses one record, not a batch.
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

/** A record as the streamer's input, or the problems that keep it from being one. */
export function toInput(record: Record<string, unknown>, fields: readonly InputField[]): { input?: Record<string, unknown>; problems: string[] } {
  const input: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, value] of Object.entries(record)) {
    const target = inputName(name, fields);
    if (!target) {
      problems.push(`${name} is not a field of this streamer (fields: ${fields.map((f) => f.name).join(', ')})`);
      continue;
    }
    if (value === '' || value === null || value === undefined) continue;
    const converted = convert(fields.find((f) => f.name === target)!, value);
    if (converted.problem) problems.push(converted.problem);
    else input[target] = converted.value;
  }
  for (const field of fields) {
    if (field.required && input[field.name] === undefined && !problems.some((p) => p.startsWith(`${field.name} `))) problems.push(`${field.name} is required`);
  }
  return problems.length ? { problems } : { input, problems };
}
