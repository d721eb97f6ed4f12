// The served movies of one streamer, indexed in memory: the store is read once at start-up, and each
// request is answered from here, in time that grows with the matches, not with the store.
// A layer holds movies in the one stable order (title without regard to case, then key), so that a
// cursor is a binary search and a page is read off in order, never sorted; every title in that order
// in one string, separated by NUL (which no served title holds: validation refuses control
// characters), so that "title contains" is the engine's own string search over contiguous memory;
// and one array per filtered field, read in sequence. The store's movies are one large layer, laid
// out once; captured ones go into a small layer laid out again at each write, folded into the large
// one when it grows: a write costs in proportion to what it adds, not to the store.
// Other orders (year, stars, prices, title descending) are each a permutation of a layer's ranks,
// sorted once per layer (the store's ahead of the first request, in the background), so that a page
// in any order is read off from the cursor on, never sorted.
import { compareText, compareValues, titleKey, type ListPosition, type OrderedPosition } from './cursor.js';
import { titleOrder, type MovieEntity, type MovieOrder, type OrderField } from './definition.js';

export interface MovieFilter {
  titleContains?: string | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  country?: string | null;
  classification?: string | null;
  genre?: string | null;
  minStars?: number | null;
  maxRental?: number | null;
  maxPurchase?: number | null;
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
  rental: Float64Array;
  purchase: Float64Array;
  country: (string | null)[];
  classification: (string | null)[];
  genre: (string | null)[];
}

function columnsOf(order: readonly Row<MovieEntity>[]): Columns {
  const numbers = () => new Float64Array(order.length);
  const columns: Columns = { years: numbers(), stars: numbers(), rental: numbers(), purchase: numbers(), country: [], classification: [], genre: [] };
  order.forEach(({ entity }, rank) => {
    columns.years[rank] = entity.year ?? NaN;
    columns.stars[rank] = entity.stars ?? NaN;
    columns.rental[rank] = entity.rental ?? NaN;
    columns.purchase[rank] = entity.purchase ?? NaN;
  });
  columns.country = order.map((row) => row.country);
  columns.classification = order.map((row) => row.classification);
  columns.genre = order.map((row) => row.genre);
  return columns;
}

