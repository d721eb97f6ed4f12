import { streamerEntry } from '../registry.js';
import type { StreamerDefinition } from '../shared/catalogue.js';
import type { Config } from '../shared/config.js';
import type { MovieEntity } from '../shared/movieIndex.js';
import { createStreamerApp } from '../shared/streamerSubgraph.js';

/** An item of OduFlix's JSON document (schema/records/oduflix.schema.json). */
export interface OduflixRecord {
  Title: string;
  Producer: string;
  /** Four digits as text: that is how OduFlix stores it. */
  Year: string;
  /** A genre, whatever the name says. */
  Classification: string;
  Stars: number;
  Actors: string[];
  Country: string;
}

export interface OduflixMovie extends MovieEntity {
  producer: string;
  actors: string[];
}

export const oduflix: StreamerDefinition<OduflixMovie, OduflixRecord> = {
  entry: streamerEntry('oduflix'),
  toEntity: (r) => ({
    title: r.Title,
    year: Number(r.Year),
    country: r.Country,
    // OduFlix's "Classification" holds genres (Fantasy, Comedy): it is no age rating.
    classification: null,
    genre: r.Classification,
    stars: r.Stars,
    producer: r.Producer,
    actors: r.Actors,
  }),
  // The input says `genre` and `year` (a number); OduFlix stores Classification and Year as text.
  toRecord: ({ genre, year, ...rest }) => ({ ...rest, Classification: genre, Year: typeof year === 'number' ? String(year) : year }),
  inputNames: { Classification: 'genre' },
};

export const createApp = (config: Config) =>
  createStreamerApp(oduflix, new URL('./schema.graphql', import.meta.url), config);
