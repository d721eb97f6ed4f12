// The served movies of one streamer, indexed in memory: the store is read once at start-up, and each
// request is answered from here, in time that grows with the matches, not with the store.
//   - `order`: every movie in the one stable order (title without regard to case, then key), so that
//     a cursor is found by binary search and a page is read off in order, never sorted;
//   - `corpus`: every title key in that order in one string, separated by NUL (which no served title
//     holds: validation refuses control characters), so that "title contains" is the engine's own
//     string search over contiguous memory, each hit mapped to its rank;
//   - one array per filtered field in the same order, read in sequence.
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

const lower = (value: string | null) => value?.toLowerCase() ?? null;

function columnsOf(order: readonly Row<MovieEntity>[]): Columns {
  const columns: Columns = { years: new Float64Array(order.length), stars: new Float64Array(order.length), country: [], classification: [], genre: [] };
  order.forEach(({ entity }, rank) => {
    columns.years[rank] = entity.year ?? NaN;
    columns.stars[rank] = entity.stars ?? NaN;
    columns.country.push(lower(entity.country));
    columns.classification.push(lower(entity.classification));
    columns.genre.push(lower(entity.genre));
  });
  return columns;
}

/** A copy of a typed array with one value inserted. */
function inserted(values: Float64Array, at: number, value: number): Float64Array {
  const next = new Float64Array(values.length + 1);
  next.set(values.subarray(0, at));
  next[at] = value;
  next.set(values.subarray(at), at + 1);
  return next;
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

const compareRows = <E extends MovieEntity>(a: Row<E>, b: Row<E>) => compareText(a.titleKey, b.titleKey) || a.entity.key - b.entity.key;

export class MovieIndex<E extends MovieEntity> {
  private readonly rows = new Map<number, Row<E>>();
  private order: Row<E>[] = [];
  private columns = columnsOf([]);
  private corpus = separator;
  /** Where each rank's title starts in the corpus, and one more: the corpus's end. */
  private starts = new Int32Array(1);

  get size(): number {
    return this.rows.size;
  }

  add(entities: readonly E[]): void {
    const added = entities.map((entity) => ({ entity, titleKey: titleKey(entity.title) }));
    for (const row of added) this.rows.set(row.entity.key, row);
    // A few captured movies are put in their place; a whole store is sorted and laid out at once.
    if (added.length * 16 < this.order.length) {
      for (const row of added) this.insert(row);
      return;
    }
    this.order = this.order.concat(added).sort(compareRows);
    this.columns = columnsOf(this.order);
    this.corpus = `${separator}${this.order.map((row) => row.titleKey).join(separator)}${separator}`;
    this.starts = new Int32Array(this.order.length + 1);
    let at = 1;
    this.order.forEach((row, rank) => {
      this.starts[rank] = at;
      at += row.titleKey.length + 1;
    });
    this.starts[this.order.length] = at;
  }

  /** One movie in its place: every array moves by one after it (memory moves, no re-sorting). */
  private insert(row: Row<E>): void {
    const rank = this.firstRankAbove(row.titleKey, row.entity.key);
    const { entity } = row;
    this.order.splice(rank, 0, row);
    const { columns } = this;
    columns.years = inserted(columns.years, rank, entity.year ?? NaN);
    columns.stars = inserted(columns.stars, rank, entity.stars ?? NaN);
    columns.country.splice(rank, 0, lower(entity.country));
    columns.classification.splice(rank, 0, lower(entity.classification));
    columns.genre.splice(rank, 0, lower(entity.genre));
    const at = this.starts[rank]!;
    this.corpus = `${this.corpus.slice(0, at)}${row.titleKey}${separator}${this.corpus.slice(at)}`;
    const starts = new Int32Array(this.starts.length + 1);
    starts.set(this.starts.subarray(0, rank + 1));
    const shift = row.titleKey.length + 1;
    for (let next = rank; next < this.starts.length; next++) starts[next + 1] = this.starts[next]! + shift;
    this.starts = starts;
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
    const start = after ? this.firstRankAbove(after[0], after[1]) : 0;
    const contains = filter.titleContains ? titleKey(filter.titleContains.trim()) : '';
    const test = rankTest(this.columns, filter);
    const ranks: number[] = [];
    let totalCount = 0;
    // Every match is counted; the first `first + 1` from the cursor on make the page.
    const take = (rank: number) => {
      if (test && !test(rank)) return;
      totalCount++;
      if (rank >= start && ranks.length <= first) ranks.push(rank);
    };
    if (!contains && !test) {
      totalCount = this.order.length;
      for (let rank = start; rank < Math.min(this.order.length, start + first + 1); rank++) ranks.push(rank);
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
    return {
      totalCount,
      items: ranks.slice(0, first).map((rank) => this.order[rank]!.entity),
      hasNextPage: ranks.length > first,
    };
  }

  close(): void {
    this.rows.clear();
    this.order = [];
    this.columns = columnsOf([]);
    this.corpus = separator;
    this.starts = new Int32Array(1);
  }

  /** The rank of the first movie after a position in the order: binary search. */
  private firstRankAbove(key: string, movieKey: number): number {
    let [low, high] = [0, this.order.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      const row = this.order[middle]!;
      if ((compareText(row.titleKey, key) || row.entity.key - movieKey) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
