// What explains a number: Prometheus metrics on every service, and OpenTelemetry spans sent to an
// OTLP endpoint (a real HTTP receiver here) for the plan, the subgraph fetches, the catalog's
// streamer calls and the store's reads and writes.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTracing } from '../core/tracing.js';
import { gql, startGraph, type Graph } from './support.js';

interface SentSpan {
  name: string;
  traceId: string;
}
const spans: SentSpan[] = [];
const receiver = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const sent = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: SentSpan[] }[] }[] };
    for (const resource of sent.resourceSpans) for (const scope of resource.scopeSpans) spans.push(...scope.spans);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});

let graph: Graph;
let tracing: { shutdown(): Promise<void> } | undefined;
beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  tracing = startTracing('test', { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}` });
  graph = await startGraph();
  await gql(graph.gatewayUrl, '{ searchMovies(query: "park") { totalCount edges { node { title } } } }');
  const capture = 'mutation { capturePearTvFilm(input: { title: "Metrics", classification: "PG", country: "GB", rental: 1, purchase: 2, stars: 3, year: 2000 }) { status } }';
  expect((await gql(graph.gatewayUrl, capture, {}, graph.writer)).data).toEqual({ capturePearTvFilm: { status: 'CREATED' } });
});
afterAll(async () => {
  await graph?.close();
  await new Promise((resolve) => receiver.close(resolve));
});

const metricsOf = async (url: string) => (await fetch(new URL('metrics', url))).text();
const value = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? NaN);

it('times operations and subgraph fetches at the gateway', async () => {
  const text = await metricsOf(graph.gatewayUrl);
  expect(value(text, /graphql_operation_duration_seconds_count\{[^}]*operation="anonymous",outcome="ok"[^}]*\} (\d+)/)).toBeGreaterThanOrEqual(2);
  expect(value(text, /subgraph_fetch_duration_seconds_count\{[^}]*subgraph="catalog",outcome="ok"[^}]*\} (\d+)/)).toBeGreaterThanOrEqual(1);
  expect(text).toMatch(/nodejs_eventloop_lag_seconds\{service="gateway"\}/);
});

it('counts captures by outcome, records served and store size at the streamer', async () => {
  const text = await metricsOf(graph.services.get('peartv')!.url);
  expect(value(text, /captures_total\{outcome="CREATED",service="peartv"\} (\d+)/)).toBe(1);
  expect(value(text, /records_served\{service="peartv"\} (\d+)/)).toBe(4);
  expect(value(text, /store_bytes\{service="peartv"\} (\d+)/)).toBeGreaterThan(0);
});

it('times the catalog\'s calls to each streamer', async () => {
  const text = await metricsOf(graph.services.get('catalog')!.url);
  for (const streamer of ['ccd', 'oduflix', 'bigforest', 'peartv']) {
    expect(value(text, new RegExp(`streamer_call_duration_seconds_count\\{[^}]*streamer="${streamer}"[^}]*\\} (\\d+)`))).toBeGreaterThanOrEqual(1);
  }
});

it('sends spans for the plan, the subgraph fetches, the streamer calls and the store', async () => {
  await tracing!.shutdown(); // flushes what is batched
  const names = spans.map((span) => span.name);
  for (const name of ['gateway.plan', 'gateway.fetch', 'catalog.streamerCall', 'store.readAll', 'store.append', 'store.readBack']) expect(names).toContain(name);
});

it('carries one trace from the gateway through the catalog to the streamers and their stores', () => {
  const inTrace = (traceId: string) => spans.filter((span) => span.traceId === traceId).map((span) => span.name);
  // The capture: the gateway's plan and fetch, the subgraph's request, its store's write and read-back.
  const capture = inTrace(spans.find((span) => span.name === 'store.append')!.traceId);
  expect(capture).toEqual(expect.arrayContaining(['gateway.plan', 'gateway.fetch', 'POST /', 'store.append', 'store.readBack']));
  // The search: the catalog's four streamer calls and each streamer's request, under the gateway's trace.
  const search = inTrace(spans.find((span) => span.name === 'catalog.streamerCall')!.traceId);
  expect(search.filter((name) => name === 'catalog.streamerCall').length).toBeGreaterThanOrEqual(4);
  expect(search.filter((name) => name === 'POST /').length).toBeGreaterThanOrEqual(5); // the catalog and four streamers, at least
  expect(search).toContain('gateway.plan');
});
