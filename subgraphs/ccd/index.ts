import { streamerEntry } from '../registry.js';
import type { StreamerDefinition } from '../shared/catalogue.js';
import type { Config } from '../shared/config.js';
import type { MovieEntity } from '../shared/movieIndex.js';
import { createStreamerApp } from '../shared/streamerSubgraph.js';

/** A row of CCD's CSV file (schema/records/ccd.schema.json). */
export interface CcdRecord {
  Title: string;
  TypeProgram: string;
  Classification: string;
  Country: string;
  Year: number;
  Category: string;
  Channel: string;
}

export interface CcdProgramme extends MovieEntity {
  typeProgram: string;
  category: string;
  channel: string;
}

export const ccd: StreamerDefinition<CcdProgramme, CcdRecord> = {
  entry: streamerEntry('ccd'),
  toEntity: (r) => ({
    title: r.Title,
    year: r.Year,
    country: r.Country,
    classification: r.Classification,
    genre: r.Category,
    stars: null,
    typeProgram: r.TypeProgram,
    category: r.Category,
    channel: r.Channel,
  }),
};

export const createApp = (config: Config) => createStreamerApp(ccd, new URL('./schema.graphql', import.meta.url), config);
