// The capture CLI as a person uses it: in a real terminal (tmux), answering its prompts; and its
// non-interactive form as a script uses it.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionsFor } from '../client/captureFlow.js';
import { Communicate } from '../client/communicate.js';
import type { RecordJsonSchema } from '../core/wire.js';
import { repoRoot } from '../core/paths.js';
import { gql, startGraph, type Graph } from './support.js';

const run = promisify(execFile);
const cli = path.join(repoRoot, 'client/bin/capture.ts');
const haveTmux = ['/usr/bin/tmux', '/usr/local/bin/tmux'].some((file) => fs.existsSync(file));
// Skipped only outside CI, and then its name in the report says why.
const skipped = !haveTmux && !process.env.CI;

let graph: Graph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.close();
});

describe.skipIf(skipped)(`in a terminal${skipped ? ' (skipped: no tmux; apt-get install tmux)' : ''}`, () => {
  const session = `capture-test-${process.pid}`;
  // stderr is piped, not inherited: a kill of a session that is already gone says nothing.
  const tmux = (...args: string[]) => execFileSync('tmux', args, { stdio: 'pipe' }).toString();
  const screen = () => tmux('capture-pane', '-p', '-t', session);
  const waitFor = (text: string) => expect.poll(screen, { timeout: 20_000, interval: 100 }).toContain(text);
  const type = (text: string) => tmux('send-keys', '-t', session, '-l', text);
  const press = (...keys: string[]) => tmux('send-keys', '-t', session, ...keys);

  afterAll(() => {
    try {
      tmux('kill-session', '-t', session);
    } catch {
      // already gone
    }
  });

  it('captures a PearTV film that searchMovies then finds: answers checked as typed, tidied and said so, a field edited at the confirmation, every refusal shown', async () => {
    tmux('new-session', '-d', '-s', session, '-x', '200', '-y', '50', `DATA_DIR=${graph.dataDir} "${process.execPath}" --import tsx ${cli} --url ${graph.gatewayUrl}`);
    await waitFor('Which streamer do you capture for?');
    await waitFor('PearTV (SQLITE)');
    press('Down', 'Down', 'Down', 'Enter');
    await waitFor('? title');
    type('  Typed In Tmux  ');
    press('Enter');
    await waitFor('title: spaces around it removed');
    await waitFor('? classification');
    press('Down', 'Enter'); // PG
    await waitFor('? country');
    type('gb');
    press('Enter');
    await waitFor('country: "gb" read as "GB"');
    await waitFor('? rental');
    type('abc');
    press('Enter');
    await waitFor('rental must be a number (rule: type, value: "abc")');
    press('BSpace', 'BSpace', 'BSpace');
    type('5'); // more than the purchase price: only the service knows that rule
    press('Enter');
    await waitFor('? purchase');
    type('3');
    press('Enter');
    await waitFor('? stars');
    type('9');
    press('Enter');
    await waitFor('stars must be from 0 to 5 (rule: maximum, value: 9)');
    press('BSpace');
    type('4');
    press('Enter');
    await waitFor('? year');
    type('2001');
    press('Enter');
    await waitFor('Store this record?');
    await waitFor('Edit a field');
    // Edit one field before storing: stars, the sixth.
    press('Down', 'Enter');
    await waitFor('Which field?');
    press('Down', 'Down', 'Down', 'Down', 'Down', 'Enter');
    await expect.poll(() => screen().split('Which field?')[1] ?? '', { timeout: 20_000 }).toContain('? stars');
    type('2');
    press('Enter');
    await expect.poll(() => screen().split('Which field?').at(-1) ?? '', { timeout: 20_000 }).toContain('Store this record?');
    expect(screen().split('Which field?').at(-1)).toMatch(/stars\s+2/);
    press('Enter'); // Store
    await waitFor('Refused: 1 problem:');
    await waitFor('✗ rental must not be more than the purchase price 3 (rule: rentalNotAbovePurchase, value: 5)');
    // Back at the choices, on "Edit a field", and the refused field first.
    await expect.poll(() => screen().split('Refused')[1] ?? '', { timeout: 20_000 }).toContain('Store this record?');
    press('Enter');
    await expect.poll(() => screen().split('Refused')[1] ?? '', { timeout: 20_000 }).toContain('Which field?');
    press('Enter');
    await expect.poll(() => screen().split('Which field?').at(-1) ?? '', { timeout: 20_000 }).toContain('? rental');
    type('1.5');
    press('Enter');
    await expect.poll(() => screen().split('Which field?').at(-1) ?? '', { timeout: 20_000 }).toContain('Store this record?');
    press('Enter');
    await waitFor('Stored and confirmed: peartv:');
    await waitFor('Capture another record?');
    type('n');
    press('Enter');

    const { data } = await gql(graph.gatewayUrl, '{ searchMovies(query: "Typed In Tmux") { edges { node { __typename title ... on PearTvFilm { rental purchase stars year classification country capture { source } } } } } }');
    expect(data.searchMovies.edges).toEqual([
      { node: { __typename: 'PearTvFilm', title: 'Typed In Tmux', rental: 1.5, purchase: 3, stars: 2, year: 2001, classification: 'PG', country: 'GB', capture: { source: 'cli' } } },
    ]);
  }, 90_000);

  it('discards a record at the confirmation: nothing stored', async () => {
    const discard = `${session}-discard`;
    tmux('new-session', '-d', '-s', discard, '-x', '200', '-y', '50', `DATA_DIR=${graph.dataDir} "${process.execPath}" --import tsx ${cli} --url ${graph.gatewayUrl}`);
    const pane = () => tmux('capture-pane', '-p', '-t', discard);
    const waitIn = (text: string) => expect.poll(pane, { timeout: 20_000, interval: 100 }).toContain(text);
    const keys = (...k: string[]) => tmux('send-keys', '-t', discard, ...k);
    try {
      await waitIn('Which streamer do you capture for?');
      keys('Down', 'Down', 'Down', 'Enter');
      for (const [question, answer] of [['title', 'Discarded In Tmux'], ['classification', ''], ['country', ''], ['rental', '1'], ['purchase', '2'], ['stars', '3'], ['year', '1999']]) {
        await waitIn(`? ${question}`);
        if (answer) keys('-l', answer);
        keys('Enter');
      }
      await waitIn('Store this record?');
      keys('Down', 'Down', 'Enter');
      await waitIn('Discarded: nothing stored.');
      await waitIn('Capture another record?');
      keys('-l', 'n');
      keys('Enter');
    } finally {
      tmux('kill-session', '-t', discard);
    }
    const { data } = await gql(graph.gatewayUrl, '{ searchMovies(query: "Discarded In Tmux", first: 0) { totalCount } }');
    expect(data.searchMovies.totalCount).toBe(0);
  }, 60_000);

  it('says nothing more is stored and exits 130 on Ctrl-C', async () => {
    const interrupted = `${session}-interrupt`;
    // The shell prints the status once the CLI is gone, and keeps the pane to be read.
    tmux('new-session', '-d', '-s', interrupted, '-x', '200', '-y', '20', `sh -c 'DATA_DIR=${graph.dataDir} "${process.execPath}" --import tsx ${cli} --url ${graph.gatewayUrl}; echo "status $?"; sleep 30'`);
    try {
      const pane = () => tmux('capture-pane', '-p', '-t', interrupted);
      await expect.poll(pane, { timeout: 20_000, interval: 100 }).toContain('Which streamer do you capture for?');
      tmux('send-keys', '-t', interrupted, 'C-c');
      await expect.poll(pane, { timeout: 20_000, interval: 100 }).toContain('status 130');
      expect(pane()).toContain('Interrupted: nothing more stored.');
    } finally {
      tmux('kill-session', '-t', interrupted);
    }
  });
});

