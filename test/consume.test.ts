// Issue #11, items 1-3, over the whole graph on free ports with a temporary copy of the seed data:
// searchMovies' filters and orders (every order pages each match exactly once, compared with a
// full sort the test computes itself from every served movie), skippedStreamers, whereToWatch
// over a title captured into two more streamers, and stats against the load reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupOffers, normaliseTitle, type Offer } from '../subgraphs/catalog/whereToWatch.js';
import { streamers } from '../subgraphs/registry.js';
import { gql, startGraph, type Graph } from './support.js';

interface Movie {
  id: string;
  streamer: string;
  title: string;
  year: number | null;
  country: string | null;
  classification: string | null;
  genre: string | null;
  stars: number | null;
  rental?: number;
  purchase?: number;
}

type Field = 'TITLE' | 'YEAR' | 'STARS' | 'RENTAL' | 'PURCHASE';
type Direction = 'ASC' | 'DESC';

let graph: Graph;
/** Every served movie, read page by page from each streamer's own list in its default order. */
let all: Movie[];

const priceFields = '... on BigForestMovie { rental purchase } ... on PearTvFilm { rental purchase }';
const movieFields = `__typename id streamer title year country classification genre stars ${priceFields}`;

async function ok<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T> {
  const { data, errors } = await gql(graph.gatewayUrl, query, variables, token);
  expect(errors).toBeUndefined();
  return data as T;
}

async function readAll(): Promise<Movie[]> {
  const movies: Movie[] = [];
  for (const { api, name } of streamers) {
    const fields = `__typename id streamer title year country classification genre stars${has.prices(name) ? ' rental purchase' : ''}`;
    let after: string | null = null;
    do {
      const data: any = await ok(`query($after: String) { list: ${api.list}(first: 100, after: $after) { edges { node { ${fields} } } pageInfo { hasNextPage endCursor } } }`, { after });
      movies.push(...data.list.edges.map((e: { node: Movie }) => e.node));
      after = data.list.pageInfo.hasNextPage ? data.list.pageInfo.endCursor : null;
    } while (after);
  }
  return movies;
}

beforeAll(async () => {
  graph = await startGraph();
  all = await readAll();
}, 60_000);
afterAll(async () => {
  await graph?.close();
});

// The test's own order: code-point (UTF-8 byte) comparison of lower-cased titles and names.
const bytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
const keyOf = (id: string) => Number(id.split(':')[1]);
const valueOf = (m: Movie, field: Field): number | null =>
  ({ TITLE: null, YEAR: m.year, STARS: m.stars, RENTAL: m.rental ?? null, PURCHASE: m.purchase ?? null })[field];

function expectedOrder(movies: Movie[], field: Field, direction: Direction): string[] {
  const sign = direction === 'DESC' ? -1 : 1;
  return [...movies]
    .sort((a, b) => {
      const title = bytes(a.title.toLowerCase(), b.title.toLowerCase());
      let first: number;
      if (field === 'TITLE') first = sign * title;
      else {
        const [x, y] = [valueOf(a, field), valueOf(b, field)];
        first = x === y ? 0 : x === null ? 1 : y === null ? -1 : sign * (x - y);
        first ||= title;
      }
      return first || bytes(a.streamer, b.streamer) || keyOf(a.id) - keyOf(b.id);
    })
    .map((m) => m.id);
}

interface Filter {
  query?: string;
  country?: string;
  classification?: string;
  genre?: string;
  minStars?: number;
  maxRental?: number;
  maxPurchase?: number;
  yearFrom?: number;
}

/** What each streamer can answer: the fields its entity has (a filter or order on another skips it). */
const has = {
  stars: (streamer: string) => streamer !== 'CCD',
  prices: (streamer: string) => streamer === 'BigForest' || streamer === 'PearTV',
  classification: (streamer: string) => streamer !== 'OduFlix',
  genre: (streamer: string) => streamer !== 'PearTV',
};

function skippedFor(filter: Filter, field: Field): string[] {
  return streamers
    .map((s) => s.name)
    .filter(
      (name) =>
        ((filter.minStars != null || field === 'STARS') && !has.stars(name)) ||
        ((filter.maxRental != null || filter.maxPurchase != null || field === 'RENTAL' || field === 'PURCHASE') && !has.prices(name)) ||
        (filter.classification != null && !has.classification(name)) ||
        (filter.genre != null && !has.genre(name)),
    );
}

