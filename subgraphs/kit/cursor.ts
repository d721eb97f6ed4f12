// Opaque cursors over the stable order (title, then streamer, then native key).
// A streamer list's cursor is [titleKey, key]; the catalog's adds the streamer between them.

export type ListPosition = readonly [titleKey: string, key: number];
export type SearchPosition = readonly [titleKey: string, streamer: string, key: number];

export function encodeCursor(position: ListPosition | SearchPosition): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

function decode(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

export function decodeListCursor(cursor: string): ListPosition | undefined {
  const value = decode(cursor);
  if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && Number.isSafeInteger(value[1])) {
    return [value[0], value[1]];
  }
  return undefined;
}

export function decodeSearchCursor(cursor: string): SearchPosition | undefined {
  const value = decode(cursor);
  if (
    Array.isArray(value) &&
    value.length === 3 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'string' &&
    Number.isSafeInteger(value[2])
  ) {
    return [value[0], value[1], value[2]];
  }
  return undefined;
}

/** The sort key of a title: the same text compared without regard to case. */
export function titleKey(title: string): string {
  return title.toLowerCase();
}

/** Compare text as SQLite's BINARY collation does (UTF-8 bytes), so merged pages keep one order. */
export function compareText(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
