// `npm run ingest -- <folder> [--watch | --json] [--url <gateway>] [--batch-size N]`
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import chokidar from 'chokidar';
import { SingleBar, Presets } from 'cli-progress';
import { Communicate } from '../communicate.js';
import { clientToken, gatewayUrl } from '../config.js';
import { doneFolders, formats, Ingester, lockInbox, whySkip } from '../ingest.js';

const usage = `Usage: npm run ingest -- <folder> [--watch | --json] [--url http://localhost:4000/] [--batch-size 1..1000]

Files go in <folder>/<Streamer>/ (CSV, JSON or JSON Lines), like the seed's remote_data. Each is read
record by record: good records are stored, bad ones refused by line number with every problem. The
file then goes to processed/ beside a receipt ("N stored, M duplicates, K refused"), or to rejected/
when nothing in it could be read. Other files and symbolic links are reported and left in place.
  --watch   keep taking files as they arrive
  --json    print the receipts as one JSON document on stdout (progress and notes go to stderr)
Exit status: 0 every record stored or already stored, 1 a record or a file refused (or another
ingest runs on the folder), 2 wrong command line.`;

function readArguments() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        watch: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        url: { type: 'string' },
        'batch-size': { type: 'string', default: '500' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n${usage}`);
    return process.exit(2);
  }
}

const { values, positionals } = readArguments();
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const batchSize = Number(values['batch-size']);
if (!positionals[0] || positionals.length > 1 || !Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000 || (values.json && values.watch)) {
  console.error(usage);
  process.exit(2);
}

// A folder that is not there is a wrong command line, said in words (not ENOENT from realpath).
if (!(await fs.stat(positionals[0]).then((stat) => stat.isDirectory(), () => false))) {
  console.error(`${positionals[0]}: not a folder\n${usage}`);
  process.exit(2);
}

async function start(given: string): Promise<string> {
  // Its real path: chokidar, told not to follow links, must be given the folder itself, not a link to it.
  const inbox = await fs.realpath(path.resolve(given));
  // Before anything else, so that a second run leaves nothing behind. Released on every way out.
  const release = await lockInbox(inbox);
  process.on('exit', release);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(128 + os.constants.signals[signal]));
  return inbox;
}
const folder = await start(positionals[0]).catch((err: Error) => {
  console.error(err.message);
  return process.exit(1);
});

const url = values.url ?? gatewayUrl();
const communicate = new Communicate({ url, token: await clientToken(url), onRetry: (attempt, err) => console.error(`${err.message}; retry ${attempt}…`) });

// A file left alone is reported, and refused: the exit status says so.
const skipped: { file: string; reason: string }[] = [];
const skip = (file: string, reason: string) => {
  skipped.push({ file: path.relative(folder, file), reason });
  console.error(`${path.relative(folder, file)}: skipped: ${reason}`);
};
// With --json, stdout holds the one JSON document; everything else goes to stderr.
const say = values.json ? (line: string) => console.error(line) : (line: string) => console.log(line);

// A bar on a terminal; plain lines when the output goes to a file or another program.
const bar = process.stdout.isTTY && !values.json ? new SingleBar({ format: '{file} [{bar}] {value}/{total}', hideCursor: true }, Presets.shades_classic) : undefined;
const ingester = new Ingester({
  communicate,
  batchSize,
  log: say,
  onSkip: skip,
  onProgress: (file, done, total) => {
    const name = path.relative(folder, file);
    if (!bar) return say(`${name}: ${done}/${total} records`);
    if (done === 0 || !bar.isActive) bar.start(total, done, { file: name });
    bar.update(done);
    if (done >= total) bar.stop();
  },
});

async function main(): Promise<void> {
  if (!values.watch) {
    const receipts = await ingester.ingestFolder(folder);
    if (receipts.length === 0 && skipped.length === 0) say(`No files waiting under ${folder}/<Streamer>/`);
    if (values.json) console.log(JSON.stringify({ folder, receipts, notRead: skipped }, null, 2));
    // A script learns from the status whether anything was refused.
    if (skipped.length > 0 || receipts.some((receipt) => receipt.refused > 0 || receipt.error)) process.exitCode = 1;
    return;
  }
  // Keep taking files as they arrive, one at a time, once each is completely written. The files
  // already waiting come first, as chokidar's initial 'add' events.
  let queue = Promise.resolve();
  const taking = new Set<string>();
  const take = (file: string) => {
    if (taking.has(file)) return;
    taking.add(file);
    queue = queue
      .then(() => ingester.ingestFile(file).then(() => undefined))
      .catch((err: Error) => console.error(`${file}: ${err.message}`))
      .finally(() => taking.delete(file));
  };
  const watcher = chokidar
    .watch(folder, {
      depth: 1,
      followSymlinks: false,
      awaitWriteFinish: { stabilityThreshold: 300, pollInterval: 100 },
      ignored: (file) => doneFolders.some((done) => file.split(path.sep).includes(done)),
    })
    // A link is an 'add' even when it points to a folder: ingestFile checks and reports the files;
    // anything else added is only checked, for a link to report.
    .on('add', (file) => {
      if (path.dirname(path.dirname(file)) === folder && formats.includes(path.extname(file).toLowerCase())) take(file);
      else {
        whySkip(folder, file)
          .then((reason) => reason && skip(file, reason))
          .catch((err: Error) => console.error(`${file}: ${err.message}`));
      }
    });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  console.log(`Watching ${folder}/<Streamer>/ for files (Ctrl-C to stop)`);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
