// Ingest safety (issue #8, item 7), with real files and real processes: symbolic links out of the
// inbox are reported and never followed, in one-shot and --watch runs; one ingest per inbox at a time.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Communicate } from '../client/communicate.js';
import { Ingester, lockName } from '../client/ingest.js';
import { repoRoot } from '../core/paths.js';
import { freePort, gql, startGraph, tempDataDir, type Graph } from './support.js';

let graph: Graph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.close();
});

const header = 'title,classification,country,rental,purchase,stars,year';
const pearTv = (title: string) => `${header}\n${title},PG,GB,1,2,3,2001\n`;
const count = async (query: string) => (await gql(graph.gatewayUrl, `{ searchMovies(query: ${JSON.stringify(query)}, first: 0) { totalCount } }`)).data.searchMovies.totalCount as number;

/** Every path under a folder with its bytes (a link as its target), to compare before and after. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const entries = await fs.readdir(folder, { recursive: true, withFileTypes: true });
  const pairs = await Promise.all(
    entries.map(async (entry) => {
      const at = path.join(entry.parentPath, entry.name);
      const content = entry.isSymbolicLink() ? `-> ${await fs.readlink(at)}` : entry.isFile() ? await fs.readFile(at, 'utf8') : '(folder)';
      return [path.relative(folder, at), content] as const;
    }),
  );
  return Object.fromEntries(pairs.sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * An inbox with one good PearTV file, a link to a file outside in PearTV/ and a streamer folder
 * `peartv` that is a link to a folder outside. Were the links followed, their titles would be stored.
 */
async function linkedInbox(tag: string) {
  const outside = await tempDataDir();
  await fs.writeFile(path.join(outside, 'secret.csv'), pearTv(`Outside File ${tag}`));
  await fs.mkdir(path.join(outside, 'folder'));
  await fs.writeFile(path.join(outside, 'folder', 'stolen.csv'), pearTv(`Outside Folder ${tag}`));
  const inbox = await tempDataDir();
  await fs.mkdir(path.join(inbox, 'PearTV'));
  await fs.writeFile(path.join(inbox, 'PearTV', 'good.csv'), pearTv(`Inside ${tag}`));
  await fs.symlink(path.join(outside, 'secret.csv'), path.join(inbox, 'PearTV', 'linked.csv'));
  await fs.symlink(path.join(outside, 'folder'), path.join(inbox, 'peartv'));
  return { inbox, outside, before: await snapshot(outside) };
}

/** Outside untouched, the links left where they are, nothing of theirs stored, the good file taken. */
async function expectLinksLeftAlone({ inbox, outside, before }: Awaited<ReturnType<typeof linkedInbox>>, tag: string) {
  expect(await snapshot(outside)).toEqual(before);
  expect((await fs.lstat(path.join(inbox, 'PearTV', 'linked.csv'))).isSymbolicLink()).toBe(true);
  expect((await fs.lstat(path.join(inbox, 'peartv'))).isSymbolicLink()).toBe(true);
  expect(await fs.readdir(path.join(inbox, 'PearTV', 'processed'))).toEqual(['good.csv', 'good.csv.receipt.json']);
  expect(await count(`Outside File ${tag}`)).toBe(0);
  expect(await count(`Outside Folder ${tag}`)).toBe(0);
  expect(await count(`Inside ${tag}`)).toBe(1);
}

