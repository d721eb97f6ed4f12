// Every example operation in client/queries runs against a live gateway without an error.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../core/paths.js';
import { gql, startGraph, type Graph } from './support.js';

const folder = path.join(repoRoot, 'client/queries');
const files = fs.readdirSync(folder).filter((f) => f.endsWith('.graphql'));

let graph: Graph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.close();
});

it('has example operations', () => {
  expect(files.length).toBeGreaterThanOrEqual(8);
});

it.each(files)('%s runs without errors and returns data', async (file) => {
  // The capture examples need a token with their scope, as a person in the playground would send.
  const { data, errors } = await gql(graph.gatewayUrl, fs.readFileSync(path.join(folder, file), 'utf8'), {}, graph.writer);
  expect(errors).toBeUndefined();
  expect(Object.values(data ?? {}).every((value) => value !== null)).toBe(true);
});
