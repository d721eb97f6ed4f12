// The in-memory index answers filters and pages exactly as a scan of every movie would.
import { afterAll, describe, expect, it } from 'vitest';
import { compareText } from '../subgraphs/kit/cursor.js';
import { orderFields, type MovieEntity, type MovieOrder } from '../subgraphs/kit/definition.js';
import { MovieIndex, type MovieFilter } from '../subgraphs/kit/movieIndex.js';

// Characters beyond U+FFFF (🎬) and above U+E000 (！) too: UTF-16 and UTF-8 order them differently.
const words = ['Star', 'Wars', 'Jurassic', 'Park', "Ocean's", '"Quoted"', 'Amélie', '東京', 'the', 'Night', '🎬 Reel', '！Bang'];
const movies: MovieEntity[] = Array.from({ length: 6000 }, (_, key) => ({
  id: `test:${key}`,
  key,
  streamer: 'Test',
  // Repeated titles on purpose: order must fall back to the key.
  title: `${words[key % words.length]} ${words[(key * 7) % words.length]} ${key % 50}`,
  year: 1950 + (key % 70),
  country: ['GB', 'FR', 'USA'][key % 3]!,
  classification: ['U', 'PG', '15'][key % 3]!,
  genre: key % 4 === 0 ? null : 'Drama',
  stars: key % 6,
  // Prices with ties and gaps: every 5th movie has none (a missing value sorts last either way).
  rental: key % 5 === 0 ? null : (key % 13) + 0.99,
  purchase: key % 5 === 0 ? null : (key % 17) * 2 + 0.49,
}));

// A store loaded whole, then captures added a few at a time, as a running subgraph sees them.
const index = new MovieIndex<MovieEntity>();
index.add(movies.slice(0, 5000));
for (let at = 5000; at < movies.length; at += 100) index.add(movies.slice(at, at + 100));
afterAll(() => index.close());

function scan(filter: MovieFilter): string[] {
  const contains = filter.titleContains?.toLowerCase();
  return movies
    .filter((m) => !contains || m.title.toLowerCase().includes(contains))
    .filter((m) => filter.yearFrom == null || m.year! >= filter.yearFrom)
    .filter((m) => filter.yearTo == null || m.year! <= filter.yearTo)
    .filter((m) => !filter.country || m.country!.toLowerCase() === filter.country.toLowerCase())
    .filter((m) => filter.minStars == null || m.stars! >= filter.minStars)
    .sort((a, b) => Buffer.compare(Buffer.from(a.title.toLowerCase()), Buffer.from(b.title.toLowerCase())) || a.key - b.key)
    .map((m) => m.id);
}

describe('MovieIndex', () => {
  it.each<MovieFilter>([
    {},
    { titleContains: 'park' },
    { titleContains: 'PARK 1' },
    { titleContains: 'e' },
    { titleContains: 'ar' },
    { titleContains: '"quoted"' },
    { titleContains: "ocean's" },
    { titleContains: '東京' },
    { titleContains: '🎬 r' },
    { titleContains: '！b' },
    { titleContains: 'amélie' },
    { titleContains: 'nothing like this' },
    { yearFrom: 1990, yearTo: 1999 },
    { country: 'gb', minStars: 4 },
    { titleContains: 'star', yearFrom: 2000, country: 'USA' },
  ])('matches a scan for %o, page by page', (filter) => {
    const expected = scan(filter);
    const visited: string[] = [];
    let after: readonly [string, number] | undefined;
    for (;;) {
      const page = index.page(filter, 97, after);
      expect(page.totalCount).toBe(expected.length);
      visited.push(...page.items.map((m) => m.id));
      if (!page.hasNextPage) break;
      const last = page.items.at(-1)!;
      after = [last.title.toLowerCase(), last.key];
    }
    expect(visited).toEqual(expected);
  });

  it('orders text as UTF-8 bytes do, as SQLite and the catalog\'s merge do', () => {
    const texts = ['a', 'ab', 'b', 'é', '東京', '🎬', '！', '\uffff', 'z🎬', 'z！', ''];
    for (const a of texts) for (const b of texts) expect(Math.sign(compareText(a, b))).toBe(Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b))));
  });

  it('reads a batch of keys in order, null for unknown keys', () => {
    expect(index.getMany([5, -1, 2]).map((m) => m?.id ?? null)).toEqual(['test:5', null, 'test:2']);
  });

  // Independent of the index: every movie's value read straight off it, sorted with plain comparisons.
  const valueOf = (m: MovieEntity, field: MovieOrder['field']): number | null =>
    ({ TITLE: null, YEAR: m.year, STARS: m.stars, RENTAL: m.rental ?? null, PURCHASE: m.purchase ?? null })[field];
  const byTitle = (a: MovieEntity, b: MovieEntity) => Buffer.compare(Buffer.from(a.title.toLowerCase()), Buffer.from(b.title.toLowerCase()));
  function sortedScan(filter: MovieFilter, order: MovieOrder): string[] {
    const byId = new Map(movies.map((m) => [m.id, m]));
    const sign = order.direction === 'DESC' ? -1 : 1;
    return scan(filter)
      .map((id) => byId.get(id)!)
      .filter((m) => filter.maxRental == null || (m.rental != null && m.rental <= filter.maxRental))
      .sort((a, b) => {
        if (order.field === 'TITLE') return sign * byTitle(a, b) || a.key - b.key;
        const [x, y] = [valueOf(a, order.field), valueOf(b, order.field)];
        if (x !== y && (x === null || y === null)) return x === null ? 1 : -1;
        return sign * ((x ?? 0) - (y ?? 0)) || byTitle(a, b) || a.key - b.key;
      })
      .map((m) => m.id);
  }

  const orders = orderFields.flatMap((field) => (['ASC', 'DESC'] as const).map((direction): MovieOrder => ({ field, direction })));
  const filters: MovieFilter[] = [{}, { titleContains: 'park' }, { titleContains: 'e' }, { titleContains: 'amélie 1' }, { country: 'fr', maxRental: 6 }, { titleContains: 'star', minStars: 3 }];
  it.each(orders.flatMap((order) => filters.map((filter) => [order, filter] as const)))('pages %o with %o exactly as a full sort, each match once', (order, filter) => {
    const expected = sortedScan(filter, order);
    const visited: string[] = [];
    let after: readonly [number | null, string, number] | undefined;
    for (let pages = 0; pages < 1000; pages++) {
      const page = index.pageInOrder(filter, order, 41, after);
      expect(page.totalCount).toBe(expected.length);
      visited.push(...page.items.map((m) => m.id));
      if (!page.hasNextPage) break;
      const last = page.items.at(-1)!;
      after = [order.field === 'TITLE' ? null : valueOf(last, order.field), last.title.toLowerCase(), last.key];
    }
    expect(visited).toEqual(expected);
  });
});
