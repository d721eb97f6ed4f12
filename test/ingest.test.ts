// Remote ingest against a live graph: the seed's remote files, new files, refused lines, a run
// killed half-way, and --watch.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Communicate } from '../client/communicate.js';
import { Ingester, type Receipt } from '../client/ingest.js';
import { repoRoot } from '../core/paths.js';
import { gql, startGraph, tempDataDir, type Graph } from './support.js';

const seedRemote = path.join(repoRoot, 'test/fixtures/remote_data');

let graph: Graph;
let ingester: Ingester;
beforeAll(async () => {
  graph = await startGraph();
  ingester = new Ingester({ communicate: new Communicate({ url: graph.gatewayUrl, token: graph.writer, retries: 0 }) });
});
afterAll(async () => {
  await graph?.close();
});

async function inbox(): Promise<string> {
  const folder = await tempDataDir();
  await fs.cp(seedRemote, folder, { recursive: true });
  return folder;
}

const byStreamer = (receipts: Receipt[]) => Object.fromEntries(receipts.map((r) => [r.streamer, r]));
const count = async (query: string) => (await gql(graph.gatewayUrl, `{ searchMovies(query: ${JSON.stringify(query)}, first: 0) { totalCount } }`)).data.searchMovies.totalCount as number;

describe('ingesting the seed remote_data', () => {
  it('routes the five BigForest records and the PearTV record, all duplicates of stored ones', async () => {
    const folder = await inbox();
    const receipts = byStreamer(await ingester.ingestFolder(folder));
    expect(receipts.BigForest).toMatchObject({ records: 5, captured: 0, duplicates: 5, refused: 0, movedTo: 'processed', source: 'remote:BigForest/data.csv' });
    expect(receipts.PearTV).toMatchObject({ records: 1, captured: 0, duplicates: 1, refused: 0, movedTo: 'processed' });
    expect(receipts.PearTV!.duplicateLines).toEqual([{ line: 2, id: 'peartv:8' }]);
    for (const streamer of ['BigForest', 'PearTV']) {
      const done = path.join(folder, streamer, 'processed');
      expect((await fs.readdir(done)).sort()).toEqual(['data.csv', 'data.csv.receipt.json']);
      expect(JSON.parse(await fs.readFile(path.join(done, 'data.csv.receipt.json'), 'utf8'))).toEqual(receipts[streamer]);
    }
    expect(await ingester.ingestFolder(folder)).toEqual([]);
  });

  it('stores the same files with new titles exactly once; a second run adds none', async () => {
    const folder = await inbox();
    for (const file of ['BigForest/data.csv', 'PearTV/data.csv']) {
      const text = await fs.readFile(path.join(folder, file), 'utf8');
      await fs.writeFile(path.join(folder, file), text.replace(/^"([^"]+)"/gm, '"$1 (pushed)"'));
    }
    const pristine = await tempDataDir();
    await fs.cp(folder, pristine, { recursive: true });

    const first = byStreamer(await ingester.ingestFolder(folder));
    expect(first.BigForest).toMatchObject({ captured: 5, duplicates: 0 });
    expect(first.PearTV).toMatchObject({ captured: 1, duplicates: 0 });
    expect(await count('(pushed)')).toBe(6);

    const second = byStreamer(await ingester.ingestFolder(pristine));
    expect(second.BigForest).toMatchObject({ captured: 0, duplicates: 5 });
    expect(second.PearTV).toMatchObject({ captured: 0, duplicates: 1 });
    expect(second.PearTV!.duplicateLines[0]!.id).toBe(first.PearTV!.capturedLines[0]!.id);
    expect(await count('(pushed)')).toBe(6);
  });
});

