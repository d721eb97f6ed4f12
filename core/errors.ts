// The one catalogue of coded errors: every code the service or its clients can produce, and one
// constructor per code (after apollo-server's internalErrorClasses.ts). Nothing else builds a coded
// error; storage failures become STORAGE_UNAVAILABLE at the adapter boundary (storage/index.ts).
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './codes.js';
import type { FieldProblem } from './wire.js';

// The codes live in codes.ts, which imports nothing: the client package carries them.
export { ErrorCode };

/** An argument or a record the caller must fix; `problems` lists every field problem of a record. */
export function badUserInput(message: string, details: { argument?: string; value?: unknown; problems?: FieldProblem[]; streamer?: string } = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, ...details } });
}

// graphql-armor's rules and graphql's parser refuse an operation over a limit with an error whose
// message names the limit: the code and the limit's name are added from it.
const limitNames: Record<string, string> = {
  'Query Cost': 'cost',
  Aliases: 'aliases',
  'Query depth': 'depth',
  Directives: 'directives',
  'Streamer calls': 'streamerCalls',
};

/** An operation that would cause more calls to streamers than the gateway allows at once. */
export function streamerCallsLimit(max: number, found: number): GraphQLError {
  return new GraphQLError(`Streamer calls limit of ${max} exceeded, found ${found}.`);
}

/** The limit an operation was refused by; undefined for other errors. */
function limitRefusal(message: string): { limit: string; max: number } | undefined {
  const armor = /^(?:Syntax Error: )?(Query Cost|Aliases|Query depth|Directives|Streamer calls) limit of (\d+) exceeded/.exec(message);
  if (armor) return { limit: limitNames[armor[1]!]!, max: Number(armor[2]) };
  // graphql-js spells it "more that" in some versions.
  const tokens = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/.exec(message);
  return tokens ? { limit: 'tokens', max: Number(tokens[1]) } : undefined;
}

export function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(`Not authenticated: ${reason}`, { extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } } });
}

export function forbidden(scope: string): GraphQLError {
  return new GraphQLError(`Forbidden: this needs the scope ${scope}`, { extensions: { code: ErrorCode.Forbidden, scope, http: { status: 403 } } });
}

/** A request refused before GraphQL sees it: a body that is not JSON, or is too large. */
export function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadRequest } });
}

/** A movie, streamer or file of the gateway's plain HTTP routes that does not exist; `details` name what was asked for. */
export function notFound(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NotFound, ...details, http: { status: 404 } } });
}

/** A record refused by validation: every problem, named, in one error; the values only in `problems`. */
export function recordRefused(streamer: string, problems: FieldProblem[], what = `${streamer} record`): GraphQLError {
  return badUserInput(`${what} refused: ${problems.map((p) => `${p.field} ${p.message} (rule: ${p.rule})`).join('; ')}`, { problems, streamer });
}

/** A native store that cannot be read or written. Thrown by storage adapters, coded by formatError. */
export class StorageError extends Error {
  readonly code = ErrorCode.StorageUnavailable;
  constructor(
    message: string,
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

export function streamerUnavailable(streamer: string, detail: string, serviceName?: string): GraphQLError {
  return new GraphQLError(`Streamer ${streamer} is unavailable: ${detail}`, {
    extensions: { code: ErrorCode.StreamerUnavailable, streamer, ...(serviceName && { serviceName }) },
  });
}

export function subgraphUnavailable(serviceName: string, detail: string): GraphQLError {
  return new GraphQLError(`Subgraph ${serviceName} is unavailable: ${detail}`, {
    extensions: { code: ErrorCode.SubgraphUnavailable, serviceName },
  });
}

/** A streamer answered the catalog with an error of its own: passed on with its code. */
export function streamerRefused(streamer: string, message: string, code: string | undefined): GraphQLError {
  return new GraphQLError(`Streamer ${streamer} refused the request: ${message}`, {
    extensions: { code: code ?? ErrorCode.Internal, streamer },
  });
}

/** The same error, placed at a path of the response (errors that qualify partial data). */
export function atPath(error: GraphQLError, path: readonly (string | number)[]): GraphQLError {
  return new GraphQLError(error.message, { path, extensions: error.extensions });
}

/**
 * Apollo Server `formatError`: every error leaves with a code; in production, errors we did not
 * raise on purpose lose their message (and Apollo Server already drops stack traces there).
 */
const maxMessageLength = 500;
const maxValueLength = 80;

/** A refused value, echoed no longer than a short prefix. */
function shortValue(value: unknown): unknown {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text === undefined || text.length <= maxValueLength) return value;
  return `${text.slice(0, maxValueLength)}… (${text.length} characters)`;
}

/** An error no larger than a person can read: long messages and refused values are cut. */
function bounded(formatted: GraphQLFormattedError): GraphQLFormattedError {
  // graphql-js quotes a refused variable's value whole, and a deep one ends in a stack overflow.
  let message = formatted.message.replace(/Maximum call stack size exceeded/g, 'the value is nested too deeply');
  if (message.length > maxMessageLength) message = `${message.slice(0, maxMessageLength)}… (cut)`;
  const extensions = formatted.extensions && { ...formatted.extensions };
  if (extensions && 'value' in extensions) extensions.value = shortValue(extensions.value);
  if (extensions && Array.isArray(extensions.problems)) {
    extensions.problems = (extensions.problems as FieldProblem[]).map((problem) => ({ ...problem, value: shortValue(problem.value) }));
  }
  return { ...formatted, message, ...(extensions && { extensions }) };
}

export function formatErrorFor(production: boolean) {
  const format = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof StorageError) {
      return {
        ...formatted,
        message: production ? "The streamer's store is unavailable" : original.message,
        extensions: { code: ErrorCode.StorageUnavailable },
      };
    }
    const limit = limitRefusal(formatted.message);
    if (limit) return { message: formatted.message.replace(/^Syntax Error: /, ''), extensions: { code: ErrorCode.OperationLimit, ...limit } };
    const code = formatted.extensions?.code ?? ErrorCode.Internal;
    if (production && code === ErrorCode.GraphQLValidationFailed) {
      // "Did you mean …?" would tell a stranger the schema's field names.
      return { ...formatted, message: formatted.message.replace(/ Did you mean .*$/, ''), extensions: { code } };
    }
    if (production && code === ErrorCode.Internal) {
      return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    return { ...formatted, extensions: { ...formatted.extensions, code } };
  };
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => bounded(format(formatted, error));
}
