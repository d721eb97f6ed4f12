// PearTV, rent or buy: films in the SQLite table Film.
import type { PearTvRecord } from '../generated/records.js';
import { defineStreamer } from '../kit/definition.js';
import { rentalNotAbovePurchase } from '../kit/recordSchema.js';

export const peartv = defineStreamer({
  name: 'PearTV',
  entityType: 'PearTvFilm',
  port: 4004,
  storage: { kind: 'sqlite', file: 'movies.db', table: 'Film', keyColumn: 'film_id' },
  filters: ['country', 'classification', 'minStars', 'maxRental', 'maxPurchase'],
  offeredAs: 'RENT_OR_BUY',
  toEntity: (r: PearTvRecord, filmId) => ({
    title: r.title,
    year: r.year,
    country: r.country,
    classification: r.classification,
    genre: null,
    stars: r.stars,
    filmId,
    rental: r.rental,
    purchase: r.purchase,
  }),
  rules: (r) => rentalNotAbovePurchase('rental', r.rental, r.purchase),
});