function runIngest(args: string[], url = graph.gatewayUrl) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'client/bin/ingest.ts'), ...args, '--url', url], {
    cwd: repoRoot,
    // The graph's DATA_DIR holds its local keys: the command signs its own token with them.
    env: { ...process.env, DATA_DIR: graph.dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { out: '', err: '' };
  child.stdout.on('data', (chunk) => (output.out += chunk));
  child.stderr.on('data', (chunk) => (output.err += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output, exited };
}

/** The pid of a process that has come and gone. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('symbolic links out of the inbox', () => {
  it('are reported and not followed by Ingester.ingestFolder', async () => {
    const setup = await linkedInbox('Library');
    const skipped: string[] = [];
    const ingester = new Ingester({
      communicate: new Communicate({ url: graph.gatewayUrl, token: graph.writer, retries: 0 }),
      onSkip: (file, reason) => skipped.push(`${path.relative(setup.inbox, file)}: ${reason}`),
    });
    const receipts = await ingester.ingestFolder(setup.inbox);
    expect(receipts.map((r) => r.file)).toEqual(['good.csv']);
    expect(skipped.sort()).toEqual(['PearTV/linked.csv: symbolic link', 'peartv: symbolic link']);
    await expectLinksLeftAlone(setup, 'Library');
  });

  it('are reported and not followed by a one-shot run', async () => {
    const setup = await linkedInbox('Once');
    const run = runIngest([setup.inbox]);
    // A file not read is a file refused: the status says so.
    expect(await run.exited).toBe(1);
    expect(run.output.err).toContain('PearTV/linked.csv: skipped: symbolic link');
    expect(run.output.err).toContain('peartv: skipped: symbolic link');
    expect(run.output.out).toContain('remote:PearTV/good.csv: 1 stored, 0 duplicates, 0 refused');
    await expectLinksLeftAlone(setup, 'Once');
    expect(await fs.readdir(setup.inbox)).not.toContain(lockName);
  }, 30_000);

  it('are reported and not followed by --watch, whether there at the start or added while it watches', async () => {
    const setup = await linkedInbox('Watch');
    const run = runIngest([setup.inbox, '--watch']);
    const said = () => `The ingester said:\n${run.output.out}${run.output.err}`;
    try {
      await expect.poll(() => run.output.out, { timeout: 20_000 }).toContain('Watching');
      // Added while watching: a link to a file outside, and a streamer folder that is a link.
      await fs.symlink(path.join(setup.outside, 'secret.csv'), path.join(setup.inbox, 'PearTV', 'late.csv'));
      await fs.symlink(path.join(setup.outside, 'folder'), path.join(setup.inbox, 'CCD'));
      for (const line of ['PearTV/linked.csv', 'peartv', 'PearTV/late.csv', 'CCD'].map((name) => `${name}: skipped: symbolic link`)) {
        await expect.poll(() => run.output.err, { timeout: 20_000, message: said() }).toContain(line);
      }
      await expect.poll(() => run.output.out, { timeout: 20_000, message: said() }).toContain('remote:PearTV/good.csv: 1 stored, 0 duplicates, 0 refused');
    } finally {
      run.child.kill('SIGINT');
    }
    expect(await run.exited).toBe(130);
    await expectLinksLeftAlone(setup, 'Watch');
    expect((await fs.lstat(path.join(setup.inbox, 'PearTV', 'late.csv'))).isSymbolicLink()).toBe(true);
    expect(await fs.readdir(setup.inbox)).not.toContain(lockName);
  }, 60_000);

  it('a processed/ folder that is a link is not written to: the file stays in place', async () => {
    const outside = await tempDataDir();
    const inbox = await tempDataDir();
    await fs.mkdir(path.join(inbox, 'PearTV'));
    await fs.writeFile(path.join(inbox, 'PearTV', 'data.csv'), pearTv('Linked Processed'));
    await fs.symlink(outside, path.join(inbox, 'PearTV', 'processed'));
    const run = runIngest([inbox]);
    expect(await run.exited).toBe(1);
    expect(run.output.err).toContain('processed: symbolic link; data.csv left in place');
    expect(await fs.readdir(outside)).toEqual([]);
    expect(await fs.readFile(path.join(inbox, 'PearTV', 'data.csv'), 'utf8')).toBe(pearTv('Linked Processed'));
  }, 30_000);
});

describe('one ingest per inbox', () => {
  async function inboxWith(file: string, text: string): Promise<string> {
    const inbox = await tempDataDir();
    await fs.mkdir(path.join(inbox, 'PearTV'));
    await fs.writeFile(path.join(inbox, 'PearTV', file), text);
    return inbox;
  }

  it('a second run while one is running says so, exits 1 and leaves no trace', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `Lock Race ${i},PG,GB,1,2,3,2000`);
    const inbox = await inboxWith('big.csv', [header, ...lines].join('\n'));
    const first = runIngest([inbox, '--batch-size', '10']);
    await expect.poll(() => first.output.out, { timeout: 20_000 }).toMatch(/big\.csv: [1-9]\d*\/2000/);
    const lock = await fs.readFile(path.join(inbox, lockName), 'utf8');
    expect(lock).toBe(`${first.child.pid}\n`);

    const second = runIngest([inbox]);
    expect(await second.exited).toBe(1);
    expect(second.output.err).toContain(`another ingest is running on ${inbox} (pid ${first.child.pid})`);
    expect(await fs.readFile(path.join(inbox, lockName), 'utf8')).toBe(lock);

    expect(await first.exited).toBe(0);
    // One receipt, the first run's: the second neither moved the file nor wrote one.
    expect(Object.keys(await snapshot(inbox))).toEqual(['PearTV', 'PearTV/processed', 'PearTV/processed/big.csv', 'PearTV/processed/big.csv.receipt.json']);
    expect(await count('Lock Race')).toBe(2000);
  }, 60_000);

  it('a lock held by a live process (this test) refuses the run, and stays as it was', async () => {
    const inbox = await inboxWith('held.csv', pearTv('Held Lock'));
    await fs.writeFile(path.join(inbox, lockName), `${process.pid}\n`);
    const before = await snapshot(inbox);
    const run = runIngest([inbox]);
    expect(await run.exited).toBe(1);
    expect(run.output.err).toContain(`another ingest is running on ${inbox} (pid ${process.pid})`);
    expect(await snapshot(inbox)).toEqual(before);
    expect(await count('Held Lock')).toBe(0);
  }, 30_000);

  it('a stale lock, whose process has exited, is taken over and released', async () => {
    const inbox = await inboxWith('stale.csv', pearTv('Stale Lock'));
    await fs.writeFile(path.join(inbox, lockName), `${await deadPid()}\n`);
    const run = runIngest([inbox]);
    expect(await run.exited).toBe(0);
    expect(run.output.out).toContain('remote:PearTV/stale.csv: 1 stored, 0 duplicates, 0 refused');
    expect(await fs.readdir(inbox)).toEqual(['PearTV']);
  }, 30_000);

  it('--watch holds the lock until SIGTERM; a run that fails releases it too', async () => {
    const inbox = await inboxWith('watched.csv', pearTv('Watched Lock'));
    const watcher = runIngest([inbox, '--watch']);
    try {
      await expect.poll(() => watcher.output.out, { timeout: 20_000 }).toContain('remote:PearTV/watched.csv: 1 stored, 0 duplicates, 0 refused');
      const second = runIngest([inbox]);
      expect(await second.exited).toBe(1);
      expect(second.output.err).toContain(`(pid ${watcher.child.pid})`);
    } finally {
      watcher.child.kill('SIGTERM');
    }
    expect(await watcher.exited).toBe(143);
    expect(await fs.readdir(inbox)).toEqual(['PearTV']);

    // Nothing listens there: the run fails after its retries, the file stays, the lock goes.
    await fs.writeFile(path.join(inbox, 'PearTV', 'unsent.csv'), pearTv('Unsent'));
    const failing = runIngest([inbox], `http://127.0.0.1:${await freePort()}/`);
    expect(await failing.exited).toBe(1);
    expect((await fs.readdir(inbox)).sort()).toEqual(['PearTV']);
    expect(await fs.readdir(path.join(inbox, 'PearTV'))).toContain('unsent.csv');
  }, 60_000);
});
