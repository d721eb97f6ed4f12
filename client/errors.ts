// The client's one error class. Whatever the service refused or failed — a record's field problems,
// a missing or mistyped input field caught by GraphQL itself, an argument out of range, a streamer
// that is down — it arrives as one MoviesError with the server's code, every field problem in the
// service's own shape, and the streamer it concerns. The server's codes come from core/codes.ts.
import { ErrorCode } from '../core/codes.js';
import { typeInWords, type FieldProblem } from '../core/wire.js';

export { ErrorCode };
export type { FieldProblem };

/** The codes only a client produces, beside the service's own. */
export enum ClientErrorCode {
  /** The gateway could not be reached, even after retries. */
  Unreachable = 'UNREACHABLE',
  /** The service has no streamer of that name. */
  UnknownStreamer = 'UNKNOWN_STREAMER',
  /** The service answered something that is not a GraphQL response. */
  BadResponse = 'BAD_RESPONSE',
  /** An argument this client cannot send to the service it talks to (the service has no such argument). */
  UnknownArgument = 'UNKNOWN_ARGUMENT',
}

/** A refusal or failure, in words for a person, with the code, every field problem and the streamer. */
export class MoviesError extends Error {
  constructor(
    message: string,
    /** The server's `extensions.code` (ErrorCode), or the client's own (ClientErrorCode). */
    readonly code: ErrorCode | ClientErrorCode | string,
    /** Every field problem the service named: `{ field, rule, message, value }`. */
    readonly problems: FieldProblem[] = [],
    /** The streamer the refusal or failure concerns, when there is one. */
    readonly streamer?: string,
  ) {
    super(message);
    this.name = 'MoviesError';
  }
}

export const unreachable = (detail: string) => new MoviesError(detail, ClientErrorCode.Unreachable);
export const unknownStreamer = (name: string, known: string[]) =>
  new MoviesError(`No streamer named "${name}"; known: ${known.join(', ')}`, ClientErrorCode.UnknownStreamer);
export const badResponse = (detail: string) => new MoviesError(`The service answered ${detail}`, ClientErrorCode.BadResponse);
export const unknownArgument = (field: string, name: string, value: unknown, known: string[]) =>
  new MoviesError(`${field} takes no argument ${name} on this service${known.length ? `; it takes ${known.join(', ')}` : ''}`, ClientErrorCode.UnknownArgument, [
    { field: name, rule: 'argument', message: `is not an argument of ${field}`, value },
  ]);

/** One error of a GraphQL response, as the service sends it. */
export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; problems?: FieldProblem[]; streamer?: string; argument?: string; value?: unknown; [key: string]: unknown };
}

