// The served movies of one streamer, indexed in memory: the store is read once at start-up, and each
// request is answered from here, in time that grows with the matches, not with the store.
// A layer holds movies in the one stable order (title without regard to case, then key), so that a
// cursor is a binary search and a page is read off in order, never sorted; every title in that order
// in one string, separated by NUL (which no served title holds: validation refuses control
// characters), so that "title contains" is the engine's own string search over contiguous memory;
// and one array per filtered field, read in sequence. The store's movies are one large layer, laid
// out once; captured ones go into a small layer laid out again at each write, folded into the large
// one when it grows: a write costs in proportion to what it adds, not to the store.
import { compareText, titleKey, type ListPosition } from './cursor.js';
import type { MovieEntity } from './definition.js';

export interface MovieFilter {
  titleContains?: string | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  country?: string | null;
  classification?: string | null;
  genre?: string | null;
  minStars?: number | null;
}

export interface MoviePage<E> {
  totalCount: number;
  items: E[];
  hasNextPage: boolean;
}

interface Row<E> {
  entity: E;
  titleKey: string;
  /** No code unit from U+D800 up: the engine's own comparison gives code-point order. */
  plain: boolean;
  /** The filtered text fields in lower case, computed once. */
  country: string | null;
  classification: string | null;
  genre: string | null;
}

const lower = (value: string | null) => value?.toLowerCase() ?? null;

/** No code unit from U+D800 up: then the engine's own string comparison is code-point order. */
const isPlain = (text: string) => !/[\ud800-\uffff]/.test(text);

function rowOf<E extends MovieEntity>(entity: E): Row<E> {
  const key = titleKey(entity.title);
  return { entity, titleKey: key, plain: isPlain(key), country: lower(entity.country), classification: lower(entity.classification), genre: lower(entity.genre) };
}

/** (title key, key) order; the engine's string comparison whenever it agrees with code-point order. */
function compareKeys(a: string, aPlain: boolean, b: string, bPlain: boolean): number {
  if (aPlain || bPlain) return a < b ? -1 : a > b ? 1 : 0;
  return compareText(a, b);
}

const separator = '\u0000';

/** The fields filters test, one array each in rank order; NaN where a streamer has no number. */
interface Columns {
  years: Float64Array;
  stars: Float64Array;
  country: (string | null)[];
  classification: (string | null)[];
  genre: (string | null)[];
}

function columnsOf(order: readonly Row<MovieEntity>[]): Columns {
  const columns: Columns = { years: new Float64Array(order.length), stars: new Float64Array(order.length), country: [], classification: [], genre: [] };
  order.forEach(({ entity }, rank) => {
    columns.years[rank] = entity.year ?? NaN;
    columns.stars[rank] = entity.stars ?? NaN;
  });
  columns.country = order.map((row) => row.country);
  columns.classification = order.map((row) => row.classification);
  columns.genre = order.map((row) => row.genre);
  return columns;
}

/** The filter's tests other than the title's, as one test of a rank; none when there are none. */
function rankTest(columns: Columns, filter: MovieFilter): ((rank: number) => boolean) | undefined {
  const tests: ((rank: number) => boolean)[] = [];
  const { yearFrom, yearTo, minStars } = filter;
  if (yearFrom != null) tests.push((r) => columns.years[r]! >= yearFrom);
  if (yearTo != null) tests.push((r) => columns.years[r]! <= yearTo);
  if (minStars != null) tests.push((r) => columns.stars[r]! >= minStars);
  for (const field of ['country', 'classification', 'genre'] as const) {
    const wanted = filter[field]?.trim().toLowerCase();
    if (wanted) tests.push((r) => columns[field][r] === wanted);
  }
  if (tests.length === 0) return undefined;
  return (rank) => {
    for (const test of tests) if (!test(rank)) return false;
    return true;
  };
}

const compareRows = <E extends MovieEntity>(a: Row<E>, b: Row<E>) => compareKeys(a.titleKey, a.plain, b.titleKey, b.plain) || a.entity.key - b.entity.key;

/** Movies in order, laid out for scanning; never changed once built. */
class Layer<E extends MovieEntity> {
  readonly columns: Columns;
  /** Every title key in order, each after a NUL, and a last NUL. */
  private readonly corpus: string;
  /** Where each rank's title starts in the corpus, and one more: the corpus's end. */
  private readonly starts: Int32Array;

