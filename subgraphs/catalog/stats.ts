// Statistics across streamers: each streamer aggregates its own index (sums, counts, extremes) and
// the catalog merges them; means are computed here from the merged sums, so they are exact.
import type { GraphQLError } from 'graphql';
import type { Streamer } from '../kit/definition.js';
import { compareGroupKeys, emptyAggregate, mergeAggregate, type MovieAggregate, type PriceAggregate, type StatsGroupBy } from '../kit/stats.js';
import type { ReportCounts, StreamerClient } from './streamerClient.js';

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
  unavailable: { streamer: Streamer; error: GraphQLError }[];
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

export async function statsAcross(clients: readonly StreamerClient[], groupBy: StatsGroupBy | null): Promise<StatsResult> {
  const answers = await Promise.allSettled(clients.map((client) => client.stats(groupBy)));
  const total = emptyAggregate(null);
  const merged = new Map<string | null, MovieAggregate>();
  const result: StatsResult = { groupBy, totals: summarise(total), groups: [], streamers: [], unavailable: [] };
  answers.forEach((answer, i) => {
    const { streamer } = clients[i]!;
    if (answer.status === 'rejected') {
      result.unavailable.push({ streamer, error: answer.reason as GraphQLError });
      return;
    }
    const { stats, report } = answer.value;
    mergeAggregate(total, stats.total);
    for (const group of stats.groups) {
      let into = merged.get(group.key);
      if (!into) merged.set(group.key, (into = emptyAggregate(group.key)));
      mergeAggregate(into, group);
    }
    result.streamers.push({ streamer, summary: summarise(stats.total), groups: stats.groups.map((g) => ({ key: g.key, summary: summarise(g) })), report });
  });
  result.totals = summarise(total);
  result.groups = [...merged.values()].sort((a, b) => compareGroupKeys(groupBy, a.key, b.key)).map((g) => ({ key: g.key, summary: summarise(g) }));
  return result;
}
