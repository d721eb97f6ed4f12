// Cross-streamer search: ask every streamer for its next page after the shared cursor, merge the
// pages in the one stable order (title key, streamer, native key), keep the first `first`.
import type { GraphQLError } from 'graphql';
import { compareText, encodeCursor, type ListPosition, type SearchPosition } from '../kit/cursor.js';
import type { Streamer } from '../kit/definition.js';
import type { SearchFilter, StreamerClient } from './streamerClient.js';

export interface SearchHit {
  streamer: Streamer;
  id: string;
  position: SearchPosition;
}

export interface SearchResult {
  totalCount: number;
  hits: SearchHit[];
  hasNextPage: boolean;
  unavailable: { streamer: Streamer; error: GraphQLError }[];
}

export function compareSearchPositions(a: SearchPosition, b: SearchPosition): number {
  return compareText(a[0], b[0]) || compareText(a[1], b[1]) || a[2] - b[2];
}

/**
 * Where a streamer's own list must resume so that, merged, nothing is skipped or repeated:
 * a streamer ordered before the cursor's one resumes after every movie of that title, the
 * cursor's streamer after the cursor's key, a streamer ordered after it at the title itself.
 */
export function resumePosition(streamer: string, after: SearchPosition): ListPosition {
  const order = compareText(streamer, after[1]);
  if (order < 0) return [after[0], Number.MAX_SAFE_INTEGER];
  if (order === 0) return [after[0], after[2]];
  return [after[0], -1];
}

export async function searchAcross(
  clients: readonly StreamerClient[],
  filter: SearchFilter,
  first: number,
  after: SearchPosition | undefined,
): Promise<SearchResult> {
  const answers = await Promise.allSettled(
    clients.map((client) => client.page(filter, first, after && resumePosition(client.streamer.name, after))),
  );
  const result: SearchResult = { totalCount: 0, hits: [], hasNextPage: false, unavailable: [] };
  answers.forEach((answer, i) => {
    const { streamer } = clients[i]!;
    if (answer.status === 'rejected') {
      result.unavailable.push({ streamer, error: answer.reason as GraphQLError });
      return;
    }
    result.totalCount += answer.value.totalCount;
    result.hasNextPage ||= answer.value.hasNextPage;
    for (const item of answer.value.items) {
      result.hits.push({ streamer, id: item.id, position: [item.position[0], streamer.name, item.position[1]] });
    }
  });
  result.hits.sort((a, b) => compareSearchPositions(a.position, b.position));
  if (result.hits.length > first) {
    result.hits.length = first;
    result.hasNextPage = true;
  }
  return result;
}

export function searchCursor(hit: SearchHit): string {
  return encodeCursor(hit.position);
}