function matching(filter: Filter, field: Field): Movie[] {
  const skipped = skippedFor(filter, field);
  const same = (a: string | null, b: string | undefined) => b === undefined || a?.toLowerCase() === b.toLowerCase();
  return all.filter(
    (m) =>
      !skipped.includes(m.streamer) &&
      (!filter.query || m.title.toLowerCase().includes(filter.query.toLowerCase())) &&
      same(m.country, filter.country) &&
      same(m.classification, filter.classification) &&
      same(m.genre, filter.genre) &&
      (filter.yearFrom == null || (m.year ?? -Infinity) >= filter.yearFrom) &&
      (filter.minStars == null || (m.stars ?? -Infinity) >= filter.minStars) &&
      (filter.maxRental == null || (m.rental ?? Infinity) <= filter.maxRental) &&
      (filter.maxPurchase == null || (m.purchase ?? Infinity) <= filter.maxPurchase),
  );
}

const search = `query Search($query: String, $country: String, $classification: String, $genre: String, $minStars: Int, $maxRental: Float,
    $maxPurchase: Float, $yearFrom: Int, $orderBy: MovieOrder, $first: Int, $after: String) {
  searchMovies(query: $query, country: $country, classification: $classification, genre: $genre, minStars: $minStars, maxRental: $maxRental,
      maxPurchase: $maxPurchase, yearFrom: $yearFrom, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    edges { cursor node { ${movieFields} } }
    pageInfo { hasNextPage endCursor }
    unavailableStreamers
    skippedStreamers { streamer reason }
  }
}`;

async function pageThrough(filter: Filter, orderBy: { field: Field; direction: Direction }, first: number) {
  const visited: Movie[] = [];
  let after: string | null = null;
  let totalCount = -1;
  let skipped: { streamer: string; reason: string }[] = [];
  for (let pages = 0; pages < 500; pages++) {
    const data: any = await ok(search, { ...filter, orderBy, first, after });
    const result = data.searchMovies;
    totalCount = result.totalCount;
    skipped = result.skippedStreamers;
    expect(result.unavailableStreamers).toEqual([]);
    visited.push(...result.edges.map((e: { node: Movie }) => e.node));
    if (!result.pageInfo.hasNextPage) break;
    after = result.pageInfo.endCursor;
  }
  return { visited, totalCount, skipped };
}

const fields: Field[] = ['TITLE', 'YEAR', 'STARS', 'RENTAL', 'PURCHASE'];
const filters: Filter[] = [
  {},
  { query: 'the' },
  { maxRental: 5 },
  { country: 'usa', minStars: 3 },
  { classification: '15' },
  { genre: 'drama', yearFrom: 2000 },
  { query: 'e', maxPurchase: 15 },
];
const cases = fields.flatMap((field) => (['ASC', 'DESC'] as const).flatMap((direction) => filters.map((filter) => [field, direction, filter] as const)));