describe('questions from what the service serves', () => {
  it('check answers in the service\'s plain words and tidy what has one reading, for any streamer', async () => {
    const streamers = await new Communicate({ url: graph.gatewayUrl, retries: 0 }).streamers();
    const questions = (name: string) => {
      const streamer = streamers.find((s) => s.subgraph === name)!;
      return Object.fromEntries(questionsFor(streamer.schema as RecordJsonSchema, streamer.inputFields).map((q) => [q.field.name, q]));
    };
    const oduflix = questions('oduflix');
    expect(oduflix.year!.check('66')).toBe('year must be a year of four digits as text, 1888 to 2100 (rule: pattern, value: "66")');
    expect(oduflix.title!.check('hhhh')).toBe('title must not be one character repeated, a junk row like "hhhh" (rule: not, value: "hhhh")');
    expect(oduflix.actors!.value('Audrey Tautou, Mathieu Kassovitz')).toEqual(['Audrey Tautou', 'Mathieu Kassovitz']);
    const peartv = questions('peartv');
    expect(peartv.country!.normalise('uk')).toEqual({ answer: 'UK', note: 'country: "uk" read as "UK"' });
    expect(peartv.country!.normalise('Britain')).toEqual({ answer: 'Britain' });
    expect(peartv.country!.check('Britain')).toBe('country must be a country code of 2 or 3 capital letters, like GB, FR or USA (rule: pattern, value: "Britain")');
    expect(peartv.classification!.choices).toEqual(['U', 'PG', '12', '12A', '15', '18', 'R18']);
    expect(peartv.country!.default).toBe('GB');
    expect(peartv.stars!.check('4.5')).toBe('stars must be a whole number (rule: type, value: 4.5)');
    expect(peartv.year!.check('')).toBe('year is required (rule: required, value: missing)');
  });
});

