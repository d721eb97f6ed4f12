import { streamerEntry } from '../registry.js';
import type { StreamerDefinition } from '../shared/catalogue.js';
import type { Config } from '../shared/config.js';
import type { MovieEntity } from '../shared/movieIndex.js';
import { rentalNotAbovePurchase } from '../shared/recordSchema.js';
import { createStreamerApp } from '../shared/streamerSubgraph.js';

/** An item of BigForest's JSON document (schema/records/bigforest.schema.json). */
export interface BigForestRecord {
  Title: string;
  Year: number;
  Category: string;
  Rental: number;
  Purchase: number;
  Stars: number;
  Classification: string;
  Country: string;
}

export interface BigForestMovie extends MovieEntity {
  category: string;
  rental: number;
  purchase: number;
}

export const bigforest: StreamerDefinition<BigForestMovie, BigForestRecord> = {
  entry: streamerEntry('bigforest'),
  toEntity: (r) => ({
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
};

export const createApp = (config: Config) =>
  createStreamerApp(bigforest, new URL('./schema.graphql', import.meta.url), config);