describe('searchMovies: filters and orders', () => {
  it('has movies of every streamer to search, with prices where they rent or sell', () => {
    for (const { name } of streamers) expect(all.filter((m) => m.streamer === name).length).toBeGreaterThan(0);
    expect(all.filter((m) => m.rental != null).length).toBeGreaterThan(10);
  });

  it.each(cases)('orders by %s %s with %o: every match exactly once, as a full sort of the stores', async (field, direction, filter) => {
    const expected = expectedOrder(matching(filter, field), field, direction);
    const { visited, totalCount, skipped } = await pageThrough(filter, { field, direction }, 7);
    expect(totalCount).toBe(expected.length);
    expect(visited.map((m) => m.id)).toEqual(expected);
    expect(new Set(visited.map((m) => m.id)).size).toBe(visited.length);
    expect(skipped.map((s) => s.streamer)).toEqual(skippedFor(filter, field));
    // Real values: every node passes the filters as the gateway resolved it from its streamer.
    for (const m of visited) {
      if (filter.maxRental != null) expect(m.rental).toBeLessThanOrEqual(filter.maxRental);
      if (filter.minStars != null) expect(m.stars).toBeGreaterThanOrEqual(filter.minStars);
      if (filter.country) expect(m.country?.toLowerCase()).toBe(filter.country);
      if (filter.genre) expect(m.genre?.toLowerCase()).toBe(filter.genre);
    }
  });

  it('finds real matches for each filter', async () => {
    const { visited } = await pageThrough({ maxRental: 1 }, { field: 'RENTAL', direction: 'DESC' }, 100);
    expect(visited.length).toBeGreaterThan(0);
    expect(visited[0]!.rental).toBe(Math.max(...all.filter((m) => m.rental != null && m.rental <= 1).map((m) => m.rental!)));
    const stars = await pageThrough({}, { field: 'STARS', direction: 'DESC' }, 100);
    expect(stars.visited[0]!.stars).toBe(5);
    expect(stars.visited.at(-1)!.stars).toBe(Math.min(...all.filter((m) => m.stars != null).map((m) => m.stars!)));
  });

  it('says why each streamer is left out', async () => {
    const data = await ok('{ searchMovies(minStars: 1, maxRental: 3, genre: "comedy") { totalCount skippedStreamers { streamer reason } } }');
    expect(data.searchMovies.skippedStreamers).toEqual([
      { streamer: 'CCD', reason: 'CCD has no stars and no rental prices' },
      { streamer: 'OduFlix', reason: 'OduFlix has no rental prices' },
      { streamer: 'PearTV', reason: 'PearTV has no genre' },
    ]);
    expect(data.searchMovies.totalCount).toBe(matching({ minStars: 1, maxRental: 3, genre: 'comedy' }, 'TITLE').length);
    const byStars = await ok('{ searchMovies(orderBy: { field: STARS }, first: 1) { skippedStreamers { streamer reason } } }');
    expect(byStars.searchMovies.skippedStreamers).toEqual([{ streamer: 'CCD', reason: 'CCD has no stars' }]);
  });

  it('refuses a cursor of another order, an unknown rating range and an order a streamer cannot answer', async () => {
    const first = await ok('{ searchMovies(first: 1) { pageInfo { endCursor } } }');
    const cursor = first.searchMovies.pageInfo.endCursor;
    const wrong = await gql(graph.gatewayUrl, 'query($after: String) { searchMovies(orderBy: { field: YEAR, direction: DESC }, after: $after) { totalCount } }', { after: cursor });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.message).toContain('YEAR DESC');
    const stars = await gql(graph.gatewayUrl, '{ searchMovies(minStars: 9) { totalCount } }');
    expect(stars.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stars.errors?.[0]?.message).toBe('minStars must be from 0 to 5, got 9');
    const ccd = await gql(graph.gatewayUrl, '{ ccdProgrammes(orderBy: { field: STARS }) { totalCount } }');
    expect(ccd.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(ccd.errors?.[0]?.message).toContain('CCD has no stars');
  });

  it('tells how each streamer offers its movies', async () => {
    const data = await ok('{ streamers { name offeredAs } }');
    expect(data.streamers).toEqual([
      { name: 'CCD', offeredAs: 'BROADCAST' },
      { name: 'OduFlix', offeredAs: 'SUBSCRIPTION' },
      { name: 'BigForest', offeredAs: 'RENT_OR_BUY' },
      { name: 'PearTV', offeredAs: 'RENT_OR_BUY' },
    ]);
  });
});

const watch = `query Watch($query: String!, $year: Int) {
  whereToWatch(query: $query, year: $year) {
    title year
    offers { streamer offeredAs rental purchase stars classification movie { __typename id title year } }
    cheapestRental { streamer rental movie { id } }
    cheapestPurchase { streamer purchase movie { id } }
  }
}`;

