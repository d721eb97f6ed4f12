// Capture through the gateway, over real servers and real files in a temporary DATA_DIR.
import fs from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../core/paths.js';
import { gql, startGraph, type Graph } from './support.js';

let graph: Graph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.close();
});

const files = { ccd: 'ccd/data.csv', oduflix: 'oduflix/data.json', bigforest: 'bigforest/data.json', peartv: 'peartv/movies.db' };
const read = (name: keyof typeof files) => fs.readFile(path.join(graph.dataDir, files[name]));

const valid = {
  ccd: { title: 'Line of Duty', typeProgram: 'Series', classification: '15', country: 'GB', year: 2012, category: 'Thriller', channel: 'BBC One' },
  oduflix: { title: 'Amélie', producer: 'Claudie Ossard', year: 2001, genre: 'Comedy', stars: 5, actors: ['Audrey Tautou'], country: 'FR' },
  bigforest: { title: 'Dune', year: 2021, category: 'Science Fiction', rental: 3.99, purchase: 9.99, stars: 4, classification: '12A', country: 'USA' },
  peartv: { title: 'Paddington', classification: 'PG', country: 'GB', rental: 2.49, purchase: 7.99, stars: 5, year: 2014 },
};

const streamerOf = {
  ccd: { type: 'CcdProgramme', one: 'captureCcdProgramme', batch: 'captureCcdProgrammes', captures: 'ccdCaptures' },
  oduflix: { type: 'OduflixMovie', one: 'captureOduflixMovie', batch: 'captureOduflixMovies', captures: 'oduflixCaptures' },
  bigforest: { type: 'BigForestMovie', one: 'captureBigForestMovie', batch: 'captureBigForestMovies', captures: 'bigForestCaptures' },
  peartv: { type: 'PearTvFilm', one: 'capturePearTvFilm', batch: 'capturePearTvFilms', captures: 'pearTvCaptures' },
};
type Name = keyof typeof streamerOf;
const names = Object.keys(streamerOf) as Name[];

function captureOne(name: Name, input: Record<string, unknown>, source?: string) {
  const s = streamerOf[name];
  return gql(
    graph.gatewayUrl,
    `mutation($input: ${s.type}Input!, $source: String) {
      result: ${s.one}(input: $input, source: $source) { status record { id title year capture { source capturedAt } } problems { field rule value } }
    }`,
    { input, source },
    graph.writer,
  );
}

function captureBatch(name: Name, inputs: Record<string, unknown>[], allOrNothing = false) {
  const s = streamerOf[name];
  return gql(
    graph.gatewayUrl,
    `mutation($inputs: [${s.type}Input!]!, $allOrNothing: Boolean) {
      result: ${s.batch}(inputs: $inputs, allOrNothing: $allOrNothing, source: "remote.csv") {
        created duplicates rejected skipped results { status record { id title } problems { field rule message value } }
      }
    }`,
    { inputs, allOrNothing },
    graph.writer,
  );
}

async function searchIds(query: string): Promise<string[]> {
  const { data, errors } = await gql(graph.gatewayUrl, 'query($q: String) { searchMovies(query: $q, first: 100) { edges { node { id } } } }', { q: query });
  expect(errors).toBeUndefined();
  return data.searchMovies.edges.map((e: { node: { id: string } }) => e.node.id);
}

