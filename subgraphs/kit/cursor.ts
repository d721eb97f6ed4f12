// Opaque cursors over the stable order (title, then streamer, then native key).
// A streamer list's cursor is [titleKey, key]; the catalog's adds the streamer between them.

export type ListPosition = readonly [titleKey: string, key: number];

function encodeCursor(position: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

function decode(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
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

// ---- Other orders (issue #11): a position holds the order's value too ----

/** The order's value (null for TITLE, which has none beside the title, and for a missing value), title key, native key. */
export type OrderedPosition = readonly [value: number | null, titleKey: string, key: number];
/** The same across streamers: the streamer's name between the title key and the key. */
export type OrderedSearchPosition = readonly [value: number | null, titleKey: string, streamer: string, key: number];

interface CursorOrder {
  field: string;
  direction: string;
}

const isTitleAsc = (order: CursorOrder) => order.field === 'TITLE' && order.direction === 'ASC';
const isValue = (value: unknown): value is number | null => value === null || (typeof value === 'number' && Number.isFinite(value));

type Slot = 'text' | 'key' | 'value';
const fits: Record<Slot, (value: unknown) => boolean> = { text: (value) => typeof value === 'string', key: Number.isSafeInteger, value: isValue };

/** What a cursor holds after its `prefix` (its order's name), when that is exactly these slots; else undefined. */
function decodeSlots(cursor: string, prefix: readonly string[], slots: readonly Slot[]): unknown[] | undefined {
  const value = decode(cursor);
  if (!Array.isArray(value) || value.length !== prefix.length + slots.length || prefix.some((part, at) => value[at] !== part)) return undefined;
  const rest = value.slice(prefix.length);
  return slots.every((slot, at) => fits[slot](rest[at])) ? rest : undefined;
}

/**
 * A list's cursor in an order. In TITLE ASC it is the list's first cursor, [titleKey, key], so old
 * cursors go on working; in any other it names its order, [field, direction, value, titleKey, key],
 * and a cursor of one order is refused in another.
 */
export function encodeListCursor(order: CursorOrder, position: OrderedPosition): string {
  return isTitleAsc(order) ? encodeCursor([position[1], position[2]]) : encodeCursor([order.field, order.direction, ...position]);
}

export function decodeOrderedListCursor(cursor: string, order: CursorOrder): OrderedPosition | undefined {
  if (isTitleAsc(order)) {
    const position = decodeSlots(cursor, [], ['text', 'key']);
    return position && [null, position[0] as string, position[1] as number];
  }
  return decodeSlots(cursor, [order.field, order.direction], ['value', 'text', 'key']) as OrderedPosition | undefined;
}

/** The catalog's cursor in an order: [titleKey, streamer, key] in TITLE ASC, else [field, direction, value, titleKey, streamer, key]. */
export function encodeSearchCursor(order: CursorOrder, position: OrderedSearchPosition): string {
  return isTitleAsc(order) ? encodeCursor([position[1], position[2], position[3]]) : encodeCursor([order.field, order.direction, ...position]);
}

export function decodeOrderedSearchCursor(cursor: string, order: CursorOrder): OrderedSearchPosition | undefined {
  if (isTitleAsc(order)) {
    const position = decodeSlots(cursor, [], ['text', 'text', 'key']);
    return position && [null, position[0] as string, position[1] as string, position[2] as number];
  }
  return decodeSlots(cursor, [order.field, order.direction], ['value', 'text', 'text', 'key']) as OrderedSearchPosition | undefined;
}

/**
 * Two values of an order in its direction, missing values last either way: the first comparison of
 * every order but TITLE, in a list and in the catalog's merge, before title key, streamer and key.
 */
export function compareValues(a: number | null, b: number | null, descending: boolean): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return descending ? b - a : a - b;
}