describe('files with problems', () => {
  it('refuses bad lines by number with every problem, stores the good ones, and moves the file to processed/ with its receipt', async () => {
    const folder = await tempDataDir();
    await fs.mkdir(path.join(folder, 'PearTV'));
    await fs.writeFile(
      path.join(folder, 'PearTV', 'mixed.csv'),
      ['TITLE,classification,Country,rental,purchase,stars,YEAR', 'Good One,PG,GB,1,2,3,2001', 'Bad Year,PG,GB,1,2,3,abc', 'Too Many Stars,PG,GB,1,2,9,2002', 'Good Two,pg,GB,1,2,3,2003', 'No Price,PG,GB,1,,3,2004'].join('\n'),
    );
    const [receipt] = await ingester.ingestFolder(folder);
    expect(receipt).toMatchObject({ records: 5, captured: 2, refused: 3, summary: '2 stored, 0 duplicates, 3 refused', movedTo: 'processed' });
    expect(receipt!.refusedLines.map(({ line, reasons }) => ({ line, reasons }))).toEqual([
      // Named as the file's header names them: YEAR.
      { line: 3, reasons: ['YEAR must be a whole number (rule: type, value: "abc")'] },
      { line: 4, reasons: ['stars must be from 0 to 5 (rule: maximum, value: 9)'] },
      // A missing value is null on the wire, and "missing" in words, as in the load reports and the CLI.
      { line: 6, reasons: ['purchase is required (rule: required, value: missing)'] },
    ]);
    expect(receipt!.refusedLines[1]!.problems).toEqual([{ field: 'stars', rule: 'maximum', message: 'must be from 0 to 5', value: 9 }]);
    expect((await fs.readdir(path.join(folder, 'PearTV', 'processed'))).sort()).toEqual(['mixed.csv', 'mixed.csv.receipt.json']);
  });

  it('keeps a later file of the same name beside the earlier one, each with its receipt', async () => {
    const folder = await tempDataDir();
    await fs.mkdir(path.join(folder, 'PearTV'));
    const push = (title: string) => fs.writeFile(path.join(folder, 'PearTV', 'daily.csv'), `title,classification,country,rental,purchase,stars,year\n${title},U,GB,1,2,3,2010\n`);
    await push('Daily One');
    await ingester.ingestFolder(folder);
    await push('Daily Two');
    await ingester.ingestFolder(folder);
    const kept = await fs.readdir(path.join(folder, 'PearTV', 'processed'));
    expect(kept.filter((name) => name.endsWith('.csv'))).toHaveLength(2);
    expect(kept.filter((name) => name.endsWith('.receipt.json'))).toHaveLength(2);
  });

  it('takes JSON and JSON Lines, and rejects a file it cannot read', async () => {
    const folder = await tempDataDir();
    await fs.mkdir(path.join(folder, 'oduflix'));
    const movie = (title: string) => ({ Title: title, Producer: 'P', Year: '1999', Classification: 'Drama', Stars: 3, Actors: ['A', 'B'], Country: 'FR' });
    await fs.writeFile(path.join(folder, 'oduflix', 'a.json'), JSON.stringify({ oduflix_catalogue: [movie('Json One'), movie('Json Two')] }));
    await fs.writeFile(path.join(folder, 'oduflix', 'b.jsonl'), `${JSON.stringify(movie('Lines One'))}\n\n${JSON.stringify(movie('Lines Two'))}\n`);
    await fs.writeFile(path.join(folder, 'oduflix', 'c.json'), '{"oduflix_catalogue": [\n  {"Title": "Cut sh');
    const receipts = await ingester.ingestFolder(folder);
    expect(receipts.map((r) => [r.file, r.captured, r.movedTo])).toEqual([
      ['a.json', 2, 'processed'],
      ['b.jsonl', 2, 'processed'],
      ['c.json', 0, 'rejected'],
    ]);
    expect(receipts[1]!.capturedLines.map((l) => l.line)).toEqual([1, 3]);
    // Where the document breaks, as an editor shows it: not JSON.parse's "position 40".
    expect(receipts[2]!.error).toBe('cannot read .json file: Unterminated string at line 2, column 20');
    const { data } = await gql(graph.gatewayUrl, '{ oduflixMovies(titleContains: "Lines", first: 5) { edges { node { genre actors } } } }');
    expect(data.oduflixMovies.edges[0].node).toEqual({ genre: 'Drama', actors: ['A', 'B'] });
  });
});