describe.each(names)('capturing into %s', (name) => {
  it('stores a record that search finds at once, that is in the native file, and that survives a restart', async () => {
    const title = `Captured ${name} ${'é'}`;
    const { data, errors } = await captureOne(name, { ...valid[name], title }, 'cli');
    expect(errors).toBeUndefined();
    const { status, record } = data.result;
    expect(status).toBe('CREATED');
    expect(record).toMatchObject({ title, year: valid[name].year, capture: { source: 'cli' } });
    expect(record.id).toMatch(new RegExp(`^${name}:\\d+$`));
    expect(await searchIds(title)).toEqual([record.id]);
    if (name !== 'peartv') expect((await read(name)).toString()).toContain(name === 'ccd' ? title : JSON.stringify(title));

    await graph.stop(name);
    await graph.restart(name);
    expect(await searchIds(title)).toEqual([record.id]);
    const again = await gql(graph.gatewayUrl, `{ movie(id: "${record.id}") { id ... on ${streamerOf[name].type} { capture { source } } } }`);
    expect(again.data.movie).toEqual({ id: record.id, capture: { source: 'cli' } });
  });

  it('refuses an invalid record naming field, rule and value, and leaves the file byte for byte', async () => {
    const before = await read(name);
    const { data, errors } = await captureOne(name, { ...valid[name], title: 'hhh', year: 1700, country: 'Britain' });
    expect(data?.result ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // OduFlix stores years as text, so its rule for a year is a pattern, not a minimum.
    // The message names field and rule; the value is in problems only, so a refused value is echoed once.
    const yearRule = name === 'oduflix' ? 'year must be a year of four digits as text, 1888 to 2100 (rule: pattern)' : 'year must be from 1888 to 2100 (rule: minimum)';
    expect(errors![0]!.message).toContain(yearRule);
    expect(errors![0]!.message).not.toContain('Britain');
    expect(errors![0]!.extensions!.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'title', rule: 'not', value: 'hhh' }),
        expect.objectContaining({ field: 'year' }),
        expect.objectContaining({ field: 'country', rule: 'pattern', value: 'Britain' }),
      ]),
    );
    expect((await read(name)).equals(before)).toBe(true);
  });

  it('answers every problem at once, GraphQL\'s type problems and the record\'s rules together, and writes nothing', async () => {
    const before = await read(name);
    // year "abc" is refused by GraphQL (Int!), the others by the streamer's schema and rules.
    const { title: _, ...untitled } = valid[name];
    const prices = 'rental' in valid[name] ? { rental: 5, purchase: 3 } : {};
    const stars = 'stars' in valid[name] ? { stars: 9 } : {};
    const { data, errors } = await captureOne(name, { ...untitled, ...prices, ...stars, year: 'abc', country: 'gb', colour: 'red' });
    expect(data?.result ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', streamer: expect.any(String) });
    const problems = (errors![0]!.extensions!.problems as { field: string; rule: string; message: string; value: unknown }[]).map((p) => [p.field, p.rule, p.message, p.value]);
    const expected: unknown[][] = [
      ['title', 'required', 'is required', null],
      ['year', 'type', 'must be a whole number', 'abc'],
      ['country', 'pattern', 'must be a country code of 2 or 3 capital letters, like GB, FR or USA', 'gb'],
      ['colour', 'additionalProperties', 'is not a field of this record', 'red'],
    ];
    if ('stars' in stars) expected.push(['stars', 'maximum', 'must be from 0 to 5', 9]);
    if ('rental' in prices) expected.push(['rental', 'rentalNotAbovePurchase', 'must not be more than the purchase price 3', 5]);
    expect(problems).toEqual(expect.arrayContaining(expected));
    expect(problems).toHaveLength(expected.length);
    // Plain words only: nothing of ajv's or graphql-js's own wording.
    expect(errors![0]!.message).not.toMatch(/must NOT|cannot represent|\^\[/);
    expect((await read(name)).equals(before)).toBe(true);
  });

  it('answers DUPLICATE with the stored record when the same record comes twice, and stores it once', async () => {
    const input = { ...valid[name], title: `Twice ${name}` };
    const first = await captureOne(name, input);
    const before = await read(name);
    const second = await captureOne(name, { ...input, title: `  ${input.title}  ` });
    expect(second.data.result.status).toBe('DUPLICATE');
    expect(second.data.result.record.id).toBe(first.data.result.record.id);
    expect((await read(name)).equals(before)).toBe(true);
  });

  it('stores quotes, commas, newlines, unicode and SQL exactly', async () => {
    const title = `Robert'); DROP TABLE Film;-- "Bobby", tables\nsecond line ünïcödé 東京 🎬`;
    const { data, errors } = await captureOne(name, { ...valid[name], title });
    expect(errors).toBeUndefined();
    expect(data.result.record.title).toBe(title);
    await graph.stop(name);
    await graph.restart(name);
    const again = await gql(graph.gatewayUrl, `query($id: ID!) { movie(id: $id) { ... on ${streamerOf[name].type} { title } } }`, { id: data.result.record.id });
    expect(again.data.movie.title).toBe(title);
  });

  it('batches: stores the valid records, reports the invalid ones; all-or-nothing writes nothing', async () => {
    const inputs = [
      { ...valid[name], title: `Batch ${name} one` },
      { ...valid[name], title: `Batch ${name} bad`, stars: 9, classification: 'X', rental: 50, purchase: 10 },
      { ...valid[name], title: `Batch ${name} two` },
    ].map((input) => Object.fromEntries(Object.entries(input).filter(([key]) => key in valid[name])));

    const before = await read(name);
    const strict = await captureBatch(name, inputs, true);
    expect(strict.errors).toBeUndefined();
    expect(strict.data.result).toMatchObject({ created: 0, rejected: 1, skipped: 2 });
    expect(strict.data.result.results.map((r: { status: string }) => r.status)).toEqual(['SKIPPED', 'REJECTED', 'SKIPPED']);
    expect((await read(name)).equals(before)).toBe(true);

    const lenient = await captureBatch(name, inputs);
    expect(lenient.data.result).toMatchObject({ created: 2, rejected: 1, skipped: 0 });
    const [one, bad, two] = lenient.data.result.results;
    expect([one.status, bad.status, two.status]).toEqual(['CREATED', 'REJECTED', 'CREATED']);
    expect(bad.problems.length).toBeGreaterThan(0);
    for (const problem of bad.problems) expect(Object.keys(inputs[1]!)).toContain(problem.field);

    const resent = await captureBatch(name, inputs);
    expect(resent.data.result).toMatchObject({ created: 0, duplicates: 2, rejected: 1 });
    expect(resent.data.result.results[0].record.id).toBe(one.record.id);
  });

  it('records provenance that the graph serves, newest first', async () => {
    const { data } = await gql(graph.gatewayUrl, `{ captures: ${streamerOf[name].captures}(source: "remote.csv", first: 2) { movieId source capturedAt } }`);
    expect(data.captures.length).toBe(2);
    for (const capture of data.captures) expect(capture).toMatchObject({ source: 'remote.csv', movieId: expect.stringMatching(`^${name}:`) });
    expect(Date.parse(data.captures[0].capturedAt)).toBeGreaterThanOrEqual(Date.parse(data.captures[1].capturedAt));
  });
});

