// The capture CLI as a person uses it: in a real terminal (tmux), answering its prompts; and its
// non-interactive form as a script uses it.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('captures a PearTV film that searchMovies then finds, re-asking wrong answers with the reason', async () => {
    tmux('new-session', '-d', '-s', session, '-x', '200', '-y', '50', `DATA_DIR=${graph.dataDir} "${process.execPath}" --import tsx ${cli} --url ${graph.gatewayUrl}`);
    await waitFor('Which streamer do you capture for?');
    await waitFor('PearTV (SQLITE)');
    press('Down', 'Down', 'Down', 'Enter');
    await waitFor('? title');
    type('Typed In Tmux');
    press('Enter');
    await waitFor('? classification');
    press('Down', 'Enter'); // PG
    await waitFor('? country');
    press('Enter'); // the default, GB
    await waitFor('? rental');
    type('abc');
    press('Enter');
    await waitFor('rental must be a number (value: "abc")');
    press('BSpace', 'BSpace', 'BSpace');
    type('5'); // more than the purchase price: only the service knows that rule
    press('Enter');
    await waitFor('? purchase');
    type('3');
    press('Enter');
    await waitFor('? stars');
    type('9');
    press('Enter');
    await waitFor('stars must be <= 5');
    press('BSpace');
    type('4');
    press('Enter');
    await waitFor('? year');
    type('2001');
    press('Enter');
    await waitFor('Store this record?');
    press('Enter');
    await waitFor('Refused: 1 problem(s).');
    await waitFor('✗ must not be more than the purchase price 3 (rule: rentalNotAbovePurchase)');
    type('1.5');
    press('Enter');
    await expect.poll(() => screen().split('Refused')[1] ?? '', { timeout: 20_000 }).toContain('Store this record?');
    press('Enter');
    await waitFor('Stored and confirmed: peartv:');
    await waitFor('Capture another record?');
    type('n');
    press('Enter');

    const { data } = await gql(graph.gatewayUrl, '{ searchMovies(query: "Typed In Tmux") { edges { node { __typename ... on PearTvFilm { rental purchase stars year classification country capture { source } } } } } }');
    expect(data.searchMovies.edges).toEqual([
      { node: { __typename: 'PearTvFilm', rental: 1.5, purchase: 3, stars: 4, year: 2001, classification: 'PG', country: 'GB', capture: { source: 'cli' } } },
    ]);
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

  it('exits non-zero with every problem when the record is refused', async () => {
    const { code, stderr } = await capture({ ...dune, title: 'Script Refused', stars: 9, rental: 20 });
    expect(code).toBe(1);
    expect(stderr).toContain('stars must be <= 5 (rule: maximum, value: 9)');
  });
});
