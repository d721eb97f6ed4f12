// A native file's bytes as of one moment, for exports. The file is opened first (a later rename
// cannot swap it), then only the bytes of its last complete write are read, followed by the bytes
// that close the document (a JSON store's `]}`), which a write in place overwrites and so are kept
// in memory.
import fs from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { NativeSnapshot } from './adapter.js';

export async function fileSnapshot(
  file: string,
  mediaType: string,
  /** Called as soon as the file is open: how many of its bytes are settled, and what closes them. */
  settled: (openSize: number) => { length: number; closing?: Buffer },
): Promise<NativeSnapshot> {
  const handle = await fs.open(file, 'r');
  try {
    const stat = await handle.stat();
    // A folder opens too; refused here, before any header is sent, rather than failing mid-download.
    if (!stat.isFile()) throw Object.assign(new Error(`EISDIR: ${file} is not a regular file`), { code: 'EISDIR' });
    const { length, closing = Buffer.alloc(0) } = settled(stat.size);
    return {
      mediaType,
      fileName: path.basename(file),
      size: length + closing.length,
      stream() {
        const out = new PassThrough();
        out.once('close', () => void handle.close().catch(() => undefined));
        if (length === 0) out.end(closing);
        else {
          const body = handle.createReadStream({ start: 0, end: length - 1, autoClose: false });
          body.once('error', (err) => out.destroy(err));
          body.once('end', () => out.end(closing));
          body.pipe(out, { end: false });
        }
        return out;
      },
    };
  } catch (err) {
    await handle.close();
    throw err;
  }
}

/** Bytes already in memory (a serialised database) as a snapshot. */
export function bufferSnapshot(file: string, mediaType: string, bytes: Buffer): NativeSnapshot {
  return { mediaType, fileName: path.basename(file), size: bytes.length, stream: () => Readable.from([bytes]) };
}
