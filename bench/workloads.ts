// What the bench asks: the read workloads every gateway answers, and the captures only ours takes.
import { words } from './stores.js';

const body = (query: string, variables?: Record<string, unknown>) => JSON.stringify(variables ? { query, variables } : { query });

// One document for the three searches: the same text (and so the same cached plan) whatever the term.
const search = `query Search($query: String, $first: Int!) {
  searchMovies(query: $query, first: $first) {
    totalCount
    edges { node { __typename id title year } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const pearTvList = `query PearTvList($titleContains: String!, $first: Int!) {
  pearTvFilms(titleContains: $titleContains, first: $first) {
    totalCount
    edges { node { id filmId title year rental purchase } }
  }
}`;
const movieById = `query MovieById($id: ID!) {
  movie(id: $id) { __typename id title year ... on PearTvFilm { filmId rental purchase } }
}`;

export interface ReadWorkload {
  scenario: string;
  /** A body for each request (the same text, or a new one each time). */
  body: string | (() => string);
  /** What every target is asked once before timing, to check they all answer the same. */
  sample: string;
  /** Straight to the PearTV subgraph, not through the gateways. */
  direct?: true;
}

// A term no two requests share (4 or more digits: a handful of titles per store), so that nothing
// in flight can be shared between requests.
let termCounter = 0;
const nextTerm = () => String(1000 + (termCounter++ % 90_000));

export const readWorkloads: ReadWorkload[] = [
  { scenario: 'searchMovies "Dragon" (same term)', body: body(search, { query: 'Dragon', first: 20 }), sample: body(search, { query: 'Dragon', first: 20 }) },
  {
    scenario: 'searchMovies, a new term each request',
    body: () => body(search, { query: nextTerm(), first: 20 }),
    sample: body(search, { query: '4711', first: 20 }),
  },
  { scenario: 'searchMovies unfiltered', body: body(search, { first: 20 }), sample: body(search, { first: 20 }) },
  {
    scenario: 'pearTvFilms "Dragon" (one streamer)',
    body: body(pearTvList, { titleContains: 'Dragon', first: 20 }),
    sample: body(pearTvList, { titleContains: 'Dragon', first: 20 }),
  },
  { scenario: 'movie(id: "peartv:123")', body: body(movieById, { id: 'peartv:123' }), sample: body(movieById, { id: 'peartv:123' }) },
  { scenario: '{ __typename } (gateway alone)', body: body('{ __typename }'), sample: body('{ __typename }') },
  {
    scenario: 'pearTvFilms "Dragon" straight to subgraph',
    body: body(pearTvList, { titleContains: 'Dragon', first: 20 }),
    sample: body(pearTvList, { titleContains: 'Dragon', first: 20 }),
    direct: true,
  },
];

/** The scenario that is the same list as the direct one, through a gateway. */
export const oneStreamerScenario = readWorkloads[3]!.scenario;
export const directScenario = readWorkloads[6]!.scenario;
export const sameTermScenario = readWorkloads[0]!.scenario;
export const trivialScenario = readWorkloads[5]!.scenario;

/** How each streamer's capture input is filled: the streamer's own fields, a title no record has. */
interface CaptureShape {
  one: string;
  batch: string;
  input: string;
  record(title: string, i: number): Record<string, unknown>;
}

export const captureShapes: Record<string, CaptureShape> = {
  ccd: {
    one: 'captureCcdProgramme',
    batch: 'captureCcdProgrammes',
    input: 'CcdProgrammeInput',
    record: (title, i) => ({ title, typeProgram: 'Series', classification: '15', country: 'GB', year: 1950 + (i % 75), category: 'Drama', channel: 'BBC Two' }),
  },
  oduflix: {
    one: 'captureOduflixMovie',
    batch: 'captureOduflixMovies',
    input: 'OduflixMovieInput',
    record: (title, i) => ({ title, producer: 'Producer', year: 1950 + (i % 75), genre: 'Comedy', stars: i % 6, actors: ['A. Actor'], country: 'FR' }),
  },
  bigforest: {
    one: 'captureBigForestMovie',
    batch: 'captureBigForestMovies',
    input: 'BigForestMovieInput',
    record: (title, i) => ({ title, year: 1950 + (i % 75), category: 'Drama', rental: 2.99, purchase: 9.99, stars: i % 6, classification: 'PG', country: 'USA' }),
  },
  peartv: {
    one: 'capturePearTvFilm',
    batch: 'capturePearTvFilms',
    input: 'PearTvFilmInput',
    record: (title, i) => ({ title, classification: '12A', country: 'GB', rental: 3.49, purchase: 9.99, stars: i % 6, year: 1950 + (i % 75) }),
  },
};

// Titles unlike any generated one, unique within the run (a duplicate would be answered, not written).
let captured = 0;
const run = Date.now().toString(36);
const newTitle = () => `Bench ${words[captured % 12]} capture ${run}-${captured++}`;

export function captureOneBody(subgraph: string): string {
  const shape = captureShapes[subgraph]!;
  const query = `mutation Capture($input: ${shape.input}!) { ${shape.one}(input: $input, source: "bench") { status } }`;
  return body(query, { input: shape.record(newTitle(), captured) });
}

export function captureBatchBody(subgraph: string, size: number): string {
  const shape = captureShapes[subgraph]!;
  const query = `mutation CaptureBatch($inputs: [${shape.input}!]!) { ${shape.batch}(inputs: $inputs, source: "bench") { created duplicates rejected skipped } }`;
  return body(query, { inputs: Array.from({ length: size }, () => shape.record(newTitle(), captured)) });
}
