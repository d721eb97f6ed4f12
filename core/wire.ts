// The shapes that travel between the service and its clients, defined once for both sides.

/** Why a value was refused: the field as the client named it, the rule it broke, and the value. */
export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
  /** The value refused; undefined (null on the wire) when it was missing. */
  value: unknown;
}

// Here rather than in problems.ts: the client package carries this module to word GraphQL's own
// refusals, and problems.ts's types import ajv, which the package's declarations must not.
const typeWords: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a record',
  null: 'empty',
  // GraphQL's names for the same
  Int: 'a whole number',
  Float: 'a number',
  String: 'text',
  ID: 'text',
  Boolean: 'true or false',
};

/** `a whole number`, `text`: what a value of a JSON Schema or GraphQL type is, in words. */
export function typeInWords(type: string): string {
  return typeWords[type] ?? type;
}

export function describeProblem(problem: FieldProblem): string {
  // null is how a missing value comes over the wire: the same word as where it is still undefined.
  const value = problem.value == null ? 'missing' : JSON.stringify(problem.value);
  return `${problem.field} ${problem.message} (rule: ${problem.rule}, value: ${value})`;
}

/** One property of a record's JSON Schema (schema/records/*.schema.json), as far as clients read it. */
export interface RecordPropertySchema {
  type?: string;
  enum?: string[];
  description?: string;
  default?: unknown;
  items?: RecordPropertySchema;
  [keyword: string]: unknown;
}

/** A streamer record's JSON Schema: the metadata every stored and captured record must pass. */
export interface RecordJsonSchema {
  title: string;
  properties: Record<string, RecordPropertySchema>;
  required?: string[];
  [keyword: string]: unknown;
}

/** The counts of a load report: what a streamer found in its store at start-up. */
export interface LoadReportCounts {
  storedRecords: number;
  servedRecords: number;
  invalidRecords: number;
  duplicateRecords: number;
}

export type CaptureStatus = 'CREATED' | 'DUPLICATE' | 'REJECTED' | 'SKIPPED';
