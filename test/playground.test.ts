// The offline playground in a real headless browser (Debian's chromium, driven by playwright-core):
// it loads from the gateway alone, runs the cross-streamer search tab, and shows all four streamers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startGraph, type Graph } from './support.js';

const executablePath = '/usr/bin/chromium';
// CI installs chromium (.ci/run); elsewhere the test says how to get it rather than failing.
const haveChromium = fs.existsSync(executablePath);
// Skipped only outside CI, and then its name in the report says why.
const skipped = !haveChromium && !process.env.CI;
const why = skipped ? ` (skipped: no ${executablePath}; apt-get install chromium)` : '';

let graph: Graph;
let browser: Browser;
beforeAll(async () => {
  if (skipped) return;
  graph = await startGraph();
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});
afterAll(async () => {
  await browser?.close();
  await graph?.close();
});

it.skipIf(skipped)(`runs a cross-streamer search from GraphiQL with every asset from the gateway${why}`, async () => {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(graph.gatewayUrl);
  await page.locator('.graphiql-container').waitFor({ timeout: 20_000 });
  await expect.poll(() => page.locator('.graphiql-query-editor').innerText()).toContain('searchMovies');

  await page.locator('.graphiql-execute-button').click();
  // The response pane is a CodeMirror editor that renders only the lines in view: read its content.
  const responsePane = () => page.evaluate<string>("document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue() ?? ''");
  await expect.poll(responsePane, { timeout: 15_000 }).toContain('"totalCount"');
  const text = await responsePane();
  for (const type of ['CcdProgramme', 'OduflixMovie', 'BigForestMovie', 'PearTvFilm']) expect(text).toContain(type);
  await page.screenshot({ path: path.join(os.tmpdir(), 'movies-playground.png') }); // for a person to look at

  const gateway = new URL(graph.gatewayUrl).origin;
  const outside = requested.filter((url) => !url.startsWith(gateway) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(outside).toEqual([]);
  expect(requested).toContain(`${gateway}/playground/app.js`);
}, 60_000);
