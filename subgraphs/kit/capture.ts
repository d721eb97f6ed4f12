// Capture: the five steps every record takes into a native store, whoever sends it.
//   1. load data and metadata  — the store and its JSON Schema, loaded once (StreamerCatalogue)
//   2. capture                 — turn the input into a native record
//   3. validate                — the JSON Schema plus the streamer's own rules; refused: nothing written
//   4. insert physically       — append to the native file or table, durably, one writer at a time
//   5. confirm                 — read the records back from the store; answer only when they match
import { StorageError } from '../../core/errors.js';
import type { CaptureStatus, FieldProblem } from '../../core/wire.js';
import type { Capture } from '../../storage/index.js';
import type { StreamerCatalogue } from './catalogue.js';
import { inputNameOf, type MovieFields, type Served, type Streamer } from './definition.js';
import { GroupCommit } from './groupCommit.js';
import type { NativeRecord, RecordSchema } from './recordSchema.js';

export interface CaptureOutcome<E> {
  status: CaptureStatus;
  /** The record as stored: created now, or the one already stored that it duplicates. */
  record: E | null;
  problems: FieldProblem[];
}

export interface CaptureOptions {
  /** Refuse the whole batch, writing nothing, when any record is invalid. */
  allOrNothing: boolean;
  /** Who sent it, in the client's words: `cli`, a remote file's name, `api`. */
  source: string;
  /** Who sent it, as the verified token says. */
  subject: string | null;
}

interface Pending {
  record: NativeRecord;
  source: string;
  subject: string | null;
}

export const maxBatchSize = 1000;

/**
 * Step 2: the native record an input describes: input names become native ones, a number goes in
 * as text where the store keeps text (OduFlix's Year), text is trimmed, enum values take the
 * schema's case. Nothing else is coerced.
 */
export function recordOfInput(
  streamer: Streamer,
  schema: RecordSchema,
  input: Record<string, unknown>,
  nativeNames = new Map(schema.fieldNames.map((native) => [inputNameOf(streamer, native), native])),
): NativeRecord {
  const native: NativeRecord = {};
  for (const [name, value] of Object.entries(input)) {
    const nativeName = nativeNames.get(name) ?? name;
    const asText = schema.json.properties[nativeName]?.type === 'string' && typeof value === 'number';
    native[nativeName] = asText ? String(value) : value;
  }
  return schema.matchEnumCase(schema.read(native, false) as NativeRecord);
}

/** Problems named by native fields (`Year`, `Actors[2]`) renamed as the input names them (`year`, `actors[2]`). */
export function namedAsInput(streamer: Streamer, problems: FieldProblem[]): FieldProblem[] {
  return problems.map((problem) => {
    const [native, ...rest] = problem.field.split('[');
    return { ...problem, field: [inputNameOf(streamer, native!), ...rest].join('[') };
  });
}

/**
 * Step 3 without a store, for whoever holds the streamer's definition (the gateway, when GraphQL
 * refused some of an input's values): the JSON Schema and the streamer's rules over an input.
 */
export function inputRecordProblems(streamer: Streamer, schema: RecordSchema, input: Record<string, unknown>): FieldProblem[] {
  const record = recordOfInput(streamer, schema, input);
  const problems = schema.validate(record);
  if (streamer.rules) problems.push(...streamer.rules(record));
  return namedAsInput(streamer, problems);
}

export class CapturePipeline<F extends MovieFields> {
  private readonly nativeNames: Map<string, string>;
  private readonly writer: GroupCommit<Pending, Omit<CaptureOutcome<Served<F>>, 'problems'>>;

  /** Step 1 is done: the catalogue has loaded the store and its schema. */
  constructor(private readonly catalogue: StreamerCatalogue<object, F>) {
    this.writer = new GroupCommit((items) => this.insertAndConfirm(items));
    this.nativeNames = new Map(catalogue.schema.fieldNames.map((native) => [inputNameOf(catalogue.streamer, native), native]));
  }

