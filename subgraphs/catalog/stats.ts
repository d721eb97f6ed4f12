// Statistics across streamers: each streamer aggregates its own index (sums, counts, extremes) and
// the catalog merges them; means are computed here from the merged sums, so they are exact.
import type { Streamer } from '../kit/definition.js';
import { compareGroupKeys, emptyAggregate, mergeAggregate, type MovieAggregate, type PriceAggregate, type StatsGroupBy } from '../kit/stats.js';
import { askEach, type ReportCounts, type StreamerClient, type Unavailable } from './streamerClient.js';

export interface PriceStats {
  min: number;
  mean: number;
  max: number;
}

export interface StatsSummary {
  count: number;
  meanStars: number | null;
  rental: PriceStats | null;
  purchase: PriceStats | null;
}

export interface StatsGroup {
  key: string | null;
  summary: StatsSummary;
}

interface StreamerStatsResult {
  streamer: Streamer;
  summary: StatsSummary;
  groups: StatsGroup[];
  report: ReportCounts;
}

interface StatsResult {
  groupBy: StatsGroupBy | null;
  totals: StatsSummary;
  groups: StatsGroup[];
  streamers: StreamerStatsResult[];
  unavailable: Unavailable[];
}

/** Means to 2 decimals: cents for prices, and as much as stars from 0 to 5 need. */
const round = (value: number) => Math.round(value * 100) / 100;

const priceStats = (price: PriceAggregate | null): PriceStats | null => (price && price.count > 0 ? { min: price.min, mean: round(price.sum / price.count), max: price.max } : null);

function summarise(aggregate: MovieAggregate): StatsSummary {
  return {
    count: aggregate.count,
    meanStars: aggregate.starsCount > 0 ? round(aggregate.starsSum / aggregate.starsCount) : null,
    rental: priceStats(aggregate.rental),
    purchase: priceStats(aggregate.purchase),
  };
}

const summariseGroup = (group: MovieAggregate): StatsGroup => ({ key: group.key, summary: summarise(group) });

export async function statsAcross(clients: readonly StreamerClient[], groupBy: StatsGroupBy | null): Promise<StatsResult> {
  const { answered, unavailable } = await askEach(clients, (client) => client.stats(groupBy));
  const total = emptyAggregate(null);
  const merged = new Map<string | null, MovieAggregate>();
  const streamers = answered.map(({ streamer, answer: { stats, report } }): StreamerStatsResult => {
    mergeAggregate(total, stats.total);
    for (const group of stats.groups) {
      let into = merged.get(group.key);
      if (!into) merged.set(group.key, (into = emptyAggregate(group.key)));
      mergeAggregate(into, group);
    }
    return { streamer, summary: summarise(stats.total), groups: stats.groups.map(summariseGroup), report };
  });
  const groups = [...merged.values()].sort((a, b) => compareGroupKeys(groupBy, a.key, b.key)).map(summariseGroup);
  return { groupBy, totals: summarise(total), groups, streamers, unavailable };
}
