// Structured logs (pino) for every process: one JSON object a line on stdout, or pino-pretty's
// coloured lines when stdout is a terminal. A request's id and what it did travel with it in
// AsyncLocalStorage, so that the request's one line, the faults logged on its way and the calls it
// makes to other services (the `x-request-id` header) all carry the same id.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type express from 'express';
import { getOperationAST, GraphQLError } from 'graphql';
import { pino, stdSerializers, stdTimeFunctions, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { readChoice, type Env } from './config.js';
import { ErrorCode, StorageError } from './errors.js';

export type { Logger } from 'pino';

export const requestIdHeader = 'x-request-id';
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];
export const logFormats = ['json', 'pretty'] as const;
export type LogFormat = (typeof logFormats)[number];

export interface LogSettings {
  /** LOG_LEVEL: the least severe level written (default info; `silent` writes nothing). */
  level: LogLevel;
  /** LOG_FORMAT: `pretty` by default when stdout is a terminal, `json` otherwise. */
  format: LogFormat;
}

export function readLogSettings(env: Env, terminal = Boolean(process.stdout.isTTY)): LogSettings {
  return {
    level: readChoice(env, 'LOG_LEVEL', logLevels, 'info'),
    format: readChoice(env, 'LOG_FORMAT', logFormats, terminal ? 'pretty' : 'json'),
  };
}

// On a terminal, the fields a line's message already says are not repeated beneath it.
const prettyHidden = 'pid,hostname,service,reqId,url,method,path,status,durationMs,operation,errorCodes,source,storage,storedRecords,servedRecords,invalidRecords,duplicateRecords';

/** `peartv <request id>: POST / 200 in 3 ms`; a message that starts with its service's name already ("peartv listening at") is not prefixed again. */
function prettyMessage(log: Record<string, unknown>, messageKey: string): string {
  const message = String(log[messageKey] ?? '');
  const service = typeof log.service === 'string' ? log.service : '';
  const head = `${service}${typeof log.reqId === 'string' ? ` ${log.reqId}` : ''}`;
  return !head || (!log.reqId && message.startsWith(`${service} `)) ? message : `${head}: ${message}`;
}

// One output per process (several services share one in tests), made on first use.
let root: Logger | undefined;
let overrides: { level?: LogLevel; destination?: DestinationStream } = {};

/**
 * Send this process's logs elsewhere, or at another level (tests capture them, or silence them).
 * Loggers made before keep their output: call it before starting the services.
 */
export function configureLogs(options: { level?: LogLevel; destination?: DestinationStream }): void {
  overrides = options;
  root = undefined;
}

function rootLogger(): Logger {
  if (!root) {
    const settings = { ...readLogSettings(process.env), ...(overrides.level && { level: overrides.level }) };
    const destination =
      overrides.destination ??
      (settings.format === 'pretty'
        ? pretty({ sync: true, colorize: true, ignore: prettyHidden, messageFormat: prettyMessage, translateTime: 'SYS:HH:MM:ss.l' })
        : pino.destination({ dest: 1, sync: true }));
    root = pino(
      {
        level: settings.level,
        base: { pid: process.pid },
        timestamp: stdTimeFunctions.isoTime,
        // A level an operator reads ("error"), not pino's number (50).
        formatters: { level: (label) => ({ level: label }) },
        // `cause` too: a storage fault's cause is the file system's own error.
        serializers: { err: stdSerializers.errWithCause },
      },
      destination,
    );
  }
  return root;
}

/** A service's logger: every line says which service wrote it. */
export function serviceLogger(service: string): Logger {
  return rootLogger().child({ service });
}

interface RequestLog {
  id: string;
  log: Logger;
  operation?: string;
  errorCodes?: string[];
}

const requests = new AsyncLocalStorage<RequestLog>();

/** The logger of the request under way (its lines carry its id and service), else the fallback or the process's. */
export function requestLogger(fallback?: Logger): Logger {
  return requests.getStore()?.log ?? fallback ?? rootLogger();
}

/** The header that carries the request under way's id to another service. */
export function requestIdHeaders(): Record<string, string> {
  const request = requests.getStore();
  return request ? { [requestIdHeader]: request.id } : {};
}