  /** Step 2 (see recordOfInput). */
  toRecord(input: Record<string, unknown>): NativeRecord {
    return recordOfInput(this.catalogue.streamer, this.catalogue.schema, input, this.nativeNames);
  }

  /** Step 3: every problem, named by the input field the client sent. */
  validate(record: NativeRecord): FieldProblem[] {
    return namedAsInput(this.catalogue.streamer, this.catalogue.check(record).problems);
  }

  /** Capture inputs in order; one outcome per input. */
  async capture(inputs: Record<string, unknown>[], options: CaptureOptions): Promise<CaptureOutcome<Served<F>>[]> {
    const records = inputs.map((input) => this.toRecord(input));
    const problems = records.map((record) => this.validate(record));
    const anyInvalid = problems.some((p) => p.length > 0);
    const valid = records.flatMap((record, i) => (problems[i]!.length === 0 ? [{ record, source: options.source, subject: options.subject }] : []));
    const written = (anyInvalid && options.allOrNothing) || valid.length === 0 ? [] : await this.writer.submit(valid);
    let next = 0;
    return problems.map((recordProblems) => {
      if (recordProblems.length > 0) return { status: 'REJECTED', record: null, problems: recordProblems };
      if (anyInvalid && options.allOrNothing) return { status: 'SKIPPED', record: null, problems: [] };
      return { ...written[next++]!, problems: [] };
    });
  }

  /** Steps 4 and 5, for every record waiting, one writer at a time. */
  private async insertAndConfirm(items: Pending[]): Promise<Omit<CaptureOutcome<Served<F>>, 'problems'>[]> {
    const { catalogue } = this;
    // Duplicates of stored records, or of an earlier record in this write, are not written again.
    type Step = { write: number } | { repeats: number } | { stored: Served<F> };
    const firstOfPrint = new Map<string, number>();
    const toWrite: Pending[] = [];
    const plan = items.map((item): Step => {
      const print = catalogue.fingerprint(item.record);
      const stored = catalogue.servedWith(print);
      if (stored) return { stored };
      const earlier = firstOfPrint.get(print);
      if (earlier !== undefined) return { repeats: earlier };
      firstOfPrint.set(print, toWrite.length);
      return { write: toWrite.push(item) - 1 };
    });

    let created: Served<F>[] = [];
    if (toWrite.length > 0) {
      const receipt = await catalogue.store.append(toWrite.map((item) => item.record)); // step 4
      // In the file from here on: serve them at once, so that whatever fails below, sending them
      // again finds them (DUPLICATE) rather than writing them twice.
      created = catalogue.serve(toWrite.map((item, i) => ({ record: item.record, key: receipt.keys[i]! })));
      const readBack = await catalogue.store.readBack(receipt); // step 5
      const unconfirmed = (detail: string) =>
        new StorageError(`${catalogue.store.file}: records were written but could not be confirmed: ${detail}`, catalogue.store.file);
      if (readBack.length !== toWrite.length) throw unconfirmed(`read back ${readBack.length} of ${toWrite.length}`);
      // Equal in every field to what was validated and written is enough: no second validation.
      readBack.forEach((row, i) => {
        const record = catalogue.schema.read(row.fields, catalogue.store.untyped) as NativeRecord;
        if (catalogue.fingerprint(record) !== catalogue.fingerprint(toWrite[i]!.record)) {
          throw unconfirmed(`${row.location} differs from what was written`);
        }
      });
      const capturedAt = new Date().toISOString();
      await catalogue.captures.append(
        created.map((entity, i): Capture => ({ movieId: entity.id, capturedAt, source: toWrite[i]!.source, subject: toWrite[i]!.subject })),
      );
    }
    return plan.map((step) => {
      if ('write' in step) return { status: 'CREATED', record: created[step.write]! };
      return { status: 'DUPLICATE', record: 'stored' in step ? step.stored : created[step.repeats]! };
    });
  }
}
