// What every HTTP service does the same way in front of GraphQL.
import express from 'express';
import { badRequest, ErrorCode } from './errors.js';
import { noteErrorCodes } from './log.js';

/**
 * A JSON body parser whose refusals (not JSON, too large, an unknown charset or encoding, a body that
 * does not inflate) are answered in GraphQL's JSON with code BAD_REQUEST, never Express's HTML page
 * or a stack trace in the log: they are the client's mistakes, a code on the request's log line.
 */
export function jsonBody(maxBytes: number): [express.RequestHandler, express.ErrorRequestHandler] {
  return [
    express.json({ limit: maxBytes }),
    (err: Error & { type?: string; status?: number }, _req, res, next) => {
      // body-parser's refusals carry a 4xx status (zlib's inflate errors too); anything else is ours.
      const status = err.status ?? (err instanceof SyntaxError ? 400 : 500);
      if (status < 400 || status >= 500) return next(err);
      const message =
        err.type === 'entity.too.large'
          ? `The request body is larger than ${maxBytes} bytes`
          : err.type === 'entity.parse.failed' || err instanceof SyntaxError
            ? 'The request body is not valid JSON'
            : `The request body cannot be read: ${err.message}`;
      noteErrorCodes([ErrorCode.BadRequest]);
      res.status(status).json({ errors: [badRequest(message).toJSON()] });
    },
  ];
}
