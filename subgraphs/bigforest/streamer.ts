// BigForest, rent or buy: movies in a JSON document.
import type { BigForestRecord } from '../generated/records.js';
import { defineStreamer } from '../kit/definition.js';
import { rentalNotAbovePurchase } from '../kit/recordSchema.js';

export const bigforest = defineStreamer({
  name: 'BigForest',
  entityType: 'BigForestMovie',
  port: 4003,
  storage: { kind: 'json', file: 'data.json', rootKey: 'BigForest_list' },
  filters: ['country', 'classification', 'genre', 'minStars', 'maxRental', 'maxPurchase'],
  offeredAs: 'RENT_OR_BUY',
  toEntity: (r: BigForestRecord) => ({
    title: r.Title,
    year: r.Year,
    country: r.Country,
    classification: r.Classification,
    genre: r.Category,
    stars: r.Stars,
    category: r.Category,
    rental: r.Rental,
    purchase: r.Purchase,
  }),
  rules: (r) => rentalNotAbovePurchase('Rental', r.Rental, r.Purchase),
});