describe('whereToWatch', () => {
  beforeAll(async () => {
    // OduFlix has "Jurassic Park" (1992); the same film, written differently, captured into two more.
    const pear = await ok(
      'mutation { capturePearTvFilm(input: { title: "Jurassic park", classification: "PG", country: "USA", rental: 2.99, purchase: 9.99, stars: 4, year: 1992 }) { status record { id } } }',
      {},
      graph.writer,
    );
    const forest = await ok(
      'mutation { captureBigForestMovie(input: { title: "JURASSIC PARK!", year: 1992, category: "Adventure", rental: 3.49, purchase: 7.99, stars: 5, classification: "PG", country: "USA" }) { status record { id } } }',
      {},
      graph.writer,
    );
    // Another year: another title.
    await ok('mutation { captureBigForestMovie(input: { title: "The Jurassic Park", year: 2031, category: "Adventure", rental: 1, purchase: 2, stars: 1, classification: "PG", country: "USA" }) { status } }', {}, graph.writer);
    expect([pear.capturePearTvFilm.status, forest.captureBigForestMovie.status]).toEqual(['CREATED', 'CREATED']);
  });

  it('groups the same film across three streamers, with each offer and the cheapest rental and purchase', async () => {
    const data = await ok(watch, { query: 'jurassic park' });
    const titles = data.whereToWatch as any[];
    const park1992 = titles.find((t) => t.year === 1992 && t.offers.length > 1);
    expect(park1992.title).toBe('JURASSIC PARK!');
    expect(park1992.offers.map((o: any) => [o.streamer, o.offeredAs, o.rental, o.purchase, o.stars, o.classification])).toEqual([
      ['BigForest', 'RENT_OR_BUY', 3.49, 7.99, 5, 'PG'],
      ['OduFlix', 'SUBSCRIPTION', null, null, 5, null],
      ['PearTV', 'RENT_OR_BUY', 2.99, 9.99, 4, 'PG'],
    ]);
    // The movies themselves, resolved by their streamers through the gateway.
    expect(park1992.offers.map((o: any) => o.movie.__typename)).toEqual(['BigForestMovie', 'OduflixMovie', 'PearTvFilm']);
    expect(park1992.offers[1].movie).toMatchObject({ id: 'oduflix:0', title: 'Jurassic Park', year: 1992 });
    expect(park1992.cheapestRental).toMatchObject({ streamer: 'PearTV', rental: 2.99 });
    expect(park1992.cheapestPurchase).toMatchObject({ streamer: 'BigForest', purchase: 7.99 });
    expect(park1992.cheapestRental.movie.id).toBe(park1992.offers[2].movie.id);
    // The 2031 one is its own title, and a sequel ("Jurassic Park II") is another title too.
    expect(titles.find((t) => t.year === 2031).offers.map((o: any) => o.streamer)).toEqual(['BigForest']);
    expect(titles.some((t) => t.title === 'Jurassic Park II')).toBe(true);
    // Every match of every streamer is in exactly one title.
    const matches = all.filter((m) => m.title.toLowerCase().includes('jurassic park')).length + 3;
    expect(titles.reduce((n, t) => n + t.offers.length, 0)).toBe(matches);
  });

  it('matches titles without regard to case, accents, punctuation, spaces or a leading article', () => {
    const same = [
      ['Amélie', 'AMELIE'],
      ['The Godfather', 'Godfather, The'],
      ['A Bug\'s Life', 'bugs life'],
      ['Fast & Furious', 'Fast and  Furious'],
      ['Star Wars: Episode IV', 'star wars - episode iv'],
    ];
    for (const [a, b] of same) expect(normaliseTitle(a!)).toBe(normaliseTitle(b!));
    // Not matched: numbers written differently, subtitles, translations.
    expect(normaliseTitle('Jurassic Park II')).not.toBe(normaliseTitle('Jurassic Park 2'));
    expect(normaliseTitle('Alien')).not.toBe(normaliseTitle('Aliens'));
    expect(normaliseTitle('The')).toBe('the');
  });

  it('puts a movie without a year with its title when one year is offered, apart when several are', () => {
    const [ccd, oduflix, pear] = streamers.filter((s) => ['CCD', 'OduFlix', 'PearTV'].includes(s.name));
    const offer = (streamer: typeof ccd, id: string, title: string, year: number | null, rental?: number): Offer => ({
      streamer: streamer!,
      movie: { id, title, year, stars: null, classification: null, rental, purchase: rental === undefined ? undefined : rental * 3 },
      offeredAs: streamer!.offeredAs,
    });
    const one = groupOffers([offer(ccd, 'ccd:1', 'Heat', null), offer(pear, 'peartv:1', 'HEAT', 1995, 2), offer(oduflix, 'oduflix:1', 'Heat', 1995)]);
    expect(one).toHaveLength(1);
    expect(one[0]!.offers.map((o) => o.movie.id)).toEqual(['ccd:1', 'oduflix:1', 'peartv:1']);
    expect(one[0]!.cheapestRental?.movie.id).toBe('peartv:1');
    const two = groupOffers([offer(ccd, 'ccd:1', 'Heat', null), offer(pear, 'peartv:1', 'Heat', 1995, 2), offer(oduflix, 'oduflix:1', 'Heat', 1986)]);
    expect(two.map((g) => [g.year, g.offers.length])).toEqual([[1986, 1], [1995, 1], [null, 1]]);
    expect(two[0]!.cheapestRental).toBeNull();
  });

  it('keeps one year when asked, and refuses an empty query', async () => {
    const data = await ok(watch, { query: 'Jurassic', year: 1992 });
    expect(data.whereToWatch.every((t: any) => t.year === 1992)).toBe(true);
    expect(data.whereToWatch.find((t: any) => t.offers.length === 3)).toBeDefined();
    const empty = await gql(graph.gatewayUrl, watch, { query: '  ' });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

const statsQuery = `query Stats($groupBy: StatsGroupBy, $streamers: [String!]) {
  stats(groupBy: $groupBy, streamers: $streamers) {
    groupBy
    totals { count meanStars rental { min mean max } purchase { min mean max } }
    groups { key summary { count meanStars rental { min mean max } } }
    streamers { streamer summary { count meanStars rental { min max } } groups { key summary { count } } loadReport { servedRecords } }
    unavailableStreamers
  }
}`;

const round = (value: number) => Math.round(value * 100) / 100;
const mean = (values: number[]) => (values.length ? round(values.reduce((a, b) => a + b, 0) / values.length) : null);

describe('stats', () => {
  it('counts what the load reports serve, per streamer and in total', async () => {
    const data = await ok(statsQuery, {});
    const { stats } = data;
    expect(stats.unavailableStreamers).toEqual([]);
    expect(stats.groups).toEqual([]);
    const fresh = await readAll();
    for (const s of stats.streamers) {
      expect(s.summary.count).toBe(s.loadReport.servedRecords);
      expect(s.summary.count).toBe(fresh.filter((m) => m.streamer === s.streamer).length);
    }
    expect(stats.totals.count).toBe(stats.streamers.reduce((n: number, s: any) => n + s.loadReport.servedRecords, 0));
    expect(stats.totals.meanStars).toBe(mean(fresh.filter((m) => m.stars != null).map((m) => m.stars!)));
    const rentals = fresh.filter((m) => m.rental != null).map((m) => m.rental!);
    expect(stats.totals.rental).toEqual({ min: Math.min(...rentals), mean: mean(rentals), max: Math.max(...rentals) });
    const ccd = stats.streamers.find((s: any) => s.streamer === 'CCD');
    expect(ccd.summary).toMatchObject({ meanStars: null, rental: null });
  });

  it.each(['YEAR', 'DECADE', 'COUNTRY', 'CLASSIFICATION', 'GENRE', 'STARS'])('groups by %s: group counts sum to the totals and match the movies', async (groupBy) => {
    const { stats } = await ok(statsQuery, { groupBy });
    const fresh = await readAll();
    const keyOfMovie = (m: Movie): string | null =>
      ({
        YEAR: m.year == null ? null : String(m.year),
        DECADE: m.year == null ? null : `${Math.floor(m.year / 10) * 10}s`,
        COUNTRY: m.country,
        CLASSIFICATION: m.classification,
        GENRE: m.genre,
        STARS: m.stars == null ? null : String(m.stars),
      })[groupBy]!;
    expect(stats.groupBy).toBe(groupBy);
    expect(stats.groups.reduce((n: number, g: any) => n + g.summary.count, 0)).toBe(stats.totals.count);
    for (const s of stats.streamers) expect(s.groups.reduce((n: number, g: any) => n + g.summary.count, 0)).toBe(s.loadReport.servedRecords);
    for (const group of stats.groups) {
      const members = fresh.filter((m) => keyOfMovie(m) === group.key);
      expect(group.summary.count).toBe(members.length);
      expect(group.summary.meanStars).toBe(mean(members.filter((m) => m.stars != null).map((m) => m.stars!)));
    }
    // Keys in order, the missing value last.
    const keys = stats.groups.map((g: any) => g.key);
    expect(keys.indexOf(null)).toBe(keys.includes(null) ? keys.length - 1 : -1);
    if (['YEAR', 'DECADE', 'STARS'].includes(groupBy)) {
      const numbers = keys.filter((k: string | null) => k !== null).map((k: string) => parseInt(k, 10));
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
  });

  it('covers only the streamers asked for', async () => {
    const { stats } = await ok(statsQuery, { streamers: ['PearTV'], groupBy: 'STARS' });
    expect(stats.streamers.map((s: any) => s.streamer)).toEqual(['PearTV']);
    expect(stats.totals.count).toBe(stats.streamers[0].loadReport.servedRecords);
  });
});

describe('a streamer down, and the limits', () => {
  it('says which streamer did not answer stats, and totals the others', async () => {
    await graph.stop('oduflix');
    try {
      const { data, errors } = await gql(graph.gatewayUrl, statsQuery, {});
      expect(errors?.[0]?.extensions?.code).toBe('STREAMER_UNAVAILABLE');
      expect(data.stats.unavailableStreamers).toEqual(['OduFlix']);
      expect(data.stats.streamers.map((s: any) => s.streamer)).toEqual(['CCD', 'BigForest', 'PearTV']);
      expect(data.stats.totals.count).toBe(data.stats.streamers.reduce((n: number, s: any) => n + s.loadReport.servedRecords, 0));
    } finally {
      await graph.restart('oduflix');
    }
  });

  it('counts whereToWatch and stats as the streamer calls they cause', async () => {
    // 40 calls at most (MAX_STREAMER_CALLS): ten whereToWatch ask four streamers each, an eleventh is too many.
    const watches = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `w${i}: whereToWatch(query: "park") { title }`).join(' ')} }`;
    expect((await gql(graph.gatewayUrl, watches(10))).errors).toBeUndefined();
    const refused = await gql(graph.gatewayUrl, watches(11));
    expect(refused.errors?.[0]?.extensions?.code).toBe('OPERATION_LIMIT');
    expect(refused.errors?.[0]?.message).toContain('Streamer calls limit of 40 exceeded, found 44');
    const stats = (count: number, streamers = '') => `{ ${Array.from({ length: count }, (_, i) => `s${i}: stats${streamers} { totals { count } }`).join(' ')} }`;
    expect((await gql(graph.gatewayUrl, stats(11))).errors?.[0]?.message).toContain('found 44');
    expect((await gql(graph.gatewayUrl, stats(20, '(streamers: ["PearTV"])'))).errors).toBeUndefined();
  });
});

describe('every order after captures (the index\'s small layer of recent writes beside the store\'s)', () => {
  beforeAll(async () => {
    const words = ['Harbour', 'Zebra', 'Ångström', 'apple', 'Moon'];
    const generated = (i: number) => ({
      title: `Generated ${words[i % words.length]} ${i % 20}`,
      year: 1980 + (i % 9),
      rental: (i % 7) + 0.99,
      purchase: (i % 7) + 5.99 + (i % 3),
      stars: i % 6,
      classification: ['PG', '15', '12A'][i % 3],
      country: ['GB', 'USA'][i % 2],
    });
    const pear = Array.from({ length: 150 }, (_, i) => generated(i));
    const forest = Array.from({ length: 150 }, (_, i) => ({ ...generated(i + 3), category: ['Drama', 'Comedy'][i % 2] }));
    const data = await ok(
      `mutation($pear: [PearTvFilmInput!]!, $forest: [BigForestMovieInput!]!) {
        p: capturePearTvFilms(inputs: $pear) { created }
        f: captureBigForestMovies(inputs: $forest) { created }
      }`,
      { pear, forest },
      graph.writer,
    );
    expect([data.p.created, data.f.created]).toEqual([150, 150]);
    all = await readAll();
  }, 60_000);

  const after: [Field, Direction, Filter][] = [
    ['RENTAL', 'DESC', {}],
    ['RENTAL', 'ASC', { query: 'generated' }],
    ['PURCHASE', 'DESC', { query: 'generated', country: 'gb' }],
    ['STARS', 'ASC', { query: 'a' }],
    ['YEAR', 'DESC', { query: 'generated', maxRental: 4 }],
    ['TITLE', 'DESC', { query: 'generated' }],
    ['TITLE', 'ASC', { minStars: 2, maxPurchase: 9 }],
  ];
  it.each(after)('orders by %s %s with %o: every match exactly once', async (field, direction, filter) => {
    const expected = expectedOrder(matching(filter, field), field, direction);
    expect(expected.length).toBeGreaterThan(20);
    const { visited, totalCount } = await pageThrough(filter, { field, direction }, 13);
    expect(totalCount).toBe(expected.length);
    expect(visited.map((m) => m.id)).toEqual(expected);
  });
});
