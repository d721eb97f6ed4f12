// Statistics over a streamer's index: counts, and sums of stars and prices with their extremes, over
// everything it serves and per group. Sums, not means, so that the catalog merges streamers exactly.
import { compareText } from './cursor.js';
import type { MovieEntity } from './definition.js';

export type StatsGroupBy = 'YEAR' | 'DECADE' | 'COUNTRY' | 'CLASSIFICATION' | 'GENRE' | 'STARS';

export interface PriceAggregate {
  count: number;
  sum: number;
  min: number;
  max: number;
}

export interface MovieAggregate {
  key: string | null;
  count: number;
  starsCount: number;
  starsSum: number;
  rental: PriceAggregate | null;
  purchase: PriceAggregate | null;
}

export interface MovieStats {
  groupBy: StatsGroupBy | null;
  total: MovieAggregate;
  groups: MovieAggregate[];
}

/** The group of a movie as text; null when it has no such value. */
function groupKey(movie: MovieEntity, groupBy: StatsGroupBy): string | null {
  switch (groupBy) {
    case 'YEAR':
      return movie.year == null ? null : String(movie.year);
    case 'DECADE':
      return movie.year == null ? null : `${Math.floor(movie.year / 10) * 10}s`;
    case 'COUNTRY':
      return movie.country;
    case 'CLASSIFICATION':
      return movie.classification;
    case 'GENRE':
      return movie.genre;
    case 'STARS':
      return movie.stars == null ? null : String(movie.stars);
    default: {
      const never: never = groupBy;
      throw new Error(`no grouping ${String(never)}`);
    }
  }
}

const numericKeys = new Set<StatsGroupBy>(['YEAR', 'DECADE', 'STARS']);

/** Group keys in order: numbers by value (YEAR, DECADE, STARS), text by code point; the null key last. */
export function compareGroupKeys(groupBy: StatsGroupBy | null, a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return groupBy && numericKeys.has(groupBy) ? parseInt(a, 10) - parseInt(b, 10) : compareText(a, b);
}

export const emptyAggregate = (key: string | null): MovieAggregate => ({ key, count: 0, starsCount: 0, starsSum: 0, rental: null, purchase: null });

function addPrice(aggregate: PriceAggregate | null, price: number | null | undefined): PriceAggregate | null {
  if (price == null) return aggregate;
  if (!aggregate) return { count: 1, sum: price, min: price, max: price };
  aggregate.count++;
  aggregate.sum += price;
  aggregate.min = Math.min(aggregate.min, price);
  aggregate.max = Math.max(aggregate.max, price);
  return aggregate;
}

function addMovie(aggregate: MovieAggregate, movie: MovieEntity): void {
  aggregate.count++;
  if (movie.stars != null) {
    aggregate.starsCount++;
    aggregate.starsSum += movie.stars;
  }
  aggregate.rental = addPrice(aggregate.rental, movie.rental);
  aggregate.purchase = addPrice(aggregate.purchase, movie.purchase);
}

/** Adds one aggregate into another: how the catalog merges streamers. */
export function mergeAggregate(into: MovieAggregate, from: MovieAggregate): void {
  into.count += from.count;
  into.starsCount += from.starsCount;
  into.starsSum += from.starsSum;
  for (const field of ['rental', 'purchase'] as const) {
    const [a, b] = [into[field], from[field]];
    if (!b) continue;
    into[field] = a ? { count: a.count + b.count, sum: a.sum + b.sum, min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) } : { ...b };
  }
}

/** One pass over the movies. */
export function aggregate(movies: Iterable<MovieEntity>, groupBy: StatsGroupBy | null): MovieStats {
  const total = emptyAggregate(null);
  const groups = new Map<string | null, MovieAggregate>();
  for (const movie of movies) {
    addMovie(total, movie);
    if (!groupBy) continue;
    const key = groupKey(movie, groupBy);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = emptyAggregate(key)));
    addMovie(group, movie);
  }
  return { groupBy, total, groups: [...groups.values()].sort((a, b) => compareGroupKeys(groupBy, a.key, b.key)) };
}
