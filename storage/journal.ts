// Appending in place, crash-safely: before bytes are written at an offset of a store, a journal
// beside it records that offset and the bytes the write will cover (the tail it overwrites: none for
// a CSV, `\n  ]\n}\n` for a JSON document). After the write is durable, the journal says so. A crash
// in between leaves "pending" in the journal, and opening the store again puts the tail back: the
// file is exactly as after its last complete write. The journal is one small file, created once and
// overwritten in place, so a write costs three fsyncs and no rename.
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { syncFolder } from './durableFile.js';

interface Pending {
  offset: number;
  /** The bytes from `offset` to the end of the file before the write, base64. */
  tail: string;
}

export class WriteJournal {
  private constructor(readonly file: string) {}

  /**
   * The journal of an existing store file, with a crash's leftover repaired; undefined when there is
   * no store, or the journal cannot be opened: reads go on, and the next write tries again (and fails).
   */
  static async recover(store: string): Promise<WriteJournal | undefined> {
    if (!fsSync.existsSync(store)) return undefined;
    return WriteJournal.open(store).catch(() => undefined);
  }

  /** The journal of a store file, `.<name>.journal` beside it; a crash's leftover is repaired first. */
  static async open(store: string): Promise<WriteJournal> {
    const journal = new WriteJournal(path.join(path.dirname(store), `.${path.basename(store)}.journal`));
    const handle = await fs.open(journal.file, 'a+');
    const created = (await handle.stat()).size === 0;
    await handle.close();
    if (created) await syncFolder(path.dirname(journal.file)); // its name must last before it is relied on
    const pending = await journal.pending();
    if (pending) await journal.restore(store, pending);
    return journal;
  }

  private async pending(): Promise<Pending | undefined> {
    const text = (await fs.readFile(this.file, 'utf8')).trim();
    if (!text.startsWith('{')) return undefined;
    try {
      return JSON.parse(text) as Pending;
    } catch {
      return undefined; // a torn journal line: the write it announced had not begun
    }
  }

  private async record(line: string): Promise<void> {
    const handle = await fs.open(this.file, 'r+').catch(async (err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
      // Deleted under us: made again, and its name made durable before it is relied on.
      const created = await fs.open(this.file, 'w+');
      await syncFolder(path.dirname(this.file));
      return created;
    });
    try {
      await handle.truncate(0);
      await handle.write(`${line}\n`, 0);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** Put the store back as it was before an unfinished write. */
  private async restore(store: string, pending: Pending): Promise<void> {
    const data = await fs.open(store, 'r+');
    try {
      await data.truncate(pending.offset);
      const tail = Buffer.from(pending.tail, 'base64');
      await data.write(tail, 0, tail.length, pending.offset);
      await data.sync();
    } finally {
      await data.close();
    }
    await this.record('clean');
  }

  /** Write `bytes` at `offset` of the store, replacing what follows: all of it, or nothing. */
  async write(store: string, offset: number, bytes: Buffer): Promise<void> {
    const data = await fs.open(store, 'r+');
    let pending: Pending | undefined;
    try {
      const tail = Buffer.alloc((await data.stat()).size - offset);
      await data.read(tail, 0, tail.length, offset);
      pending = { offset, tail: tail.toString('base64') };
      await this.record(JSON.stringify(pending));
      await data.write(bytes, 0, bytes.length, offset);
      await data.truncate(offset + bytes.length);
      await data.sync();
    } catch (err) {
      await data.close();
      // Undo at once what may have been written; if even that fails, the next open will.
      if (pending) await this.restore(store, pending).catch(() => undefined);
      throw err;
    }
    await data.close();
    await this.record('clean');
  }
}
