// GraphQL over HTTP at the gateway: status codes and media types for both kinds of client.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startGraph, type Graph } from './support.js';

let graph: Graph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.close();
});

const graphqlResponse = 'application/graphql-response+json';
const post = (body: unknown, accept?: string, contentType = 'application/json') =>
  fetch(graph.gatewayUrl, { method: 'POST', headers: { 'content-type': contentType, ...(accept && { accept }) }, body: JSON.stringify(body) });

it.each([
  ['a valid query', { query: '{ __typename }' }, 200, undefined],
  ['a query that does not parse', { query: '{ ' }, 400, 'GRAPHQL_PARSE_FAILED'],
  ['a query that does not validate', { query: '{ nope }' }, 400, 'GRAPHQL_VALIDATION_FAILED'],
  ['variables of the wrong type', { query: 'query($n: Int) { searchMovies(first: $n) { totalCount } }', variables: { n: 'x' } }, 400, 'BAD_USER_INPUT'],
  ['a capture without a token', { query: 'mutation { capturePearTvFilm(input: {title: "a", classification: "PG", country: "GB", rental: 1, purchase: 2, stars: 1, year: 2000}) { status } }' }, 401, 'UNAUTHENTICATED'],
  ['a body with no query', {}, 400, 'BAD_REQUEST'],
  ['a field error while executing', { query: '{ searchMovies(first: 1000) { totalCount } }' }, 200, 'BAD_USER_INPUT'],
])('answers %s with %i, in the media type the client accepts', async (_, body, status, code) => {
  for (const accept of [undefined, 'application/json', graphqlResponse]) {
    const response = await post(body, accept);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(accept === graphqlResponse ? graphqlResponse : /^application\/json/);
    const result = (await response.json()) as { errors?: { extensions: { code: string } }[] };
    expect(result.errors?.[0]?.extensions.code).toBe(code);
  }
});

it('refuses a mutation sent with GET (405), and a text/plain body (400, in JSON: CSRF protection)', async () => {
  const get = await fetch(`${graph.gatewayUrl}?query=${encodeURIComponent('mutation { __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
  expect(get.status).toBe(405);
  const plain = await post({ query: '{ __typename }' }, undefined, 'text/plain');
  expect(plain.status).toBe(400);
  expect(((await plain.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
});

it("answers a browser's favicon request with no content, not a GraphQL error", async () => {
  const response = await fetch(new URL('favicon.ico', graph.gatewayUrl), { headers: { accept: 'image/avif,image/webp,*/*' } });
  expect(response.status).toBe(204);
});
