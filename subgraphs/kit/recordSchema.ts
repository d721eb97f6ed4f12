// Metadata: one JSON Schema per streamer record (schema/records), compiled once with ajv.
// The same schema reads the seed files, validates captures and is served by `streamers`.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { recordSchemaDir } from '../../core/paths.js';
import { problemOf } from '../../core/problems.js';
import type { FieldProblem, RecordJsonSchema, RecordPropertySchema } from '../../core/wire.js';

export type NativeRecord = Record<string, unknown>;

const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
const loaded = new Map<string, RecordSchema>();

export class RecordSchema {
  readonly fieldNames: readonly string[];
  private readonly validateFn: ValidateFunction;
  private readonly byLowerName: Map<string, string>;

  constructor(readonly json: RecordJsonSchema) {
    this.validateFn = ajv.compile(json);
    this.fieldNames = Object.keys(json.properties);
    this.byLowerName = new Map(this.fieldNames.map((name) => [name.toLowerCase(), name]));
  }

  /** The schema in schema/records/<fileName>, compiled once per process (ajv keys schemas by $id). */
  static load(fileName: string): RecordSchema {
    let schema = loaded.get(fileName);
    if (!schema) {
      schema = new RecordSchema(JSON.parse(fs.readFileSync(path.join(recordSchemaDir, fileName), 'utf8')) as RecordJsonSchema);
      loaded.set(fileName, schema);
    }
    return schema;
  }

  /**
   * Read a stored or captured record as the schema sees it: field names matched without regard
   * to case, surrounding spaces trimmed, and, for untyped sources (CSV text), numbers read from
   * text that is exactly a number. Nothing else is coerced: a bad value stays bad for validate().
   */
  read(fields: unknown, untyped: boolean): unknown {
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return fields;
    const read = new Map<string, unknown>();
    for (const [rawName, rawValue] of Object.entries(fields)) {
      const name = this.byLowerName.get(rawName.trim().toLowerCase()) ?? rawName;
      read.set(name, this.readValue(rawValue, this.json.properties[name], untyped));
    }
    // The schema's field order first, so a captured record is written as the store's others are.
    const record: NativeRecord = {};
    for (const name of [...this.fieldNames, ...read.keys()]) if (read.has(name)) record[name] = read.get(name);
    return record;
  }

  private readValue(value: unknown, property: RecordPropertySchema | undefined, untyped: boolean): unknown {
    if (Array.isArray(value)) return value.map((item) => this.readValue(item, property?.items, untyped));
    if (typeof value !== 'string') return value;
    const text = value.trim();
    const numeric = property?.type === 'integer' || property?.type === 'number';
    if (untyped && numeric && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
    return text;
  }

  /** Enum values typed in another case take the schema's (`pg` → `PG`, `12a` → `12A`). */
  matchEnumCase(record: NativeRecord): NativeRecord {
    const matched: NativeRecord = { ...record };
    for (const [name, value] of Object.entries(record)) {
      const allowed = this.json.properties[name]?.enum;
      if (typeof value !== 'string' || !allowed) continue;
      const match = allowed.find((option) => typeof option === 'string' && option.toLowerCase() === value.toLowerCase());
      if (match !== undefined) matched[name] = match;
    }
    return matched;
  }

  /** Every problem with the record at once; an empty list means valid. */
  validate(record: unknown): FieldProblem[] {
    const problems = this.validateFn(record) ? [] : (this.validateFn.errors ?? []).map(problemOf);
    if (typeof record === 'object' && record !== null) {
      for (const [name, value] of Object.entries(record)) {
        const values = Array.isArray(value) ? value.map((item, i) => [`${name}[${i}]`, item] as const) : [[name, value] as const];
        for (const [field, text] of values) if (typeof text === 'string') problems.push(...textProblems(field, text));
      }
    }
    return problems;
  }
}

// Text every store can hold and every reader can read back: well-formed Unicode (a lone surrogate
// becomes U+FFFD in a CSV file and invalid UTF-8 in SQLite), and no control characters but tab and
// line breaks.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function textProblems(field: string, text: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const lone = loneSurrogate.exec(text);
  if (lone) problems.push({ field, rule: 'wellFormed', message: `must be well-formed Unicode text (a lone surrogate at character ${lone.index + 1})`, value: text });
  const control = controlCharacter.exec(text);
  if (control) {
    const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    problems.push({ field, rule: 'noControlCharacters', message: `must not contain control characters (${code} at character ${control.index + 1})`, value: text });
  }
  return problems;
}

/**
 * Renting never costs more than buying. Checked on every record, valid or not, so that one answer
 * holds every problem: it says nothing when either price is missing or not a number (the schema
 * names those).
 */
export function rentalNotAbovePurchase(field: string, rental: unknown, purchase: unknown): FieldProblem[] {
  if (typeof rental !== 'number' || typeof purchase !== 'number') return [];
  return rental > purchase
    ? [{ field, rule: 'rentalNotAbovePurchase', message: `must not be more than the purchase price ${purchase}`, value: rental }]
    : [];
}