describe('for scripts', () => {
  const capture = (record: object) =>
    run(process.execPath, ['--import', 'tsx', cli, '--url', graph.gatewayUrl, '--streamer', 'bigforest', '--record', JSON.stringify(record)], { cwd: repoRoot, env: { ...process.env, DATA_DIR: graph.dataDir } }).then(
      (out) => ({ code: 0, ...out }),
      (err: { code: number; stdout: string; stderr: string }) => err,
    );
  const dune = { title: 'Script Dune', year: 2021, category: 'Science Fiction', rental: 3.99, purchase: 9.99, stars: 4, classification: '12a', country: 'USA' };

  it('exits 0 with the stored record', async () => {
    const { code, stdout } = await capture(dune);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Stored and confirmed: bigforest:\d+/);
    expect(stdout).toContain('"12A"');
    expect((await capture(dune)).stdout).toContain('Already stored (duplicate)');
  });

  it('exits 2 on a wrong command line, before asking the service anything', async () => {
    const badJson = await run(process.execPath, ['--import', 'tsx', cli, '--url', 'http://localhost:9/', '--streamer', 'ccd', '--record', '{not json'], { cwd: repoRoot }).catch((err) => err);
    expect(badJson.code).toBe(2);
    expect(badJson.stderr).toContain('must be a JSON object');
    const unknown = await run(process.execPath, ['--import', 'tsx', cli, '--colour'], { cwd: repoRoot }).catch((err) => err);
    expect(unknown.code).toBe(2);
  });

  it.each([['client/bin/capture.ts'], ['client/bin/ingest.ts']])('%s --help prints its usage and exits 0', async (command) => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(repoRoot, command), '--help'], { cwd: repoRoot });
    expect(stdout).toMatch(/^Usage: npm run (capture|ingest)/);
    expect(stdout).toContain('Exit status');
  });

  it('exits non-zero with every problem at once when the record is refused, GraphQL\'s and the rules\' together, in plain words', async () => {
    const { code, stderr } = await capture({ ...dune, title: 'Script Refused', stars: 9, rental: 20, year: 'abc', colour: 'red' });
    expect(code).toBe(1);
    expect(stderr).toContain('Refused: 4 problems:');
    for (const line of [
      '✗ year must be a whole number (rule: type, value: "abc")',
      '✗ rental must not be more than the purchase price 9.99 (rule: rentalNotAbovePurchase, value: 20)',
      '✗ stars must be from 0 to 5 (rule: maximum, value: 9)',
      '✗ colour is not a field of this record (rule: additionalProperties, value: "red")',
    ]) {
      expect(stderr).toContain(line);
    }
    expect(stderr).not.toMatch(/must NOT|cannot represent|\^\[/);
  });

  it('names each problem as the record named the field (native names too)', async () => {
    const { code, stderr } = await capture({ Title: 'Script Native', Year: 'abc', Category: 'SF', Rental: 1, Purchase: 2, Stars: 9, Classification: '12A', Country: 'USA' });
    expect(code).toBe(1);
    expect(stderr).toContain('✗ Year must be a whole number (rule: type, value: "abc")');
    expect(stderr).toContain('✗ Stars must be from 0 to 5 (rule: maximum, value: 9)');
  });

  it('tidies what has one reading, says so, and stores it', async () => {
    const { code, stdout } = await capture({ ...dune, title: '  Script Tidied  ', country: 'gb', classification: 'pg' });
    expect(code).toBe(0);
    expect(stdout).toContain('Normalised: title: spaces around it removed');
    expect(stdout).toContain('Normalised: country: "gb" read as "GB"');
    expect(stdout).toContain('Normalised: classification: "pg" read as "PG"');
    expect(stdout).toMatch(/country\s+"GB"/);
  });
});
