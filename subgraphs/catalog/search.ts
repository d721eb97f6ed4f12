// Cross-streamer search: ask every streamer for its next page after the shared cursor, merge the
// pages in the one stable order of the request (the order's value, missing values last; then title
// key, streamer, native key), keep the first `first`.
import { compareText, compareValues, encodeSearchCursor, type OrderedPosition, type OrderedSearchPosition } from '../kit/cursor.js';
import type { MovieOrder, Streamer } from '../kit/definition.js';
import type { MovieFilter } from '../kit/movieIndex.js';
import { askEach, type StreamerClient, type Unavailable } from './streamerClient.js';

export interface SearchHit {
  streamer: Streamer;
  id: string;
  position: OrderedSearchPosition;
}

export interface SearchResult {
  totalCount: number;
  hits: SearchHit[];
  hasNextPage: boolean;
  unavailable: Unavailable[];
}

/** Two positions in an order: its value (TITLE has none: the title in its direction), then title, streamer, key. */
export function compareSearchPositions(a: OrderedSearchPosition, b: OrderedSearchPosition, order: MovieOrder): number {
  const descending = order.direction === 'DESC';
  const title = order.field === 'TITLE' ? (descending ? -compareText(a[1], b[1]) : compareText(a[1], b[1])) : compareValues(a[0], b[0], descending) || compareText(a[1], b[1]);
  return title || compareText(a[2], b[2]) || a[3] - b[3];
}

/**
 * Where a streamer's own list must resume so that, merged, nothing is skipped or repeated:
 * a streamer ordered before the cursor's one resumes after every movie of that value and title,
 * the cursor's streamer after the cursor's key, a streamer ordered after it at the title itself.
 */
export function resumePosition(streamer: string, after: OrderedSearchPosition): OrderedPosition {
  const order = compareText(streamer, after[2]);
  if (order < 0) return [after[0], after[1], Number.MAX_SAFE_INTEGER];
  if (order === 0) return [after[0], after[1], after[3]];
  return [after[0], after[1], -1];
}

export async function searchAcross(
  clients: readonly StreamerClient[],
  filter: MovieFilter,
  first: number,
  after: OrderedSearchPosition | undefined,
  order: MovieOrder,
): Promise<SearchResult> {
  const { answered, unavailable } = await askEach(clients, (client) => client.page(filter, first, after && resumePosition(client.streamer.name, after), order));
  const result: SearchResult = { totalCount: 0, hits: [], hasNextPage: false, unavailable };
  for (const { streamer, answer } of answered) {
    result.totalCount += answer.totalCount;
    result.hasNextPage ||= answer.hasNextPage;
    for (const item of answer.items) {
      const [value, title, key] = item.position;
      result.hits.push({ streamer, id: item.id, position: [value, title, streamer.name, key] });
    }
  }
  result.hits.sort((a, b) => compareSearchPositions(a.position, b.position, order));
  if (result.hits.length > first) {
    result.hits.length = first;
    result.hasNextPage = true;
  }
  return result;
}

export function searchCursor(hit: SearchHit, order: MovieOrder): string {
  return encodeSearchCursor(order, hit.position);
}
