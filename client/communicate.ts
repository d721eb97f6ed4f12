// communicate: the one door through which the capture CLI and the remote ingester talk to the
// service. It learns the streamers from the service (`streamers` says each one's capture fields,
// input and schema), so it knows none by name. Coded errors become sentences, and the gateway is
// retried with backoff when it cannot be reached — never when it answered.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse, print } from 'graphql';
import pRetry, { AbortError } from 'p-retry';
import { badResponse, ClientErrorCode, CommunicateError, ErrorCode, unknownStreamer, unreachable } from '../core/errors.js';
import type { CaptureStatus, FieldProblem } from '../core/wire.js';
import { ClientStreamersDocument, type ClientStreamersQuery } from './generated/graphql.js';

export { CommunicateError, ClientErrorCode, ErrorCode };

/** A stored record as the service read it back: the shared Movie fields and the streamer's own. */
export type StoredRecord = { id: string; title: string } & Record<string, unknown>;

/** One record's outcome, the same shape for every streamer. */
export interface CaptureResult {
  status: CaptureStatus;
  record: StoredRecord | null;
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
export type InputField = StreamerInfo['inputFields'][number];

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; problems?: FieldProblem[]; streamer?: string };
}

function readable(error: GraphQLErrorBody): CommunicateError {
  const code = error.extensions?.code ?? ErrorCode.Internal;
  const streamer = error.extensions?.streamer;
  switch (code) {
    case ErrorCode.StreamerUnavailable:
      return new CommunicateError(`${streamer ?? 'The streamer'} cannot be reached right now; try again later.`, code, [], streamer);
    case ErrorCode.Unauthenticated:
    case ErrorCode.Forbidden:
      return new CommunicateError(`${error.message} (set MOVIES_TOKEN to a token from \`npm run token\`)`, code, [], streamer);
    case ErrorCode.BadUserInput:
      return new CommunicateError(error.message, code, error.extensions?.problems ?? [], streamer);
    case ErrorCode.GraphQLValidationFailed:
    case ErrorCode.GraphQLParseFailed:
      return new CommunicateError(`The service does not accept this request: ${error.message}`, code);
    default:
      return new CommunicateError(`The service failed: ${error.message}`, code, [], streamer);
  }
}

export interface CommunicateOptions {
  /** The gateway's GraphQL endpoint. */
  url: string;
  /** A bearer token for every request (capturing needs one with scope `capture:<streamer>`). */
  token?: string;
  /** Attempts after the first when the gateway cannot be reached. */
  retries?: number;
  /** First wait before a retry, doubled each time. */
  minRetryDelayMs?: number;
  onRetry?: (attempt: number, error: Error) => void;
}

const problemFields = 'problems { field rule message value }';

/** The capture operations of one streamer, built from what the service says of it. */
function captureDocuments(streamer: StreamerInfo) {
  const { api } = streamer;
  const record = `record { ${streamer.entityFields.join(' ')} capture { capturedAt source } }`;
  const one = `mutation Capture${streamer.entityType}($input: ${api.inputType}!, $source: String!) {
    result: ${api.captureOne}(input: $input, source: $source) { status ${record} ${problemFields} }
  }`;
  const batch = `mutation Capture${streamer.entityType}s($inputs: [${api.inputType}!]!, $allOrNothing: Boolean!, $source: String!) {
    result: ${api.captureBatch}(inputs: $inputs, allOrNothing: $allOrNothing, source: $source) {
      created duplicates rejected skipped results { status ${record} ${problemFields} }
    }
  }`;
  return {
    one: parse(one) as TypedDocumentNode<{ result: CaptureResult }, { input: Record<string, unknown>; source: string }>,
    batch: parse(batch) as TypedDocumentNode<{ result: BatchResult }, { inputs: Record<string, unknown>[]; allOrNothing: boolean; source: string }>,
  };
}

export class Communicate {
  private streamerList: Promise<StreamerInfo[]> | undefined;

  constructor(private readonly options: CommunicateOptions) {}

  async request<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
    const query = print(document);
    const attempt = pRetry(
      async () => {
        let response: Response;
        try {
          response = await fetch(this.options.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(this.options.token && { authorization: `Bearer ${this.options.token}` }) },
            body: JSON.stringify({ query, variables }),
          });
        } catch (err) {
          // Connection refused, reset, DNS: worth another try.
          throw new Error(`Cannot reach ${this.options.url}: ${(err as Error & { cause?: Error }).cause?.message ?? (err as Error).message}`);
        }
        const body = (await response.json().catch(() => ({}))) as { data?: R; errors?: GraphQLErrorBody[] };
        if (body.errors?.length) throw new AbortError(readable(body.errors[0]!));
        if (!body.data) throw new AbortError(badResponse(`HTTP ${response.status} without data`));
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
      throw err instanceof CommunicateError ? err : unreachable(err.message);
    });
  }

  /** Every streamer and what a client needs of it; asked once, again only after a failure. */
  streamers(): Promise<StreamerInfo[]> {
    this.streamerList ??= this.request(ClientStreamersDocument, {}).then(
      (data) => data.streamers,
      (err: Error) => {
        this.streamerList = undefined;
        throw err;
      },
    );
    return this.streamerList;
  }

  /** A streamer by its name (PearTV) or subgraph name (peartv), in any case. */
  async streamer(name: string): Promise<StreamerInfo> {
    const list = await this.streamers();
    const wanted = name.trim().toLowerCase();
    const found = list.find((s) => s.subgraph === wanted || s.name.toLowerCase() === wanted);
    if (!found) throw unknownStreamer(name, list.map((s) => s.subgraph));
    return found;
  }

  /** Capture one record; a refused one throws a CommunicateError with its problems. */
  async captureOne(streamer: string, input: Record<string, unknown>, source: string): Promise<CaptureResult> {
    const { one } = captureDocuments(await this.streamer(streamer));
    return (await this.request(one, { input, source })).result;
  }

  async captureBatch(streamer: string, inputs: Record<string, unknown>[], options: { allOrNothing?: boolean; source: string }): Promise<BatchResult> {
    const { batch } = captureDocuments(await this.streamer(streamer));
    return (await this.request(batch, { inputs, allOrNothing: options.allOrNothing ?? false, source: options.source })).result;
  }
}