// An id from outside is kept when it is a plain token (it goes into every line), else one is made.
const acceptableId = /^[\w.:@+=/-]{1,128}$/;
// Probes and scrapes every few seconds: logged at debug, so that info shows what people asked.
const quietPaths = /^\/(?:health|ready|metrics)$|^\/playground\//;

/**
 * One line per HTTP request when its answer is sent: method, path, status, duration, and for
 * GraphQL the operation's name and the error codes of its answer. Mounted before every route.
 */
export function requestLogging(log: Logger): express.RequestHandler {
  return (req, res, next) => {
    const incoming = req.headers[requestIdHeader];
    const id = typeof incoming === 'string' && acceptableId.test(incoming) ? incoming : randomUUID();
    res.setHeader(requestIdHeader, id);
    const started = performance.now();
    const request: RequestLog = { id, log: log.child({ reqId: id }) };
    res.once('close', () => {
      const path = req.originalUrl.split('?')[0]!;
      const status = res.writableFinished ? res.statusCode : 499; // 499: the client went away first
      const durationMs = Math.round((performance.now() - started) * 10) / 10;
      const level = status >= 500 ? 'error' : quietPaths.test(path) ? 'debug' : 'info';
      const fields = {
        method: req.method,
        path,
        status,
        durationMs,
        ...(request.operation !== undefined && { operation: request.operation }),
        ...((request.operation !== undefined || request.errorCodes) && { errorCodes: request.errorCodes ?? [] }),
      };
      const codes = request.errorCodes?.length ? ` (${request.errorCodes.join(', ')})` : '';
      request.log[level](fields, `${req.method} ${path} ${status}${request.operation ? ` ${request.operation}` : ''} in ${durationMs} ms${codes}`);
    });
    requests.run(request, next);
  };
}

/** The error codes of a request answered before GraphQL saw it (a body that is not JSON). */
export function noteErrorCodes(codes: string[]): void {
  const request = requests.getStore();
  if (request) request.errorCodes = codes;
}

/** A coded error's code; undefined for an error nobody meant to raise. */
const codeOf = (error: GraphQLError) => (typeof error.extensions?.code === 'string' ? error.extensions.code : undefined);

/**
 * Apollo Server plugin: names the request's operation and error codes for its line, and logs each
 * fault of the service's own (a store that fails, an exception) with its cause and stack, which the
 * client never sees. A client's mistakes (bad input, a malformed query) are only codes on the line.
 */
export function loggingPlugin<TContext extends BaseContext>(log: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const request = requests.getStore();
      const lineLog = request?.log ?? log;
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const path = error.path?.join('.');
            if (original instanceof StorageError) {
              lineLog.error({ err: original, file: original.file, code: original.code, operation: operationName ?? 'anonymous', path }, `storage unavailable: ${original.message}`);
            } else if (original instanceof Error && !(original instanceof GraphQLError) && (codeOf(error) ?? ErrorCode.Internal) === ErrorCode.Internal) {
              lineLog.error({ err: original, code: ErrorCode.Internal, operation: operationName ?? 'anonymous', path }, `internal error: ${original.message}`);
            }
          }
        },
        async willSendResponse({ operationName, request: sent, document, response }) {
          if (!request) return;
          // The name the client gave, even when the operation was refused before it was resolved.
          const named = operationName ?? sent.operationName ?? (document && getOperationAST(document)?.name?.value);
          // A route that runs several operations (an export, page by page) is named by its first.
          request.operation ??= named ?? 'anonymous';
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((e) => String(e.extensions?.code ?? ErrorCode.Internal));
          request.errorCodes = [...new Set([...(request.errorCodes ?? []), ...codes])];
        },
      };
    },
  };
}

/**
 * The last handler of an Express app: an error no route answered is logged with its stack and
 * answered as a coded GraphQL error, never Express's HTML page with the stack in it.
 */
export function unhandledErrors(log: Logger): express.ErrorRequestHandler {
  return (err: Error, _req, res, next) => {
    if (res.headersSent) return next(err);
    requestLogger(log).error({ err }, `internal error: ${err.message}`);
    res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.Internal } }] });
  };
}
