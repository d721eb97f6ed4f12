// What every HTTP service does the same way in front of GraphQL.
import express from 'express';
import { badRequest } from './errors.js';

/**
 * A JSON body parser whose refusals (not JSON, too large) are answered in GraphQL's JSON with code
 * BAD_REQUEST, never Express's HTML page or a stack trace in the log.
 */
export function jsonBody(maxBytes: number): [express.RequestHandler, express.ErrorRequestHandler] {
  return [
    express.json({ limit: maxBytes }),
    (err: Error & { type?: string }, _req, res, next) => {
      if (err.type !== 'entity.too.large' && err.type !== 'entity.parse.failed' && !(err instanceof SyntaxError)) return next(err);
      const tooLarge = err.type === 'entity.too.large';
      const message = tooLarge ? `The request body is larger than ${maxBytes} bytes` : 'The request body is not valid JSON';
      res.status(tooLarge ? 413 : 400).json({ errors: [badRequest(message).toJSON()] });
    },
  ];
}