/** The filter's tests other than the title's, as one test of a rank; none when there are none. */
function rankTest(columns: Columns, filter: MovieFilter): ((rank: number) => boolean) | undefined {
  const tests: ((rank: number) => boolean)[] = [];
  const { yearFrom, yearTo, minStars, maxRental, maxPurchase } = filter;
  // NaN (no value) fails every comparison: a movie without the field never matches its filter.
  if (yearFrom != null) tests.push((r) => columns.years[r]! >= yearFrom);
  if (yearTo != null) tests.push((r) => columns.years[r]! <= yearTo);
  if (minStars != null) tests.push((r) => columns.stars[r]! >= minStars);
  if (maxRental != null) tests.push((r) => columns.rental[r]! <= maxRental);
  if (maxPurchase != null) tests.push((r) => columns.purchase[r]! <= maxPurchase);
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

type ValueField = Exclude<OrderField, 'TITLE'>;
const columnOf: Record<ValueField, keyof Pick<Columns, 'years' | 'stars' | 'rental' | 'purchase'>> = { YEAR: 'years', STARS: 'stars', RENTAL: 'rental', PURCHASE: 'purchase' };

/** A movie's value in an order; null for TITLE and where the movie has none. */
export function orderValue(entity: MovieEntity, field: OrderField): number | null {
  switch (field) {
    case 'TITLE':
      return null;
    case 'YEAR':
      return entity.year ?? null;
    case 'STARS':
      return entity.stars ?? null;
    case 'RENTAL':
      return entity.rental ?? null;
    case 'PURCHASE':
      return entity.purchase ?? null;
    default: {
      const never: never = field;
      throw new Error(`no order ${String(never)}`);
    }
  }
}

const orderName = (order: MovieOrder) => `${order.field} ${order.direction}`;

/** Rows compared in an order: its value (missing last), then title and key. */
function rowComparator<E extends MovieEntity>(order: MovieOrder): (a: Row<E>, b: Row<E>) => number {
  const descending = order.direction === 'DESC';
  if (order.field === 'TITLE') {
    return descending ? (a, b) => compareKeys(b.titleKey, b.plain, a.titleKey, a.plain) || a.entity.key - b.entity.key : compareRows;
  }
  const { field } = order;
  return (a, b) => compareValues(orderValue(a.entity, field), orderValue(b.entity, field), descending) || compareRows(a, b);
}

/** Movies in order, laid out for scanning; its movies never change once built (other orders are laid out on first use). */
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

  private readonly permutations = new Map<string, Int32Array>();
  /** Marks of the ranks a title search hit, cleared after each use (requests run one at a time here). */
  private marks?: Uint8Array;

  private value(rank: number, field: ValueField): number | null {
    const value = this.columns[columnOf[field]][rank]!;
    return Number.isNaN(value) ? null : value;
  }

  /** Two ranks compared in an order; ranks are in (title, key) order, the tie-break of every order. */
  private rankComparator(order: MovieOrder): (a: number, b: number) => number {
    const descending = order.direction === 'DESC';
    if (order.field === 'TITLE') {
      // Descending titles, but the keys of one title still ascending.
      return (a, b) => {
        const [x, y] = [this.order[a]!, this.order[b]!];
        return compareKeys(y.titleKey, y.plain, x.titleKey, x.plain) || a - b;
      };
    }
    const { field } = order;
    return (a, b) => compareValues(this.value(a, field), this.value(b, field), descending) || a - b;
  }

  /** The layer's ranks in an order: sorted once, then kept as long as the layer. */
  permutation(order: MovieOrder): Int32Array {
    const name = orderName(order);
    let ranks = this.permutations.get(name);
    if (!ranks) {
      ranks = Int32Array.from({ length: this.order.length }, (_, rank) => rank).sort(this.rankComparator(order));
      this.permutations.set(name, ranks);
    }
    return ranks;
  }

  /** Where in an order's permutation the first movie after a position is: binary search. */
  firstIndexAbove(order: MovieOrder, position: OrderedPosition): number {
    const ranks = this.permutation(order);
    const [value, key, movieKey] = position;
    const plain = isPlain(key);
    const descending = order.direction === 'DESC';
    const field = order.field;
    const compare = (rank: number) => {
      const row = this.order[rank]!;
      const title = compareKeys(row.titleKey, row.plain, key, plain);
      if (field === 'TITLE') return (descending ? -title : title) || row.entity.key - movieKey;
      return compareValues(this.value(rank, field), value, descending) || title || row.entity.key - movieKey;
    };
    let [low, high] = [0, ranks.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(ranks[middle]!) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The ranks whose title contains the text, in rank order. */
  private titleHits(contains: string): number[] {
    const hits: number[] = [];
    if (contains.includes(separator)) return hits;
    let rank = 0;
    for (let at = this.corpus.indexOf(contains); at >= 0; at = this.corpus.indexOf(contains, this.starts[rank + 1]!)) {
      while (this.starts[rank + 1]! <= at) rank++;
      hits.push(rank);
    }
    return hits;
  }

  /**
   * As `matches`, in another order, from index `start` of its permutation on. A title search counts
   * its hits from the corpus; then a few hits are sorted, many are marked and the permutation read
   * from `start` until the page is full: never a sort of every match.
   */
  matchesInOrder(filter: MovieFilter, contains: string, order: MovieOrder, start: number, limit: number): { count: number; rows: Row<E>[] } {
    const ranks = this.permutation(order);
    const test = rankTest(this.columns, filter);
    const rows: Row<E>[] = [];
    if (!contains && !test) {
      for (let at = start; at < ranks.length && rows.length < limit; at++) rows.push(this.order[ranks[at]!]!);
      return { count: ranks.length, rows };
    }
    if (!contains) {
      let count = 0;
      for (let at = 0; at < ranks.length; at++) {
        if (!test!(ranks[at]!)) continue;
        count++;
        if (at >= start && rows.length < limit) rows.push(this.order[ranks[at]!]!);
      }
      return { count, rows };
    }
    const hits = test ? this.titleHits(contains).filter(test) : this.titleHits(contains);
    if (start >= ranks.length) return { count: hits.length, rows };
    if (hits.length <= 4 * limit + 64) {
      // Few hits: sort them, keep those at or after `start` in the permutation.
      const compare = this.rankComparator(order);
      const first = ranks[start]!;
      const kept = hits.filter((rank) => compare(rank, first) >= 0).sort(compare);
      return { count: hits.length, rows: kept.slice(0, limit).map((rank) => this.order[rank]!) };
    }
    this.marks ??= new Uint8Array(this.order.length);
    const marks = this.marks;
    for (const rank of hits) marks[rank] = 1;
    try {
      for (let at = start; at < ranks.length && rows.length < limit; at++) if (marks[ranks[at]!]) rows.push(this.order[ranks[at]!]!);
    } finally {
      for (const rank of hits) marks[rank] = 0;
    }
    return { count: hits.length, rows };
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
      // Hits come in rank order: the rank of each is found by walking `starts` forward. Walked here
      // rather than through titleHits, so that a common term allocates no array of every hit.
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
function merge<E extends MovieEntity>(a: readonly Row<E>[], b: readonly Row<E>[], compare: (a: Row<E>, b: Row<E>) => number = compareRows): Row<E>[] {
  const merged: Row<E>[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && compare(a[i]!, b[j]!) < 0) ? a[i++]! : b[j++]!);
  return merged;
}

export class MovieIndex<E extends MovieEntity> {
  private readonly rows = new Map<number, Row<E>>();
  private store = new Layer<E>([]);
  private recent = new Layer<E>([]);
  /** Orders laid out for the store's layer ahead of requests, again whenever it is rebuilt. */
  private prepared: readonly MovieOrder[] = [];
  /** Counts writes: what is computed over the whole index (statistics) is kept until it changes. */
  version = 0;

  get size(): number {
    return this.rows.size;
  }

  /** Every served movie, in no particular order. */
  *entities(): Generator<E> {
    for (const row of this.rows.values()) yield row.entity;
  }

  /**
   * Lay out these orders for the store's layer one at a time in the background (a sort of the store
   * each, done before the first request needs it), now and after each fold. TITLE ASC is the layers'
   * own order and needs none.
   */
  prepare(orders: readonly MovieOrder[]): void {
    this.prepared = orders.filter((order) => order.field !== titleOrder.field || order.direction !== titleOrder.direction);
    this.warm(this.store);
  }

  private warm(layer: Layer<E>): void {
    const pending = [...this.prepared];
    const next = () => {
      const order = pending.shift();
      if (!order || layer !== this.store) return;
      layer.permutation(order);
      setImmediate(next).unref();
    };
    setImmediate(next).unref();
  }


  add(entities: readonly E[]): void {
    const added = entities.map(rowOf).sort(compareRows);
    for (const row of added) this.rows.set(row.entity.key, row);
    this.version++;
    const recent = merge(this.recent.order, added);
    // Folded into the store's layer once it is no longer small beside it (an eighth: scanning it
    // stays cheap, and folding, which lays the whole store out again, stays rare).
    if (recent.length > Math.max(4096, this.store.order.length / 8)) {
      this.store = new Layer(merge(this.store.order, recent));
      this.recent = new Layer([]);
      this.warm(this.store);
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

  /** The movies matching the filter in an order, starting after a position in it. */
  pageInOrder(filter: MovieFilter, order: MovieOrder, first: number, after?: OrderedPosition): MoviePage<E> {
    if (order.field === titleOrder.field && order.direction === titleOrder.direction) return this.page(filter, first, after && [after[1], after[2]]);
    const contains = filter.titleContains ? titleKey(filter.titleContains.trim()) : '';
    const [fromStore, fromRecent] = [this.store, this.recent].map((layer) => {
      const start = after ? layer.firstIndexAbove(order, after) : 0;
      return layer.matchesInOrder(filter, contains, order, start, first + 1);
    });
    const rows = merge(fromStore!.rows, fromRecent!.rows, rowComparator<E>(order));
    return {
      totalCount: fromStore!.count + fromRecent!.count,
      items: rows.slice(0, first).map((row) => row.entity),
      hasNextPage: rows.length > first,
    };
  }

  close(): void {
    this.prepared = [];
    this.rows.clear();
    this.store = new Layer([]);
    this.recent = new Layer([]);
  }
}