describe('every problem at once', () => {
  it('a record written in the operation itself is answered the same way as one in variables', async () => {
    const before = await read('peartv');
    const { data, errors } = await gql(
      graph.gatewayUrl,
      'mutation { capturePearTvFilm(input: { title: "Literal", classification: "X", country: "GB", rental: 5, purchase: 3, stars: 9, year: "abc" }) { status } }',
      undefined,
      graph.writer,
    );
    expect(data ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((errors![0]!.extensions!.problems as { field: string; rule: string }[]).map((p) => `${p.field}:${p.rule}`).sort()).toEqual(
      ['classification:enum', 'rental:rentalNotAbovePurchase', 'stars:maximum', 'year:type'],
    );
    expect((await read('peartv')).equals(before)).toBe(true);
  });

  it('a batch GraphQL would refuse names each bad record by its index, with all its problems, and stores nothing', async () => {
    const before = await read('bigforest');
    const good = { ...valid.bigforest, title: 'Batch Typed Good' };
    const { data, errors } = await captureBatch('bigforest', [good, { ...good, title: 'Batch Typed Bad', year: 'abc', stars: 9 }, { ...good, title: 'Batch Rule Bad', rental: 50 }]);
    expect(data ?? null).toBeNull();
    expect(errors!.map((e) => [e.extensions!.index, (e.extensions!.problems as { field: string }[]).map((p) => p.field)])).toEqual([
      [1, ['year', 'stars']],
      [2, ['rental']],
    ]);
    expect(errors![0]!.message).toContain('BigForest record at index 1 of the batch refused');
    expect(errors![0]!.message).toContain('Nothing in the batch was stored');
    expect((await read('bigforest')).equals(before)).toBe(true);
    expect(await searchIds('Batch Typed Good')).toEqual([]);
  });

  it('the subgraph answers the cross-field rule beside the schema\'s problems', async () => {
    const { errors } = await captureOne('bigforest', { ...valid.bigforest, rental: 20, purchase: 10, stars: 9, classification: 'X' });
    expect((errors![0]!.extensions!.problems as { field: string; rule: string }[]).map((p) => `${p.field}:${p.rule}`)).toEqual(
      expect.arrayContaining(['rental:rentalNotAbovePurchase', 'stars:maximum', 'classification:enum']),
    );
  });
});

describe('the rules a schema cannot say', () => {
  it.each(['bigforest', 'peartv'] as const)('%s: rental may not cost more than purchase', async (name) => {
    const { errors } = await captureOne(name, { ...valid[name], rental: 20, purchase: 10 });
    // Refused by the streamer's own subgraph (GraphQL accepts every value), which names itself.
    expect(errors?.[0]?.extensions?.streamer).toBe(name === 'peartv' ? 'PearTV' : 'BigForest');
    expect(errors?.[0]?.extensions?.problems).toEqual([{ field: 'rental', rule: 'rentalNotAbovePurchase', message: 'must not be more than the purchase price 10', value: 20 }]);
  });

  it.each(['peartv', 'ccd'] as const)('%s refuses a lone surrogate and control characters, naming the field, and writes nothing', async (name) => {
    const before = await read(name);
    const { errors } = await captureOne(name, { ...valid[name], title: 'x\ud800', country: 'G\u0007B' });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = errors![0]!.extensions!.problems as { field: string; rule: string }[];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'title', rule: 'wellFormed' }),
        expect.objectContaining({ field: 'country', rule: 'noControlCharacters', message: 'must not contain control characters (U+0007 at character 2)' }),
      ]),
    );
    expect((await read(name)).equals(before)).toBe(true);
  });

  it('enum values are matched without regard to case, and stored in the schema\'s case', async () => {
    const { data } = await gql(graph.gatewayUrl, `mutation { capturePearTvFilm(input: { title: "Case test", classification: "12a", country: "GB", rental: 1, purchase: 2, stars: 3, year: 2000 }) { record { classification } } }`, {}, graph.writer);
    expect(data.capturePearTvFilm.record.classification).toBe('12A');
  });
});

