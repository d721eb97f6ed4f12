// CCD, the national broadcaster: programmes in a CSV file.
import type { CcdRecord } from '../generated/records.js';
import { defineStreamer } from '../kit/definition.js';

export const ccd = defineStreamer({
  name: 'CCD',
  entityType: 'CcdProgramme',
  port: 4001,
  storage: { kind: 'csv', file: 'data.csv' },
  filters: ['country', 'classification', 'genre'],
  offeredAs: 'BROADCAST',
  toEntity: (r: CcdRecord) => ({
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
});
