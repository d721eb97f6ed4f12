// Replace a file so that a crash at any moment leaves either the old or the new content, never a
// mix: write a temporary file beside it, fsync it, rename it over the original. The caller then
// records the new state and calls syncFolder, which makes the rename itself durable.
import fs from 'node:fs/promises';
import path from 'node:path';

// One subgraph process owns a store, so one temporary name per file is enough; a temporary file left
// by a crash is simply overwritten by the next write.
export async function replaceFile(file: string, write: (handle: fs.FileHandle) => Promise<void>): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  const handle = await fs.open(temporary, 'w');
  try {
    await write(handle);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temporary, file);
  } catch (err) {
    await fs.rm(temporary, { force: true });
    throw err;
  }
}

/** Make a rename or a new file in the folder durable. */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
