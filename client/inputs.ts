// Turn loosely typed records (CSV text, JSON from another system, answers at a prompt) into a
// streamer's GraphQL input, field by field, so one bad value refuses one record, not a batch.
import type { ClientInputTypeQuery } from './generated/graphql.js';

export interface InputField {
  name: string;
  /** The named type inside any list / non-null wrapper: Int, Float, String ... */
  scalar: string;
  list: boolean;
  required: boolean;
}

type TypeRef = { kind: string; name: string | null; ofType?: TypeRef | null };

export function inputFieldsOf(type: ClientInputTypeQuery['__type']): InputField[] {
  return (type?.inputFields ?? []).map(({ name, type: ref }) => {
    let t: TypeRef | null | undefined = ref;
    const required = t.kind === 'NON_NULL';
    let list = false;
    while (t && !t.name) {
      if (t.kind === 'LIST') list = true;
      t = t.ofType;
    }
    return { name, scalar: t?.name ?? 'String', list, required };
  });
}

/** Native field names that differ from the input's beyond case: OduFlix calls its genre Classification. */
const nativeAliases: Record<string, Record<string, string>> = { oduflix: { classification: 'genre' } };

const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

export function inputName(streamer: string, nativeName: string, fields: InputField[]): string | undefined {
  const key = squash(nativeName);
  const aliased = nativeAliases[streamer]?.[key] ?? key;
  return fields.find((field) => squash(field.name) === aliased)?.name;
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
  switch (field.scalar) {
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
export function toInput(streamer: string, record: Record<string, unknown>, fields: InputField[]): { input?: Record<string, unknown>; problems: string[] } {
  const input: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, value] of Object.entries(record)) {
    const target = inputName(streamer, name, fields);
    if (!target) {
      problems.push(`${name} is not a field of this streamer (fields: ${fields.map((f) => f.name).join(', ')})`);
      continue;
    }
    if (value === '' || value === null || value === undefined) continue;
    const converted = convert(fields.find((f) => f.name === target)!, value);
    if (converted.problem) problems.push(converted.problem);
    else input[target] = converted.value;
  }
  for (const field of fields) if (field.required && input[field.name] === undefined && !problems.some((p) => p.startsWith(`${field.name} `))) problems.push(`${field.name} is required`);
  return problems.length ? { problems } : { input, problems };
}