function runIngest(args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'client/bin/ingest.ts'), ...args, '--url', graph.gatewayUrl], {
    cwd: repoRoot,
    // The graph's DATA_DIR holds its local keys: the command signs its own token with them, as after `npm start`.
    env: { ...process.env, DATA_DIR: graph.dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('the ingest command', () => {
  it('finishes a file on the next run, without duplicates, after being killed half-way', async () => {
    const folder = await tempDataDir();
    await fs.mkdir(path.join(folder, 'PearTV'));
    const lines = Array.from({ length: 2000 }, (_, i) => `Killed Run ${i},PG,GB,1,2,3,2000`);
    await fs.writeFile(path.join(folder, 'PearTV', 'big.csv'), ['title,classification,country,rental,purchase,stars,year', ...lines].join('\n'));

    const child = runIngest([folder, '--batch-size', '50']);
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    await expect.poll(() => /big\.csv: (\d+)\/2000/.exec(out.split('\n').filter(Boolean).at(-1) ?? '')?.[1] ?? '0', { timeout: 30_000, interval: 20 }).not.toMatch(/^(0|50)$/);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const stored = await count('Killed Run');
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(2000);

    const [receipt] = await ingester.ingestFolder(folder);
    expect(receipt!.captured + receipt!.duplicates).toBe(2000);
    expect(receipt!.duplicates).toBeGreaterThanOrEqual(stored - 50);
    expect(await count('Killed Run')).toBe(2000);
  }, 60_000);

  it('exits 0 when everything was stored or already stored, 1 when any record was refused', async () => {
    const folder = await tempDataDir();
    await fs.mkdir(path.join(folder, 'PearTV'));
    const header = 'title,classification,country,rental,purchase,stars,year';
    const status = async () => {
      const child = runIngest([folder]);
      return new Promise<number | null>((resolve) => child.once('exit', resolve));
    };
    await fs.writeFile(path.join(folder, 'PearTV', 'clean.csv'), `${header}\nExit Status Clean,PG,GB,1,2,3,2000\n`);
    expect(await status()).toBe(0);
    await fs.writeFile(path.join(folder, 'PearTV', 'refused.csv'), `${header}\nExit Status Good,PG,GB,1,2,3,2000\nExit Status Bad,PG,GB,1,2,9,2000\n`);
    expect(await status()).toBe(1);
    expect(await count('Exit Status Good')).toBe(1);
    await fs.rm(folder, { recursive: true, force: true });
  });

  it('--json prints the receipts and the files not read as one JSON document, and exits 1 when anything was refused', async () => {
    const folder = await tempDataDir();
    await fs.mkdir(path.join(folder, 'PearTV'));
    const header = 'title,classification,country,rental,purchase,stars,year';
    await fs.writeFile(path.join(folder, 'PearTV', 'scripted.csv'), `${header}\nJson Receipt Good,PG,GB,1,2,3,2000\nJson Receipt Bad,PG,GB,1,2,9,abc\n`);
    await fs.writeFile(path.join(folder, 'PearTV', 'notes.txt'), 'not a record');
    const child = runIngest([folder, '--json']);
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    const report = JSON.parse(out) as { receipts: Receipt[]; notRead: { file: string; reason: string }[] };
    expect(report.receipts).toHaveLength(1);
    expect(report.receipts[0]).toMatchObject({ file: 'scripted.csv', summary: '1 stored, 0 duplicates, 1 refused', movedTo: 'processed' });
    expect(report.receipts[0]!.refusedLines[0]!.reasons).toEqual(['stars must be from 0 to 5 (rule: maximum, value: 9)', 'year must be a whole number (rule: type, value: "abc")']);
    expect(report.notRead).toEqual([{ file: path.join('PearTV', 'notes.txt'), reason: expect.stringContaining('not a CSV, JSON or JSON Lines file') }]);
    expect(err).toContain('notes.txt: skipped');
  });

  it('exits 2 on a wrong command line', async () => {
    for (const args of [['--json', '--watch', '/tmp'], ['--batch-size', '0', '/tmp'], [], ['/no/such/inbox']]) {
      const child = runIngest(args);
      expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(2);
    }
  });

  it('--watch takes files as they arrive', async () => {
    const folder = await tempDataDir();
    await fs.mkdir(path.join(folder, 'CCD'));
    const child = runIngest([folder, '--watch']);
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    try {
      await expect.poll(() => out, { timeout: 20_000 }).toContain('Watching');
      await fs.writeFile(path.join(folder, 'CCD', 'late.csv'), 'Title,TypeProgram,Classification,Country,Year,Category,Channel\nArrived Late,Film,PG,GB,1999,Drama,BBC Four\n');
      await expect.poll(() => fs.readdir(path.join(folder, 'CCD', 'processed')).catch(() => []), { timeout: 20_000 }).toContain('late.csv.receipt.json').catch((err) => {
        throw new Error(`${err.message}\nThe ingester said:\n${out}`);
      });
      // The receipt is written before the log line: wait for both.
      await expect.poll(() => out, { timeout: 5_000 }).toContain('remote:CCD/late.csv: 1 stored, 0 duplicates, 0 refused');
      expect(await count('Arrived Late')).toBe(1);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});

describe('reading files record by record', () => {
  const header = 'title,classification,country,rental,purchase,stars,year';
  const row = (title: string) => `${title},PG,GB,1,2,3,2000`;

  it('refuses a ragged CSV row by its line, and stores the rows around it', async () => {
    const folder = await tempDataDir();
    await fs.mkdir(path.join(folder, 'PearTV'));
    await fs.writeFile(path.join(folder, 'PearTV', 'ragged.csv'), [header, row('Ragged Before'), 'Ragged Short,PG,GB', row('Ragged After')].join('\n'));
    const [receipt] = await ingester.ingestFolder(folder);
    expect(receipt).toMatchObject({ records: 3, captured: 2, refused: 1 });
    expect(receipt!.refusedLines).toEqual([{ line: 3, reasons: ['line 3 has 3 fields where the header has 7'], problems: [] }]);
    expect(receipt!.movedTo).toBe('processed');
    expect(await count('Ragged')).toBe(2);
  });

  it('refuses a JSON Lines line that is not JSON by its number, and stores the others', async () => {
    const folder = await tempDataDir();
    await fs.mkdir(path.join(folder, 'PearTV'));
    const line = (title: string) => JSON.stringify({ title, classification: 'PG', country: 'GB', rental: 1, purchase: 2, stars: 3, year: 2000 });
    await fs.writeFile(path.join(folder, 'PearTV', 'lines.jsonl'), [line('Jsonl Seven One'), '{"title": "broken', line('Jsonl Seven Two'), '42'].join('\n'));
    const [receipt] = await ingester.ingestFolder(folder);
    expect(receipt).toMatchObject({ records: 4, captured: 2, refused: 2 });
    expect(receipt!.refusedLines.map((refused) => refused.line)).toEqual([2, 4]);
    expect(receipt!.refusedLines[0]!.reasons[0]).toMatch(/^line 2 is not JSON/);
    expect(receipt!.refusedLines[1]!.reasons[0]).toMatch(/^line 4 is not a record/);
    expect(await count('Jsonl Seven')).toBe(2);
  });

  it('reads JSON and CSV that start with a byte order mark', async () => {
    const folder = await tempDataDir();
    await fs.mkdir(path.join(folder, 'PearTV'));
    const record = { title: 'Bom Json', classification: 'PG', country: 'GB', rental: 1, purchase: 2, stars: 3, year: 2000 };
    await fs.writeFile(path.join(folder, 'PearTV', 'bom.json'), `\uFEFF${JSON.stringify([record])}`);
    await fs.writeFile(path.join(folder, 'PearTV', 'bom.csv'), `\uFEFF${header}\n${row('Bom Csv')}\n`);
    const receipts = await ingester.ingestFolder(folder);
    expect(receipts.map((receipt) => [receipt.file, receipt.captured, receipt.error])).toEqual([['bom.csv', 1, undefined], ['bom.json', 1, undefined]]);
    expect(await count('Bom ')).toBe(2);
  });

  it('applies the stores\' one coercion rule: CSV text is read as numbers, JSON keeps its types', async () => {
    const folder = await tempDataDir();
    for (const name of ['BigForest', 'OduFlix']) await fs.mkdir(path.join(folder, name));
    const bigForest = { Title: 'Coerce Big Forest', Year: '1980', Category: 'Drama', Rental: 1, Purchase: 2, Stars: 3, Classification: 'PG', Country: 'GB' };
    await fs.writeFile(path.join(folder, 'BigForest', 'text-year.json'), JSON.stringify([bigForest]));
    await fs.writeFile(path.join(folder, 'BigForest', 'text-year.csv'), `${Object.keys(bigForest).join(',')}\n${Object.values(bigForest).join(',').replace('Big Forest', 'Big Forest Csv')}\n`);
    // OduFlix keeps its years as text: in its own JSON shape that is right.
    const oduflix = { Title: 'Coerce Oduflix', Producer: 'P', Year: '1992', Classification: 'Drama', Stars: 3, Actors: ['A'], Country: 'GB' };
    await fs.writeFile(path.join(folder, 'OduFlix', 'native.json'), JSON.stringify({ oduflix_catalogue: [oduflix] }));
    const receipts = Object.fromEntries((await ingester.ingestFolder(folder)).map((receipt) => [receipt.file, receipt]));
    expect(receipts['text-year.json']!.refusedLines.map((refused) => refused.reasons)).toEqual([['Year must be a whole number (rule: type, value: "1980")']]);
    expect(receipts['text-year.csv']).toMatchObject({ captured: 1, refused: 0 });
    expect(receipts['native.json']).toMatchObject({ captured: 1, refused: 0 });
  });

  it('names every problem of a line at once: GraphQL types, ranges, enums, patterns and the rule across fields', async () => {
    const folder = await tempDataDir();
    await fs.mkdir(path.join(folder, 'BigForest'));
    await fs.writeFile(
      path.join(folder, 'BigForest', 'many.csv'),
      [
        'Title,Year,Category,Rental,Purchase,Stars,Classification,Country',
        'Many Problems,abc,Drama,cheap,3,9,X,gb',
        'Dear Rental,abc,Drama,5,3,4,PG,GB',
        'Many Fine,1999,Drama,1,3,4,PG,GB',
      ].join('\n'),
    );
    const [receipt] = await ingester.ingestFolder(folder);
    expect(receipt).toMatchObject({ records: 3, captured: 1, refused: 2, summary: '1 stored, 0 duplicates, 2 refused', movedTo: 'processed' });
    expect(receipt!.refusedLines.map(({ line, reasons }) => [line, reasons])).toEqual([
      [
        2,
        [
          'Year must be a whole number (rule: type, value: "abc")',
          'Rental must be a number (rule: type, value: "cheap")',
          'Stars must be from 0 to 5 (rule: maximum, value: 9)',
          'Classification must be one of U, PG, 12, 12A, 15, 18, R18 (rule: enum, value: "X")',
          'Country must be a country code of 2 or 3 capital letters, like GB, FR or USA (rule: pattern, value: "gb")',
        ],
      ],
      [3, ['Year must be a whole number (rule: type, value: "abc")', 'Rental must not be more than the purchase price 3 (rule: rentalNotAbovePurchase, value: 5)']],
    ]);
    expect(await count('Many Fine')).toBe(1);
  });

  it('moves a file to rejected/ only when not one of its lines is a record', async () => {
    const folder = await tempDataDir();
    await fs.mkdir(path.join(folder, 'PearTV'));
    await fs.writeFile(path.join(folder, 'PearTV', 'nothing.csv'), [header, 'a,b', 'c,d,e'].join('\n'));
    const [receipt] = await ingester.ingestFolder(folder);
    expect(receipt).toMatchObject({ records: 2, refused: 2, summary: '0 stored, 0 duplicates, 2 refused', movedTo: 'rejected', error: 'no line of the file is a record' });
    expect(await fs.readdir(path.join(folder, 'PearTV', 'rejected'))).toContain('nothing.csv.receipt.json');
  });

  it('reports a file it will not read, and leaves it in place', async () => {
    const folder = await tempDataDir();
    await fs.mkdir(path.join(folder, 'PearTV'));
    await fs.writeFile(path.join(folder, 'PearTV', 'movies.bin'), 'binary');
    const skipped: string[] = [];
    const reporting = new Ingester({ communicate: new Communicate({ url: graph.gatewayUrl, token: graph.writer, retries: 0 }), onSkip: (file, reason) => skipped.push(`${path.basename(file)}: ${reason}`) });
    expect(await reporting.ingestFolder(folder)).toEqual([]);
    expect(skipped).toEqual(['movies.bin: not a CSV, JSON or JSON Lines file (.csv, .json, .jsonl, .ndjson)']);
    expect(await fs.readdir(path.join(folder, 'PearTV'))).toEqual(['movies.bin']);
  });
});
