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

/**
 * Compare text by code point, which is the order of its UTF-8 bytes: the one order of every list and
 * of the catalog's merge. UTF-16 code units agree except that surrogates (U+D800–DFFF, the halves of
 * characters beyond U+FFFF) must sort after U+E000–FFFF; no string is copied.
 */
export function compareText(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let at = 0; at < length; at++) {
    const [x, y] = [a.charCodeAt(at), b.charCodeAt(at)];
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) return codePointRank(x) - codePointRank(y);
    return x - y;
  }
  return a.length - b.length;
}

const codePointRank = (unit: number) => (unit >= 0xe000 ? unit - 0x800 : unit <= 0xdfff ? unit + 0x2000 : unit);
