import { streamerEntry } from '../registry.js';
import type { StreamerDefinition } from '../shared/catalogue.js';
import type { Config } from '../shared/config.js';
import type { MovieEntity } from '../shared/movieIndex.js';
import { rentalNotAbovePurchase } from '../shared/recordSchema.js';
import { createStreamerApp } from '../shared/streamerSubgraph.js';

/** A row of PearTV's SQLite table Film without its key (schema/records/peartv.schema.json). */
export interface PearTvRecord {
  title: string;
  classification: string;
  country: string;
  rental: number;
  purchase: number;
  stars: number;
  year: number;
}

export interface PearTvFilm extends MovieEntity {
  filmId: number;
  rental: number;
  purchase: number;
}

export const peartv: StreamerDefinition<PearTvFilm, PearTvRecord> = {
  entry: streamerEntry('peartv'),
  toEntity: (r, filmId) => ({
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
};

export const createApp = (config: Config) => createStreamerApp(peartv, new URL('./schema.graphql', import.meta.url), config);