/** graphql-js prints a refused value like JSON for scalars; anything else is kept as it printed it. */
function printedValue(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The variables that carry records in the client's capture operations: their fields are the record's. */
const recordVariables = new Set(['input', 'inputs']);

/**
 * Where a problem is, as the caller sent it: a record's field as in the record (`input.year` →
 * `year`, `inputs[2].year` → `[2].year`), anything else by its argument's path (`orderBy.field`,
 * `streamers[0]`, `yearFrom`).
 */
function fieldPath(variable: string, at: string | undefined, field?: string): string {
  const path = [at ?? variable, field].filter(Boolean).join('.');
  return recordVariables.has(variable) && path !== variable ? path.slice(variable.length).replace(/^\./, '') : path;
}

/**
 * The field problems of one error. The service's own (a record's validation, an argument out of
 * range) come as they are; GraphQL's variable errors ("Variable "$input" got invalid value ...;
 * Field "year" of required type "Int!" was not provided.") are read into the same shape.
 */
function problemsOf(error: GraphQLErrorBody): FieldProblem[] {
  const extensions = error.extensions ?? {};
  if (Array.isArray(extensions.problems) && extensions.problems.length) {
    // A batch's refusal says which record: its fields are named `[2].year`, as GraphQL's would be.
    const prefix = typeof extensions.index === 'number' ? `[${extensions.index}].` : '';
    // A missing value is null, as on the wire, even where the service left the key out.
    return extensions.problems.map((p) => ({ ...p, field: `${prefix}${p.field}`, value: p.value ?? null }));
  }
  if (typeof extensions.argument === 'string') {
    const message = error.message.startsWith(extensions.argument) ? error.message.slice(extensions.argument.length).replace(/^:?\s*/, '') : error.message;
    return [{ field: extensions.argument, rule: 'argument', message, value: extensions.value }];
  }
  const variable = /^Variable "\$(\w+)" got invalid value (.*?)(?: at "([^"]+)")?; (.*)$/s.exec(error.message);
  if (!variable) return [];
  // `at` is absent when the variable itself is refused, not a field inside it.
  const [, name = '', printed = '', at, reason = ''] = variable;
  const missing = /^Field "(\w+)" of required type "[^"]+" was not provided\./.exec(reason);
  if (missing) return [{ field: fieldPath(name, at, missing[1]), rule: 'required', message: 'is required', value: null }];
  const extra = /^Field "(\w+)" is not defined by type "(\w+)"/.exec(reason);
  if (extra) return [{ field: fieldPath(name, at, extra[1]), rule: 'additionalProperties', message: `is not a field of ${extra[2]}`, value: null }];
  const value = /^Value (".*") does not exist in "(\w+)" enum/.exec(reason);
  if (value) return [{ field: fieldPath(name, at), rule: 'enum', message: `is not one of ${value[2]}'s values`, value: printedValue(value[1]) }];
  if (/^Expected non-nullable type .* not to be null/.test(reason)) return [{ field: fieldPath(name, at), rule: 'required', message: 'is required', value: null }];
  const scalar = /^(Int|Float|String|ID|Boolean) cannot represent/.exec(reason);
  const message = scalar ? `must be ${typeInWords(scalar[1]!)}` : reason.replace(/\.$/, '');
  return [{ field: fieldPath(name, at), rule: 'type', message, value: printedValue(printed) }];
}

function sentence(problems: FieldProblem[]): string {
  return problems.map((p) => `${p.field} ${p.message}${p.value == null ? '' : ` (value: ${JSON.stringify(p.value)})`}`).join('; ');
}

/** Every error of one response as one MoviesError: the first error's code, every error's problems. */
export function fromResponse(errors: readonly GraphQLErrorBody[], streamer?: string): MoviesError {
  const first = errors[0]!;
  const code = first.extensions?.code ?? ErrorCode.Internal;
  const about = first.extensions?.streamer ?? streamer;
  const problems = errors.filter((e) => (e.extensions?.code ?? code) === code).flatMap(problemsOf);
  switch (code) {
    case ErrorCode.StreamerUnavailable:
      return new MoviesError(`${about ?? 'The streamer'} cannot be reached right now; try again later.`, code, [], about);
    case ErrorCode.Unauthenticated:
    case ErrorCode.Forbidden:
      return new MoviesError(`${first.message} (set MOVIES_TOKEN to a token from \`npm run token\`)`, code, [], about);
    case ErrorCode.BadUserInput: {
      // The service's own sentences name every problem already; GraphQL's are rewritten from the problems.
      const own = errors.every((e) => Array.isArray(e.extensions?.problems) || typeof e.extensions?.argument === 'string');
      const shown = 5;
      const message = own
        ? errors.slice(0, shown).map((e) => e.message).join('\n') + (errors.length > shown ? `\n… and ${errors.length - shown} more` : '')
        : problems.length
          ? `${about ? `${about}: ` : ''}refused: ${sentence(problems)}`
          : first.message;
      return new MoviesError(message, code, problems, about);
    }
    case ErrorCode.GraphQLValidationFailed:
    case ErrorCode.GraphQLParseFailed:
      return new MoviesError(`The service does not accept this request: ${errors.map((e) => e.message).join('; ')}`, code, problems, about);
    default:
      return new MoviesError(`The service failed: ${first.message}`, code, problems, about);
  }
}
