// Provenance: when each confirmed capture happened and which client sent it, kept beside the
// native store in `<name>/captures.jsonl` so the streamers' own formats stay untouched.
import fs from 'node:fs/promises';
import path from 'node:path';
import { StorageError } from '../core/errors.js';
import { syncFolder } from './durableFile.js';

export interface Capture {
  movieId: string;
  capturedAt: string;
  /** The client's own name for itself. */
  source: string;
  /** The verified token's subject; absent in captures recorded before tokens existed. */
  subject?: string | null;
}

export class CaptureLog {
  private readonly captures: Capture[] = [];
  private readonly byMovie = new Map<string, Capture>();
  /** A line cut short by a crash is skipped on read; the next append starts on a fresh line. */
  private needsLineBreak = false;

  private constructor(readonly file: string) {}

  static async open(file: string): Promise<CaptureLog> {
    const log = new CaptureLog(file);
    let text = '';
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new StorageError(`Cannot read ${file}`, file, { cause: err });
    }
    for (const line of text.split('\n')) {
      try {
        if (line.trim()) log.remember(JSON.parse(line) as Capture);
      } catch {
        // A torn last line: that capture was never confirmed to anyone.
      }
    }
    log.needsLineBreak = text.length > 0 && !text.endsWith('\n');
    return log;
  }

  private remember(capture: Capture): void {
    this.captures.push(capture);
    this.byMovie.set(capture.movieId, capture);
  }

  async append(captures: Capture[]): Promise<void> {
    const text = (this.needsLineBreak ? '\n' : '') + captures.map((c) => `${JSON.stringify(c)}\n`).join('');
    try {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      const created = this.captures.length === 0 && !this.needsLineBreak;
      const handle = await fs.open(this.file, 'a');
      try {
        await handle.write(text);
        await handle.sync();
      } finally {
        await handle.close();
      }
      if (created) await syncFolder(path.dirname(this.file)); // the new file's name must last too
    } catch (err) {
      throw new StorageError(`Cannot write ${this.file}: ${(err as Error).message}`, this.file, { cause: err });
    }
    this.needsLineBreak = false;
    captures.forEach((capture) => this.remember(capture));
  }

  of(movieId: string): Capture | undefined {
    return this.byMovie.get(movieId);
  }

  /** Newest first, optionally only those from one source. */
  recent(source: string | null | undefined, first: number, offset: number): Capture[] {
    const found: Capture[] = [];
    let skipped = 0;
    for (let i = this.captures.length - 1; i >= 0 && found.length < first; i--) {
      const capture = this.captures[i]!;
      if (source && capture.source !== source) continue;
      if (skipped++ >= offset) found.push(capture);
    }
    return found;
  }
}
