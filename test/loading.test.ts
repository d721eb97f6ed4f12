// The seed's dirty stores, loaded as the subgraphs load them: nothing crashes, nothing vanishes.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ccd } from '../subgraphs/ccd/streamer.js';
import { StreamerCatalogue } from '../subgraphs/kit/catalogue.js';
import { streamers } from '../subgraphs/registry.js';
import { seedDataDir } from '../core/paths.js';
import { RecordSchema } from '../subgraphs/kit/recordSchema.js';
import { tempDataDir } from './support.js';

let dataDir: string;
const catalogues = new Map<string, StreamerCatalogue>();

beforeAll(async () => {
  dataDir = await tempDataDir();
  for (const streamer of streamers) catalogues.set(streamer.subgraph, await StreamerCatalogue.load(streamer, dataDir));
});
afterAll(async () => {
  for (const catalogue of catalogues.values()) catalogue.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

const report = (name: string) => catalogues.get(name)!.report;
const served = (name: string) => catalogues.get(name)!.index.page({}, 100).items;

describe('loading the seed stores', () => {
  it.each([
    ['ccd', 50, 9, 6, 35],
    ['oduflix', 155, 6, 3, 146],
    ['bigforest', 168, 9, 85, 74],
    ['peartv', 7, 3, 0, 4],
  ])('%s: %i stored = %i served + %i invalid + %i duplicates', (name, stored, servedCount, invalid, duplicates) => {
    expect(report(name)).toMatchObject({ storedRecords: stored, servedRecords: servedCount, invalidRecords: invalid, duplicateRecords: duplicates });
    expect(report(name).rejected).toHaveLength(invalid + duplicates);
    expect(served(name)).toHaveLength(servedCount);
  });

  it('works on a copy in DATA_DIR and leaves the seed files under data/ byte for byte', async () => {
    for (const file of ['ccd/data.csv', 'oduflix/data.json', 'bigforest/data.json', 'peartv/movies.db']) {
      const [copy, seed] = await Promise.all([fs.readFile(path.join(dataDir, file)), fs.readFile(path.join(seedDataDir, file))]);
      expect(copy.equals(seed)).toBe(true);
    }
  });

  it('trims the spaces of CCD rows and collapses the 36 News at 10 rows into one', () => {
    const news = served('ccd').filter((m) => m.title === 'News at 10');
    expect(news).toEqual([expect.objectContaining({ id: 'ccd:9', year: 2024, classification: '12', country: 'GB' })]);
    expect(served('ccd').find((m) => m.id === 'ccd:1')).toMatchObject({ title: 'Dr Who Series 15', year: 2023, classification: 'PG', genre: 'Science fiction' });
    const duplicates = report('ccd').rejected.filter((r) => r.kind === 'DUPLICATE');
    expect(duplicates).toHaveLength(35);
    expect(new Set(duplicates.map((r) => r.duplicateOf))).toEqual(new Set(['ccd:9']));
  });

  it('rejects the CCD garbage rows and the junk row with reasons naming field, rule and value', () => {
    const invalid = report('ccd').rejected.filter((r) => r.kind === 'INVALID');
    expect(invalid.map((r) => r.location)).toEqual(['line 11', 'line 12', 'line 16', 'line 17', 'line 18', 'line 21']);
    expect(invalid[0]!.reasons).toContain('Year must be a whole number (rule: type, value: "")');
    expect(invalid[0]!.record).toMatchObject({ Title: 'N', TypeProgram: 'e' });
    expect(invalid[5]!.reasons).toEqual(['Title must not be one character repeated, a junk row like "hhhh" (rule: not, value: "hh")']);
  });

  it('maps OduFlix honestly: Classification is a genre, Year is text', () => {
    expect(served('oduflix').find((m) => m.id === 'oduflix:0')).toMatchObject({ year: 1992, genre: 'Fantasy', classification: null, stars: 5 });
    const empty = report('oduflix').rejected.filter((r) => r.kind === 'INVALID');
    expect(empty).toHaveLength(3);
    for (const r of empty) {
      expect(r.record).toEqual({});
      expect(r.reasons).toContain('Title is required (rule: required, value: missing)');
    }
  });

  it('rejects BigForest years stored as text, and the junk row, but serves the rest', () => {
    const invalid = report('bigforest').rejected.filter((r) => r.kind === 'INVALID');
    expect(invalid.filter((r) => r.reasons.includes('Year must be a whole number (rule: type, value: "1980")'))).toHaveLength(84);
    expect(invalid.find((r) => (r.record as { Title: string }).Title === 'hhhh')).toBeDefined();
    expect(served('bigforest').find((m) => m.title === 'Diamonds never dies')).toMatchObject({ year: 1980 });
    expect(served('bigforest').find((m) => m.title === 'The Marvels')).toMatchObject({ stars: 2 });
  });

  it('serves PearTV film_id 8 and lists films 9 to 12 as its duplicates', () => {
    expect(served('peartv').map((m) => m.id)).toEqual(['peartv:8', 'peartv:1', 'peartv:7']);
    expect(report('peartv').rejected.map((r) => [r.location, r.duplicateOf])).toEqual([
      ['film_id 9', 'peartv:8'],
      ['film_id 10', 'peartv:8'],
      ['film_id 11', 'peartv:8'],
      ['film_id 12', 'peartv:8'],
    ]);
  });

  it('gives the same ids after a restart', async () => {
    const again = await StreamerCatalogue.load(ccd, dataDir);
    expect(again.index.page({}, 100).items.map((m) => m.id)).toEqual(served('ccd').map((m) => m.id));
    again.close();
  });
});

describe('record schemas', () => {
  const schema = RecordSchema.load('bigforest.schema.json');

  it('reads CSV text as the types the schema names, and nothing else', () => {
    const ccdSchema = RecordSchema.load('ccd.schema.json');
    expect(ccdSchema.read({ Year: ' 2024', Classification: ' 15 ' }, true)).toEqual({ Year: 2024, Classification: '15' });
    expect(ccdSchema.read({ Year: '20x4' }, true)).toEqual({ Year: '20x4' });
    expect(schema.read({ Year: '1980' }, false)).toEqual({ Year: '1980' });
  });

  it('matches field names without regard to case', () => {
    expect(RecordSchema.load('peartv.schema.json').read({ Title: 'A', COUNTRY: 'GB' }, false)).toEqual({ title: 'A', country: 'GB' });
  });

  it('names the field, the rule and the value of every problem', () => {
    const problems = schema.validate({ Title: 'X', Year: 1700, Category: 'Drama', Rental: -1, Purchase: 2, Stars: 9, Classification: 'R', Country: 'gb', Extra: true });
    expect(problems.map((p) => [p.field, p.rule, p.value])).toEqual([
      ['Extra', 'additionalProperties', true],
      ['Year', 'minimum', 1700],
      ['Rental', 'minimum', -1],
      ['Stars', 'maximum', 9],
      ['Classification', 'enum', 'R'],
      ['Country', 'pattern', 'gb'],
    ]);
  });
});