  constructor(readonly order: readonly Row<E>[]) {
    this.columns = columnsOf(order);
    this.corpus = `${separator}${order.map((row) => row.titleKey).join(separator)}${separator}`;
    this.starts = new Int32Array(order.length + 1);
    let at = 1;
    order.forEach((row, rank) => {
      this.starts[rank] = at;
      at += row.titleKey.length + 1;
    });
    this.starts[order.length] = at;
  }

  /** The rank of the first movie after a position in the order: binary search. */
  firstRankAbove(key: string, plain: boolean, movieKey: number): number {
    let [low, high] = [0, this.order.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      const row = this.order[middle]!;
      if ((compareKeys(row.titleKey, row.plain, key, plain) || row.entity.key - movieKey) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Every match counted; the first `limit` from rank `start` on returned, in order. */
  matches(filter: MovieFilter, contains: string, start: number, limit: number): { count: number; rows: Row<E>[] } {
    const test = rankTest(this.columns, filter);
    const rows: Row<E>[] = [];
    let count = 0;
    const take = (rank: number) => {
      if (test && !test(rank)) return;
      count++;
      if (rank >= start && rows.length < limit) rows.push(this.order[rank]!);
    };
    if (!contains && !test) {
      return { count: this.order.length, rows: this.order.slice(start, start + limit) };
    } else if (!contains) {
      for (let rank = 0; rank < this.order.length; rank++) take(rank);
    } else if (!contains.includes(separator)) {
      // Hits come in rank order: the rank of each is found by walking `starts` forward.
      let rank = 0;
      for (let at = this.corpus.indexOf(contains); at >= 0; at = this.corpus.indexOf(contains, this.starts[rank + 1]!)) {
        while (this.starts[rank + 1]! <= at) rank++;
        take(rank);
      }
    }
    return { count, rows };
  }
}

/** Two ordered lists as one, in order. */
function merge<E extends MovieEntity>(a: readonly Row<E>[], b: readonly Row<E>[]): Row<E>[] {
  const merged: Row<E>[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && compareRows(a[i]!, b[j]!) < 0) ? a[i++]! : b[j++]!);
  return merged;
}

export class MovieIndex<E extends MovieEntity> {
  private readonly rows = new Map<number, Row<E>>();
  private store = new Layer<E>([]);
  private recent = new Layer<E>([]);

  get size(): number {
    return this.rows.size;
  }

  add(entities: readonly E[]): void {
    const added = entities.map(rowOf).sort(compareRows);
    for (const row of added) this.rows.set(row.entity.key, row);
    const recent = merge(this.recent.order, added);
    // Folded into the store's layer once it is no longer small beside it (an eighth: scanning it
    // stays cheap, and folding, which lays the whole store out again, stays rare).
    if (recent.length > Math.max(4096, this.store.order.length / 8)) {
      this.store = new Layer(merge(this.store.order, recent));
      this.recent = new Layer([]);
    } else {
      this.recent = new Layer(recent);
    }
  }

  get(key: number): E | undefined {
    return this.rows.get(key)?.entity;
  }

  /** One read for a whole batch of keys, in their order; null where there is no such movie. */
  getMany(keys: readonly number[]): (E | null)[] {
    return keys.map((key) => this.rows.get(key)?.entity ?? null);
  }

  /** The movies matching the filter, in (title, key) order, starting after a position. */
  page(filter: MovieFilter, first: number, after?: ListPosition): MoviePage<E> {
    const contains = filter.titleContains ? titleKey(filter.titleContains.trim()) : '';
    const plain = after ? isPlain(after[0]) : true;
    const [fromStore, fromRecent] = [this.store, this.recent].map((layer) =>
      layer.matches(filter, contains, after ? layer.firstRankAbove(after[0], plain, after[1]) : 0, first + 1),
    );
    const rows = merge(fromStore!.rows, fromRecent!.rows);
    return {
      totalCount: fromStore!.count + fromRecent!.count,
      items: rows.slice(0, first).map((row) => row.entity),
      hasNextPage: rows.length > first,
    };
  }

  close(): void {
    this.rows.clear();
    this.store = new Layer([]);
    this.recent = new Layer([]);
  }
}
