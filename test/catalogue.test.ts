// The catalogue web app in a real headless browser (Debian's chromium, driven by playwright-core)
// against a real gateway and subgraphs over the seed data: every asset from the gateway, search,
// filters, paging, a movie's page, where to watch, the dashboards, and a phone-sized screen. Each
// step compares what the page shows with what the GraphQL API answers, and keeps a screenshot in
// test-results/catalogue/ (git ignores it) for a person to look at.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../core/paths.js';
import { gql, startGraph, type Graph } from './support.js';

const executablePath = '/usr/bin/chromium';
// CI installs chromium (.ci/run); elsewhere the test says how to get it rather than failing.
const haveChromium = fs.existsSync(executablePath);
// Skipped only outside CI, and then its name in the report says why.
const skipped = !haveChromium && !process.env.CI;
const why = skipped ? ` (skipped: no ${executablePath}; apt-get install chromium)` : '';
const shots = path.join(repoRoot, 'test-results/catalogue');

let graph: Graph;
let browser: Browser;
let origin: string;
/** Every request any page made that did not go to the gateway. */
const outside: string[] = [];
/** Every error a page threw. */
const pageErrors: string[] = [];

beforeAll(async () => {
  if (skipped) return;
  fs.mkdirSync(shots, { recursive: true });
  graph = await startGraph();
  origin = new URL(graph.gatewayUrl).origin;
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});
afterEach(() => {
  expect(pageErrors, 'errors thrown in the page').toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  await graph?.close();
});

