// The shapes that travel between the service and its clients, defined once for both sides.

/** Why a value was refused: the field as the client named it, the rule it broke, and the value. */
export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
  /** The value refused; undefined (null on the wire) when it was missing. */
  value: unknown;
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
