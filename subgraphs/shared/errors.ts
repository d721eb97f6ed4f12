import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/** The error codes clients can rely on (`extensions.code`). */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  StorageUnavailable: 'STORAGE_UNAVAILABLE',
  StreamerUnavailable: 'STREAMER_UNAVAILABLE',
  SubgraphUnavailable: 'SUBGRAPH_UNAVAILABLE',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function badInput(message: string, argument: string, value: unknown): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BadUserInput, argument, value },
  });
}

/** A store that cannot be read or written: raised at the adapter boundary. */
export class StorageError extends Error {
  constructor(
    message: string,
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

export function streamerUnavailable(streamer: string, detail: string): GraphQLError {
  return new GraphQLError(`Streamer ${streamer} is unavailable: ${detail}`, {
    extensions: { code: ErrorCode.StreamerUnavailable, streamer },
  });
}

/**
 * Apollo Server `formatError`: every error leaves with a code; in production, errors we did not
 * raise on purpose lose their message (and Apollo Server already drops stack traces there).
 */
export function formatErrorFor(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof StorageError) {
      return {
        ...formatted,
        message: production ? 'The streamer\'s store is unavailable' : original.message,
        extensions: { code: ErrorCode.StorageUnavailable },
      };
    }
    const code = formatted.extensions?.code ?? ErrorCode.Internal;
    if (production && code === ErrorCode.Internal) {
      return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    return { ...formatted, extensions: { ...formatted.extensions, code } };
  };
}
