// Where to watch: the same film or programme across streamers, grouped into one title by its
// normalised title and year, with each streamer's offer and the cheapest rental and purchase.
import { compareText } from '../kit/cursor.js';
import { titleOrder, type OfferKind, type Streamer } from '../kit/definition.js';
import { askEach, type StreamerClient, type Unavailable, type WatchedMovie } from './streamerClient.js';

/** How many matches whereToWatch reads from each streamer: one page, the largest there is. */
const watchMatchesPerStreamer = 100;

export interface Offer {
  streamer: Streamer;
  movie: WatchedMovie;
  offeredAs: OfferKind;
}

interface WatchGroup {
  title: string;
  year: number | null;
  key: string;
  offers: Offer[];
  cheapestRental: Offer | null;
  cheapestPurchase: Offer | null;
}

const articles = '(?:the|a|an)';

/**
 * A title as whereToWatch compares it: letters without accents (NFKD, marks dropped), in lower case,
 * `&` as `and`, apostrophes dropped, any other run of punctuation or spaces as one space, and a
 * leading article (The, A, An; also written last, as in "Godfather, The") left out.
 */
export function normaliseTitle(title: string): string {
  let text = title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const trailing = new RegExp(`,\\s*${articles}\\s*$`, 'u');
  if (trailing.test(text)) text = text.replace(trailing, '');
  text = text.replace(/&/g, ' and ').replace(/['’‘`]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const withoutArticle = text.replace(new RegExp(`^${articles} `, 'u'), '');
  return withoutArticle || text;
}

function cheapest(offers: readonly Offer[], price: 'rental' | 'purchase'): Offer | null {
  let best: Offer | null = null;
  for (const offer of offers) {
    const value = offer.movie[price];
    if (value != null && (best === null || value < best.movie[price]!)) best = offer;
  }
  return best;
}

const compareOffers = (a: Offer, b: Offer) => compareText(a.streamer.name, b.streamer.name) || compareText(a.movie.id, b.movie.id);

/**
 * Offers grouped by normalised title and year. A movie without a year joins the one group of its
 * title that has a year when there is exactly one; otherwise it forms a group of its own (year null).
 */
export function groupOffers(offers: readonly Offer[]): WatchGroup[] {
  const byTitle = new Map<string, Map<number | null, Offer[]>>();
  for (const offer of offers) {
    const key = normaliseTitle(offer.movie.title);
    let years = byTitle.get(key);
    if (!years) byTitle.set(key, (years = new Map()));
    const list = years.get(offer.movie.year) ?? [];
    list.push(offer);
    years.set(offer.movie.year, list);
  }
  const groups: WatchGroup[] = [];
  for (const [key, years] of byTitle) {
    const dated = [...years.keys()].filter((year) => year !== null);
    const undated = years.get(null);
    if (undated && dated.length === 1) {
      years.get(dated[0]!)!.push(...undated);
      years.delete(null);
    }
    for (const [year, list] of years) {
      list.sort(compareOffers);
      groups.push({ title: list[0]!.movie.title, year, key, offers: list, cheapestRental: cheapest(list, 'rental'), cheapestPurchase: cheapest(list, 'purchase') });
    }
  }
  // Titles in normalised order, one title's years ascending, no year last.
  return groups.sort((a, b) => compareText(a.key, b.key) || (a.year === null ? 1 : b.year === null ? -1 : a.year - b.year));
}

/** The fields each streamer is asked for: prices only where it has them (it filters on them). */
function watchedFields(streamer: Streamer): string {
  const prices = streamer.filters.includes('maxRental') && streamer.filters.includes('maxPurchase') ? ' rental purchase' : '';
  return `id title year stars classification${prices}`;
}

export async function whereToWatch(
  clients: readonly StreamerClient[],
  query: string,
  year: number | null | undefined,
  first: number,
): Promise<{ groups: WatchGroup[]; unavailable: Unavailable[] }> {
  const filter = { titleContains: query, yearFrom: year, yearTo: year };
  const { answered, unavailable } = await askEach(clients, (client) =>
    client.page<WatchedMovie>(filter, watchMatchesPerStreamer, undefined, titleOrder, watchedFields(client.streamer)),
  );
  const offers = answered.flatMap(({ streamer, answer }) => answer.items.map((movie): Offer => ({ streamer, movie, offeredAs: streamer.offeredAs })));
  return { groups: groupOffers(offers).slice(0, first), unavailable };
}
