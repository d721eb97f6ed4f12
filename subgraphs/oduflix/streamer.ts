// OduFlix, the monthly subscription: movies in a JSON document.
import type { OduflixRecord } from '../generated/records.js';
import { defineStreamer } from '../kit/definition.js';

export const oduflix = defineStreamer({
  name: 'OduFlix',
  entityType: 'OduflixMovie',
  port: 4002,
  storage: { kind: 'json', file: 'data.json', rootKey: 'oduflix_catalogue' },
  filters: ['country', 'genre', 'minStars'],
  offeredAs: 'SUBSCRIPTION',
  toEntity: (r: OduflixRecord) => ({
    title: r.Title,
    // Four digits as text: that is how OduFlix stores its years.
    year: Number(r.Year),
    country: r.Country,
    // OduFlix's "Classification" holds genres (Fantasy, Comedy): it is no age rating.
    classification: null,
    genre: r.Classification,
    stars: r.Stars,
    producer: r.Producer,
    actors: r.Actors,
  }),
  inputNames: { Classification: 'genre' },
});
