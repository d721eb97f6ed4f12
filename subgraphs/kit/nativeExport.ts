// A streamer's native store as published, for the gateway's `GET /export/<streamer>/native`: the
// file's bytes as of its last complete write (storage's snapshot()), streamed, with its media type
// and a file name. Mounted under the subgraph's `/internal/`, so only the gateway's proof gets it.
import { pipeline } from 'node:stream/promises';
import express from 'express';
import { ErrorCode, StorageError } from '../../core/errors.js';
import { noteErrorCodes, requestLogger } from '../../core/log.js';
import type { StorageAdapter } from '../../storage/index.js';

/** The name a download is offered under: the subgraph's name and the store's own, `peartv-movies.db`. */
export function nativeFileName(subgraph: string, fileName: string): string {
  return `${subgraph}-${fileName}`;
}

export function nativeExportRoutes(subgraph: string, store: StorageAdapter): express.Router {
  const router = express.Router();
  router.get('/native', async (_req, res) => {
    let snapshot;
    try {
      snapshot = await store.snapshot();
    } catch (err) {
      const code = err instanceof StorageError ? ErrorCode.StorageUnavailable : ErrorCode.Internal;
      // The operator gets the cause (the file system's error); the client only the code.
      requestLogger().error({ err, code, ...(err instanceof StorageError && { file: err.file }) }, `native export of ${subgraph} failed: ${(err as Error).message}`);
      noteErrorCodes([code]);
      const message = err instanceof StorageError ? "The streamer's store cannot be read right now" : 'Internal server error';
      res.status(code === ErrorCode.StorageUnavailable ? 503 : 500).json({ errors: [{ message, extensions: { code } }] });
      return;
    }
    res.set({
      'content-type': snapshot.mediaType,
      'content-length': String(snapshot.size),
      'content-disposition': `attachment; filename="${nativeFileName(subgraph, snapshot.fileName)}"`,
      'cache-control': 'no-store',
    });
    // A client that goes away ends the stream: the file handle is closed either way. A read that
    // fails once the bytes have begun cuts the download off (the gateway passes the cut on).
    await pipeline(snapshot.stream(), res).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ERR_STREAM_PREMATURE_CLOSE') requestLogger().error({ err }, `native export of ${subgraph} cut off: ${err.message}`);
    });
  });
  return router;
}
