// One streamer's page with `titleContains` and `totalCount`, in-process, over the generated titles:
// what the index costs for a term, apart from any HTTP or GraphQL.
import { MovieIndex } from '../subgraphs/kit/movieIndex.js';
import type { MovieEntity } from '../subgraphs/kit/definition.js';
import { percentile, runSync } from './load.js';
import { title } from './stores.js';

export const indexTerms = ['dragon', 'night park', 'st', 'e', '12345', 'no such title'];

export function measureIndexPages(records: number): { term: string; p50Ms: number; count: number }[] {
  const index = new MovieIndex<MovieEntity>();
  index.add(
    Array.from({ length: records }, (_, key) => ({
      id: `bench:${key}`, key, streamer: 'Bench', title: title(key), year: 1950 + (key % 75), country: 'GB', classification: 'PG', genre: null, stars: key % 6,
    })),
  );
  const measured = indexTerms.map((term) => {
    const sample = runSync(() => index.page({ titleContains: term }, 20), { times: 200 });
    return { term, p50Ms: percentile(sample.latencies, 0.5), count: index.page({ titleContains: term }, 0).totalCount };
  });
  index.close();
  return measured;
}