describe('concurrency', () => {
  it('lands two hundred concurrent captures to OduFlix exactly once each', async () => {
    const before = JSON.parse((await read('oduflix')).toString()).oduflix_catalogue.length;
    const titles = Array.from({ length: 200 }, (_, i) => `Concurrent ${i}`);
    const results = await Promise.all(titles.map((title) => captureOne('oduflix', { ...valid.oduflix, title })));
    for (const result of results) expect(result.data?.result?.status).toBe('CREATED');
    const ids = results.map((r) => r.data.result.record.id);
    expect(new Set(ids).size).toBe(200);

    const stored = JSON.parse((await read('oduflix')).toString()).oduflix_catalogue as { Title: string }[];
    expect(stored.length).toBe(before + 200);
    for (const title of titles) expect(stored.filter((item) => item.Title === title)).toHaveLength(1);
    const { data } = await gql(graph.gatewayUrl, '{ oduflixMovies(titleContains: "Concurrent", first: 0) { totalCount } }');
    expect(data.oduflixMovies.totalCount).toBe(200);
  });
});

describe('after all those captures, the native files', () => {
  it('keep their formats: the CSV header, the JSON root key and indent, the Film DDL', async () => {
    const seed = (file: string) => fs.readFile(path.join(repoRoot, 'data', file), 'utf8');
    const csv = (await read('ccd')).toString();
    expect(csv.split('\n')[0]).toBe((await seed('ccd/data.csv')).split('\n')[0]);
    expect(csv.endsWith('\n')).toBe(true);
    for (const [name, rootKey] of [['oduflix', 'oduflix_catalogue'], ['bigforest', 'BigForest_list']] as const) {
      const text = (await read(name)).toString();
      expect(Object.keys(JSON.parse(text))).toEqual([rootKey]);
      expect(text.startsWith(`{\n    "${rootKey}": [`)).toBe(true);
    }
    const db = new Database(path.join(graph.dataDir, files.peartv), { readonly: true });
    const ddl = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'Film'").pluck().get();
    db.close();
    const seedDb = new Database(path.join(repoRoot, 'data', files.peartv), { readonly: true });
    expect(ddl).toBe(seedDb.prepare("SELECT sql FROM sqlite_master WHERE name = 'Film'").pluck().get());
    seedDb.close();
  });
});

describe('a store that cannot be written', () => {
  it.each([['ccd', 'data.csv'], ['oduflix', 'data.json']] as const)(
    '%s: the capture fails with STORAGE_UNAVAILABLE, the file is unchanged, and the next capture is clean',
    async (name, file) => {
      // A folder where the writer's journal must go: a real fault, not a mock.
      const blocker = path.join(graph.dataDir, name, `.${file}.journal`);
      await fs.rm(blocker, { force: true });
      await fs.mkdir(blocker);
      const before = await read(name);
      const failed = await captureOne(name, { ...valid[name], title: `Fault ${name} lost` });
      expect(failed.errors?.[0]?.extensions?.code).toBe('STORAGE_UNAVAILABLE');
      expect((await read(name)).equals(before)).toBe(true);

      await fs.rm(blocker, { recursive: true });
      const next = await captureOne(name, { ...valid[name], title: `Fault ${name} next` });
      expect(next.data.result.status).toBe('CREATED');
      const text = (await read(name)).toString();
      expect(text).toContain(`Fault ${name} next`);
      expect(text).not.toContain(`Fault ${name} lost`);
      expect(text.startsWith(before.toString().slice(0, 200))).toBe(true);
      expect(await searchIds(`Fault ${name}`)).toEqual([next.data.result.record.id]);
    },
  );
});
