// Turn loosely typed records (CSV text, JSON from another system, answers at a prompt) into a
// streamer's GraphQL input, field by field. Nothing is refused here: a value that is not what the
// field needs is sent as it is, and the service answers every problem of the record at once, in its
// own words (see README, "Capture"). The one coercion rule, the same as the stores' on load: text (a
// CSV row, an answer at a prompt) is read as the type the field needs; a JSON value keeps its JSON
// type, and text stands for a number only where the streamer's own store keeps that number as text
// (OduFlix's Year).
import type { FieldProblem, RecordJsonSchema } from '../core/wire.js';
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

const number = /^-?\d+(\.\d+)?$/;

/** Text read as the field's type where it is exactly one; anything else is left for the service to name. */
function fromText(field: InputField, text: string): unknown {
  const trimmed = text.trim();
  if ((field.type === 'Int' || field.type === 'Float') && number.test(trimmed)) return Number(trimmed);
  return trimmed;
}

/** One value as the input field takes it (see the rule above); `text` says it came as text. */
export function convert(field: InputField, value: unknown, text: boolean, schema?: RecordJsonSchema): unknown {
  if (field.list) {
    // A list in text is its items separated by `;` or `|` (`,` at a prompt); an empty item is none.
    const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[;|]/) : [value];
    return items.map((item) => convert({ ...field, list: false }, item, text, schema)).filter((item) => item !== '');
  }
  if (typeof value !== 'string') return value;
  if (text) return fromText(field, value);
  // JSON text: a number only where the store keeps it as text.
  const storedAsText = schema?.properties[field.nativeName]?.type === 'string';
  return storedAsText ? fromText(field, value) : value.trim();
}

/**
 * A record as the streamer's input: fields renamed to the input's names (a field it has not keeps
 * its name, for the service to name), empty values left out, values read by the coercion rule.
 * `json` says the record comes with JSON's types (a JSON or JSON Lines file, a --record).
 */
export function toInput(record: Record<string, unknown>, fields: readonly InputField[], json?: { schema: RecordJsonSchema }): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(record)) {
    if (value === '' || value === null || value === undefined) continue;
    const target = inputName(name, fields);
    const field = fields.find((f) => f.name === target);
    input[target ?? name] = field ? convert(field, value, !json, json?.schema) : value;
  }
  return input;
}

/** The names a record gave its fields (`YEAR`, `Title`), by the input field each fills. */
export function sentNames(record: Record<string, unknown>, fields: readonly InputField[]): Map<string, string> {
  return new Map(Object.keys(record).map((name) => [inputName(name, fields) ?? name, name]));
}

/** Problems named as the record named its fields (`YEAR` for year, `Actors[2]` for actors[2]). */
export function namedAsSent(problems: readonly FieldProblem[], names: ReadonlyMap<string, string>): FieldProblem[] {
  return problems.map((problem) => {
    const [head, ...rest] = problem.field.split('[');
    const sent = names.get(head!);
    return sent ? { ...problem, field: [sent, ...rest].join('[') } : problem;
  });
}