async function open(hash = '', viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/catalogue${hash}`);
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

interface Card {
  id: string;
  title: string;
  streamer: string;
  fields: Record<string, string>;
}

/** The results on the page once they have loaded: the total it states and each card. */
async function results(page: Page): Promise<{ total: number; cards: Card[]; skipped: string }> {
  await page.locator('.results .summary').waitFor({ timeout: 20_000 });
  return page.evaluate(`({
    total: Number(document.querySelector('.results .summary').dataset.total),
    skipped: document.querySelector('.results .skipped')?.textContent ?? '',
    cards: [...document.querySelectorAll('.movie')].map((card) => ({
      id: card.dataset.id,
      title: card.querySelector('h3 a').textContent,
      streamer: card.querySelector('.badge').textContent,
      fields: Object.fromEntries([...card.querySelectorAll('[data-field]')].map((field) => [field.dataset.field, field.querySelector('dd').textContent])),
    })),
  })`);
}

/**
 * Submit the search form and wait for the new results: the address changes, then a new summary
 * replaces the one marked here (waiting for the loading sign alone can come before it shows).
 */
async function submit(page: Page, button = 'Search'): Promise<void> {
  const before = await page.evaluate('location.hash');
  await page.evaluate(`document.querySelector('.results .summary')?.setAttribute('data-stale', '')`);
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect.poll(() => page.evaluate('location.hash')).not.toBe(before);
  await page.locator('.results .summary:not([data-stale])').waitFor({ timeout: 20_000 });
}

const streamersQuery = '{ streamers { name entityType entityFields recordCount } }';

describe.skipIf(skipped)(`the catalogue web app${why}`, () => {
  it('loads from the gateway alone and searches "park", each result with its streamer\'s own fields', async () => {
    const page = await open();
    const all = await results(page);
    const { data: everything } = await gql(graph.gatewayUrl, '{ searchMovies(first: 0) { totalCount } }');
    expect(all.total).toBe(everything.searchMovies.totalCount);
    expect(all.cards).toHaveLength(Math.min(20, all.total));

    await page.getByRole('searchbox', { name: 'Title contains' }).fill('park');
    await submit(page);
    const found = await results(page);
    const { data } = await gql(graph.gatewayUrl, '{ searchMovies(query: "park") { totalCount edges { node { id title } } } }');
    expect(found.total).toBe(data.searchMovies.totalCount);
    expect(found.cards.map((card) => card.id)).toEqual(data.searchMovies.edges.map((edge: { node: { id: string } }) => edge.node.id));
    expect(found.cards.length).toBeGreaterThan(0);
    for (const card of found.cards) expect(card.title.toLowerCase()).toContain('park');

    // The fields shown are the ones `streamers` names for each card's type, beyond the four in its heading.
    const { data: meta } = await gql(graph.gatewayUrl, streamersQuery);
    for (const card of found.cards) {
      const streamer = meta.streamers.find((s: { name: string }) => s.name === card.streamer);
      expect(Object.keys(card.fields)).toEqual(streamer.entityFields.filter((f: string) => !['id', 'streamer', 'title', 'year'].includes(f)));
    }
    const { data: first } = await gql(graph.gatewayUrl, 'query($id: ID!) { movie(id: $id) { ... on OduflixMovie { producer actors } } }', { id: found.cards[0]!.id });
    expect(found.cards[0]!.fields.producer).toBe(first.movie.producer);
    expect(found.cards[0]!.fields.actors).toBe(first.movie.actors.join(', '));
    await shot(page, '1-search-park');
    await page.close();
    expect(outside).toEqual([]);
  });

  it('filters to rentals under 5, saying which streamers were left out and why', async () => {
    const page = await open();
    await results(page);
    // The text filters suggest the values the streamers serve (the stats' group keys).
    const { data: countries } = await gql(graph.gatewayUrl, '{ stats(groupBy: COUNTRY) { groups { key } } }');
    const served = countries.stats.groups.map((group: { key: string | null }) => group.key).filter((key: string | null) => key !== null);
    expect(served).toContain('GB');
    await expect.poll(() => page.evaluate(`[...document.querySelectorAll('#countries option')].map((option) => option.value)`)).toEqual(served);
    await page.getByLabel('Rental at most').fill('5');
    await submit(page, 'Apply');
    const shown = await results(page);
    const { data } = await gql(graph.gatewayUrl, '{ searchMovies(maxRental: 5, first: 100) { totalCount edges { node { id } } skippedStreamers { streamer reason } } }');
    expect(shown.total).toBe(data.searchMovies.totalCount);
    expect(shown.cards.map((card) => card.id)).toEqual(data.searchMovies.edges.map((edge: { node: { id: string } }) => edge.node.id));
    expect(shown.cards.length).toBeGreaterThan(0);
    for (const card of shown.cards) expect(Number(card.fields.rental)).toBeLessThanOrEqual(5);
    // CCD and OduFlix have no rental price: left out, and the page says so in the service's words.
    expect(data.searchMovies.skippedStreamers.length).toBeGreaterThan(0);
    for (const { reason } of data.searchMovies.skippedStreamers) expect(shown.skipped).toContain(reason);
    expect(await page.evaluate('location.hash')).toContain('maxRental=5');
    await shot(page, '2-rental-under-5');

    // Tick one streamer: the other filters stay, and only its movies come.
    await page.getByRole('checkbox', { name: 'PearTV' }).check();
    await submit(page, 'Apply');
    const pear = await results(page);
    const { data: pearOnly } = await gql(graph.gatewayUrl, '{ searchMovies(streamers: ["PearTV"], maxRental: 5) { totalCount edges { node { id } } } }');
    expect(pear.cards.map((card) => card.id)).toEqual(pearOnly.searchMovies.edges.map((edge: { node: { id: string } }) => edge.node.id));
    expect(pear.cards.length).toBeGreaterThan(0);
    expect(new Set(pear.cards.map((card) => card.streamer))).toEqual(new Set(['PearTV']));

    // A refused search shows the service's own words and code, naming the argument.
    await page.goto(`${origin}/catalogue#/search?minStars=9`);
    const refused = await gql(graph.gatewayUrl, '{ searchMovies(minStars: 9) { totalCount } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain(refused.errors![0]!.message);
    expect(await page.getByRole('alert').innerText()).toContain('BAD_USER_INPUT');
    expect(refused.errors![0]!.message).toContain('minStars');
    await page.close();
  });

  it('pages through the cursor in the chosen order, every movie once', async () => {
    const page = await open('#/search?order=YEAR-DESC');
    const firstPage = await results(page);
    expect(firstPage.cards).toHaveLength(20);
    expect(firstPage.total).toBeGreaterThan(20);
    await page.getByRole('button', { name: /^Show \d+ more$/ }).click();
    await expect.poll(async () => (await results(page)).cards.length).toBe(firstPage.total);
    const ids = (await results(page)).cards.map((card) => card.id);
    expect(new Set(ids).size).toBe(ids.length);

    // The same order as the API's, page by page.
    const expected: string[] = [];
    let after: string | null = null;
    do {
      const { data }: { data?: any } = await gql(graph.gatewayUrl, 'query($after: String) { searchMovies(orderBy: { field: YEAR, direction: DESC }, first: 7, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', { after });
      expected.push(...data.searchMovies.edges.map((edge: { node: { id: string } }) => edge.node.id));
      after = data.searchMovies.pageInfo.hasNextPage ? data.searchMovies.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual(expected);
    expect(await page.getByRole('button', { name: /more$/ }).count()).toBe(0);
    await shot(page, '3-paged');
    await page.close();
  });

  it('opens a movie page by its global id with every field of its type', async () => {
    const page = await open('#/search?q=chitty');
    const [card] = (await results(page)).cards;
    await page.getByRole('link', { name: card!.title }).click();
    await page.locator('.movie-page[data-id]').waitFor();
    expect(await page.evaluate('location.hash')).toBe(`#/movie/${encodeURIComponent(card!.id)}`);
    const { data } = await gql(graph.gatewayUrl, 'query($id: ID!) { movie(id: $id) { title ... on PearTvFilm { filmId rental purchase } } }', { id: card!.id });
    await expect.poll(() => page.locator('h2').innerText()).toContain(data.movie.title);
    for (const field of ['filmId', 'rental', 'purchase']) expect(await page.locator(`[data-field=${field}] dd`).innerText()).toBe(String(data.movie[field]));
    await shot(page, '4-movie');
    // Its permanent link is the movie's persistent URL, which answers.
    const permanent = await page.getByRole('link', { name: 'Permanent link' }).getAttribute('href');
    expect(permanent).toBe(`/movies/${card!.id}`);
    expect((await fetch(`${origin}${permanent}`)).status).toBe(200);

    // An id nobody has is said to be so.
    await page.goto(`${origin}/catalogue#/movie/peartv:99999`);
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('No movie has the id peartv:99999');
    await page.close();
  });

  it('shows where to watch a title that two streamers offer, with the cheapest offers', async () => {
    // A second streamer gets a film the first already has (same title and year): captured through the API.
    const { data: bigForest } = await gql(graph.gatewayUrl, '{ searchMovies(query: "Barbie", streamers: ["BigForest"]) { edges { node { id title year ... on BigForestMovie { rental purchase } } } } }');
    const barbie = bigForest.searchMovies.edges[0].node;
    const captured = await gql(
      graph.gatewayUrl,
      'mutation($input: PearTvFilmInput!) { capturePearTvFilm(input: $input) { status record { id } } }',
      { input: { title: barbie.title, year: barbie.year, classification: '12A', country: 'USA', rental: 3.49, purchase: barbie.purchase + 1, stars: 4 } },
      graph.writer,
    );
    expect(captured.data?.capturePearTvFilm.status).toBe('CREATED');

    const page = await open('#/search?q=barbie');
    const cards = (await results(page)).cards;
    expect(cards.map((card) => card.streamer).sort()).toEqual(['BigForest', 'PearTV']);
    await page.locator('.movie').first().getByRole('link', { name: 'Where to watch' }).click();
    const title = page.locator('.watch-title[data-offers="2"]');
    await title.waitFor({ timeout: 20_000 }).catch(async (error) => {
      await shot(page, '5-where-to-watch-failed');
      throw error;
    });
    const rows = await page.evaluate<{ streamer: string; cells: string[] }[]>(
      `[...document.querySelectorAll('.watch-title[data-offers="2"] tbody tr')].map((row) => ({ streamer: row.dataset.streamer, cells: [...row.cells].map((cell) => cell.textContent) }))`,
    );
    expect(rows.map((row) => row.streamer).sort()).toEqual(['BigForest', 'PearTV']);
    const pear = rows.find((row) => row.streamer === 'PearTV')!;
    expect(pear.cells.slice(1, 4)).toEqual(['Rent or buy', '3.49', (barbie.purchase + 1).toFixed(2)]);
    expect(await title.locator('[data-cheapest=rental]').innerText()).toMatch(/3\.49\s+on PearTV/);
    expect(await title.locator('[data-cheapest=purchase]').innerText()).toMatch(new RegExp(`${barbie.purchase.toFixed(2).replace('.', '\\.')}\\s+on BigForest`));
    await shot(page, '5-where-to-watch');
    await page.close();
  });

  it('draws the dashboard across streamers and for one, with counts equal to the movies each serves', async () => {
    const { data: meta } = await gql(graph.gatewayUrl, streamersQuery);
    const served = meta.streamers.reduce((sum: number, s: { recordCount: number }) => sum + s.recordCount, 0);
    const page = await open('#/dashboard');
    await page.locator('figure[data-chart=decade] canvas').waitFor({ timeout: 20_000 });
    const charts = await chartsOn(page);
    for (const name of ['decade', 'stars', 'classification', 'country']) expect(charts[name], name).toEqual({ total: served, drawn: true });
    for (const name of ['rental-by-streamer', 'purchase-by-streamer', 'rental-by-rating', 'purchase-by-rating']) expect(charts[name], name).toEqual({ total: null, drawn: true });
    expect(await page.locator('tr[data-streamer=all] [data-count]').getAttribute('data-count')).toBe(String(served));
    for (const s of meta.streamers) expect(await page.locator(`tr[data-streamer="${s.name}"] [data-count]`).getAttribute('data-count'), s.name).toBe(String(s.recordCount));
    await shot(page, '6-dashboard');

    const pear = meta.streamers.find((s: { name: string }) => s.name === 'PearTV');
    await page.locator('.tabs').getByRole('link', { name: 'PearTV' }).click();
    await expect.poll(() => page.locator('h2').innerText()).toBe('PearTV');
    await page.locator('figure[data-chart=decade] canvas').waitFor();
    await expect.poll(async () => (await chartsOn(page)).decade).toEqual({ total: pear.recordCount, drawn: true });
    await shot(page, '7-dashboard-peartv');
    await page.close();
  });

  it('fits a phone-sized screen: search, a movie, where to watch and the dashboard', async () => {
    const phone = { width: 390, height: 844 };
    const page = await open('#/search?q=park', phone);
    expect((await results(page)).cards.length).toBeGreaterThan(0);
    const width = () => page.evaluate<number>('document.documentElement.scrollWidth');
    expect(await width()).toBeLessThanOrEqual(phone.width);
    // The search box and its button share the first row; the filters fold away on a phone.
    expect(await page.getByRole('searchbox', { name: 'Title contains' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Rental at most').isVisible()).toBe(false);
    await shot(page, '8-phone-search');

    await page.locator('.movie h3 a').first().click();
    await page.locator('.movie-page[data-id]').waitFor();
    expect(await width()).toBeLessThanOrEqual(phone.width);
    await shot(page, '9-phone-movie');

    // Two offers when the test above has captured the second one, else one.
    await page.goto(`${origin}/catalogue#/watch?q=Barbie&year=2023`);
    await page.locator('.watch-title tbody tr').first().waitFor({ timeout: 20_000 });
    expect(await width()).toBeLessThanOrEqual(phone.width);
    await shot(page, '9-phone-where-to-watch');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.locator('figure[data-chart=country] canvas').waitFor({ timeout: 20_000 });
    expect(await width()).toBeLessThanOrEqual(phone.width);
    const box = await page.locator('figure[data-chart=country]').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(phone.width);
    expect((await chartsOn(page)).country!.drawn).toBe(true);
    // The summary table scrolls nothing sideways: every cell of it is within the screen.
    const table = page.locator('.table-scroll');
    expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    await expect.poll(() => page.locator('.summary-table td[data-label=Duplicates]').first().isVisible()).toBe(true);
    await shot(page, '10-phone-dashboard');
    await page.close();
    expect(outside).toEqual([]);
  });

  it('names a streamer that does not answer and shows what the others have', async () => {
    await graph.stop('bigforest');
    try {
      const page = await open('#/search');
      const shown = await results(page);
      const { data } = await gql(graph.gatewayUrl, '{ searchMovies(first: 0) { totalCount unavailableStreamers } }');
      expect(data.searchMovies.unavailableStreamers).toEqual(['BigForest']);
      expect(shown.total).toBe(data.searchMovies.totalCount);
      expect(shown.cards.length).toBeGreaterThan(0);
      expect(shown.cards.filter((card) => card.streamer === 'BigForest')).toEqual([]);
      expect(await page.locator('.results .notice').innerText()).toContain('Not answering: BigForest');

      // Its movie is not "not found": the page says the streamer is unavailable.
      await page.goto(`${origin}/catalogue#/movie/bigforest:1`);
      await expect.poll(() => page.getByRole('alert').innerText()).toContain('STREAMER_UNAVAILABLE');

      await page.goto(`${origin}/catalogue#/dashboard`);
      await page.locator('figure[data-chart=decade] canvas').waitFor({ timeout: 20_000 });
      expect(await page.locator('.dashboard .notice').first().innerText()).toContain('Not answering: BigForest');
      expect(await page.locator('tr[data-streamer=BigForest]').count()).toBe(0);
      await shot(page, '11-streamer-down');
      await page.close();
    } finally {
      await graph.restart('bigforest');
    }
  });
});

/** Each chart's stated total, and whether its canvas has anything drawn on it. */
function chartsOn(page: Page): Promise<Record<string, { total: number | null; drawn: boolean }>> {
  return page.evaluate(`Object.fromEntries([...document.querySelectorAll('figure[data-chart]')].map((figure) => {
    const canvas = figure.querySelector('canvas');
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let drawn = false;
    for (let i = 3; i < pixels.length && !drawn; i += 4) drawn = pixels[i] !== 0;
    const total = figure.dataset.total;
    return [figure.dataset.chart, { total: total === undefined ? null : Number(total), drawn }];
  }))`);
}
