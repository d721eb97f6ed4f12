// communicate: the one door through which the capture CLI and the remote ingester talk to the
// service. Typed operations (client/generated, from `npm run codegen`), coded errors turned into
// sentences, and retries with backoff when the gateway cannot be reached — never when it answered.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import pRetry, { AbortError } from 'p-retry';
import {
  ClientCaptureBigForestMovieDocument,
  ClientCaptureBigForestMoviesDocument,
  ClientCaptureCcdProgrammeDocument,
  ClientCaptureCcdProgrammesDocument,
  ClientCaptureOduflixMovieDocument,
  ClientCaptureOduflixMoviesDocument,
  ClientCapturePearTvFilmDocument,
  ClientCapturePearTvFilmsDocument,
  ClientInputTypeDocument,
  ClientStreamersDocument,
  type CaptureStatus,
  type ClientStreamersQuery,
} from './generated/graphql.js';
import { inputFieldsOf, type InputField } from './inputs.js';

export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
  value: unknown;
}

/** One record's outcome, the same shape for every streamer. */
export interface CaptureResult {
  status: CaptureStatus;
  record: ({ id: string; title: string } & Record<string, unknown>) | null;
  problems: FieldProblem[];
}

export interface BatchResult {
  created: number;
  duplicates: number;
  rejected: number;
  skipped: number;
  results: CaptureResult[];
}

export type StreamerInfo = ClientStreamersQuery['streamers'][number];

/** A refusal or failure, in words for a person, with the service's code and any field problems. */
export class CommunicateError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'CommunicateError';
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; problems?: FieldProblem[]; streamer?: string };
}

function readable(error: GraphQLErrorBody): CommunicateError {
  const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  switch (code) {
    case 'STREAMER_UNAVAILABLE':
      return new CommunicateError(`${error.extensions?.streamer ?? 'The streamer'} cannot be reached right now; try again later.`, code);
    case 'BAD_USER_INPUT':
      return new CommunicateError(error.message, code, error.extensions?.problems ?? []);
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'GRAPHQL_PARSE_FAILED':
      return new CommunicateError(`The service does not accept this request: ${error.message}`, code);
    default:
      return new CommunicateError(`The service failed: ${error.message}`, code);
  }
}

export interface CommunicateOptions {
  /** The gateway's GraphQL endpoint. */
  url: string;
  /** Attempts after the first when the gateway cannot be reached. */
  retries?: number;
  /** First wait before a retry, doubled each time. */
  minRetryDelayMs?: number;
  onRetry?: (attempt: number, error: Error) => void;
}

// Each streamer's typed capture operations, by subgraph name.
const captureDocuments = {
  ccd: { one: ClientCaptureCcdProgrammeDocument, batch: ClientCaptureCcdProgrammesDocument },
  oduflix: { one: ClientCaptureOduflixMovieDocument, batch: ClientCaptureOduflixMoviesDocument },
  bigforest: { one: ClientCaptureBigForestMovieDocument, batch: ClientCaptureBigForestMoviesDocument },
  peartv: { one: ClientCapturePearTvFilmDocument, batch: ClientCapturePearTvFilmsDocument },
} as const;

export type StreamerName = keyof typeof captureDocuments;
export const streamerNames = Object.keys(captureDocuments) as StreamerName[];

export class Communicate {
  constructor(private readonly options: CommunicateOptions) {}

  async request<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
    const query = print(document);
    const attempt = pRetry(
      async () => {
        let response: Response;
        try {
          response = await fetch(this.options.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query, variables }),
          });
        } catch (err) {
          // Connection refused, reset, DNS: worth another try.
          throw new Error(`Cannot reach ${this.options.url}: ${(err as Error & { cause?: Error }).cause?.message ?? (err as Error).message}`);
        }
        const body = (await response.json().catch(() => ({}))) as { data?: R; errors?: GraphQLErrorBody[] };
        if (body.errors?.length) throw new AbortError(readable(body.errors[0]!));
        if (!body.data) throw new AbortError(new CommunicateError(`The service answered HTTP ${response.status} without data`, 'INTERNAL_SERVER_ERROR'));
        return body.data;
      },
      {
        retries: this.options.retries ?? 4,
        minTimeout: this.options.minRetryDelayMs ?? 250,
        factor: 2,
        onFailedAttempt: (error) => {
          if (error.retriesLeft > 0) this.options.onRetry?.(error.attemptNumber, error);
        },
      },
    );
    return attempt.catch((err: Error) => {
      throw err instanceof CommunicateError ? err : new CommunicateError(err.message, 'UNREACHABLE');
    });
  }

  async streamers(): Promise<StreamerInfo[]> {
    return (await this.request(ClientStreamersDocument, {})).streamers;
  }

  /** The fields of a streamer's capture input type (like PearTvFilmInput), with their types. */
  async inputFields(entityType: string): Promise<InputField[]> {
    const fields = inputFieldsOf((await this.request(ClientInputTypeDocument, { name: `${entityType}Input` })).__type);
    if (fields.length === 0) throw new CommunicateError(`The service has no input type ${entityType}Input`, 'NOT_FOUND');
    return fields;
  }

  /** Capture one record; a refused one throws a CommunicateError with its problems. */
  async captureOne(streamer: StreamerName, input: Record<string, unknown>, source: string): Promise<CaptureResult> {
    // Inputs come from people and files, checked by the service: the typed document gives the result's type.
    const document = captureDocuments[streamer].one as TypedDocumentNode<{ result: CaptureResult }, Record<string, unknown>>;
    return (await this.request(document, { input, source })).result;
  }

  async captureBatch(streamer: StreamerName, inputs: Record<string, unknown>[], options: { allOrNothing?: boolean; source: string }): Promise<BatchResult> {
    const document = captureDocuments[streamer].batch as TypedDocumentNode<{ result: BatchResult }, Record<string, unknown>>;
    return (await this.request(document, { inputs, allOrNothing: options.allOrNothing ?? false, source: options.source })).result;
  }
}
