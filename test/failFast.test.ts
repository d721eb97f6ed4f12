// A subgraph whose SDL, resolvers and registry entry disagree refuses to start and names each
// disagreement, instead of serving a schema with silent holes.
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamerKit } from '../subgraphs/kit/resolvers.js';
import { createStreamerApp } from '../subgraphs/kit/app.js';
import type { MovieFields, Streamer } from '../subgraphs/kit/definition.js';
import { createSubgraphApp, type ResolverMap } from '../subgraphs/kit/server.js';
import { oduflix } from '../subgraphs/oduflix/streamer.js';
import { tempDataDir } from './support.js';

const sdl = `type Query { films: [String!]! }`;
const build = (resolvers: ResolverMap) => () =>
  createSubgraphApp({ name: 'films', sdl, resolvers, context: () => ({}), production: false, internalSecret: 'test' });

describe('SDL against resolvers', () => {
  it('refuses a resolver for a field the SDL lacks', () => {
    expect(build({ Query: { films: () => [], flims: () => [] } })).toThrow(/films subgraph's SDL and resolvers disagree:\n- a resolver for Query\.flims, a field the SDL lacks/);
  });

  it('refuses a root field that no resolver serves, and resolvers for a type the SDL lacks', () => {
    expect(build({ Film: { title: () => 'x' } })).toThrow(/- resolvers for type Film, which the SDL lacks\n- Query\.films has no resolver/);
  });

  it('starts when they agree', () => {
    expect(build({ Query: { films: () => [] } })).not.toThrow();
  });
});

describe('a streamer registry entry against its SDL and JSON Schema', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await tempDataDir();
  });
  afterAll(async () => {
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  // The kit under the streamer's derived names, as the generated wiring puts it.
  const wire = <F extends MovieFields>(streamer: Streamer<object, F>) => (kit: StreamerKit<F>) => ({
    Query: { [streamer.api.list]: kit.list, [streamer.api.byId]: kit.byId, [streamer.api.loadReport]: kit.loadReport, [streamer.api.captures]: kit.captures, [streamer.api.stats]: kit.stats },
    Mutation: { [streamer.api.captureOne]: kit.captureOne, [streamer.api.captureBatch]: kit.captureBatch },
    [streamer.api.entityType]: { __resolveReference: kit.resolveReference, capture: kit.capture },
  });

  it('refuses an input field that fills no field of the record, and a required field no input fills', async () => {
    const renamed = { ...oduflix, inputNames: { Classification: 'kind' } };
    await expect(createStreamerApp(renamed, wire(renamed), { port: 0, host: '127.0.0.1', dataDir, production: false, internalSecret: 'test' })).rejects.toThrow(
      /OduflixMovieInput\.genre fills no field of oduflix\.schema\.json[\s\S]*OduflixMovieInput lacks kind, for the required field Classification/,
    );
  });

  it('serves the streamer as registered', async () => {
    const app = await createStreamerApp(oduflix, wire(oduflix), { port: 0, host: '127.0.0.1', dataDir, production: false, internalSecret: 'test' });
    const { data } = await app.execute({ query: '{ oduflixMovies(first: 1) { totalCount } }' });
    expect(data).toEqual({ oduflixMovies: { totalCount: 6 } });
    await app.close();
  });
});
