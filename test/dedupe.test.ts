// Identical reads in flight at the same moment share one subgraph call (the gateway's and the
// catalog's); writes never do. Counted by a real HTTP proxy in front of the PearTV subgraph.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningService } from '../core/service.js';
import { loadGatewayConfig } from '../gateway/config.js';
import { startGateway } from '../gateway/index.js';
import { createCatalogApp, loadCatalogConfig } from '../subgraphs/catalog/index.js';
import { gql, startGraph, type Graph } from './support.js';

let graph: Graph;
let proxy: http.Server;
let gateway: RunningService;
let catalog: RunningService;
const seen: string[] = [];

beforeAll(async () => {
  graph = await startGraph();
  const target = new URL(graph.services.get('peartv')!.url);
  proxy = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      seen.push(body.toString());
      const forward = http.request({ host: target.hostname, port: target.port, path: '/', method: 'POST', headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(res);
      });
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const urls = Object.fromEntries([...graph.services].filter(([name]) => name !== 'gateway').map(([name, s]) => [`${name.toUpperCase()}_URL`, s.url]));
  const env = { ...urls, DATA_DIR: graph.dataDir, PEARTV_URL: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/` };
  catalog = await (await createCatalogApp(loadCatalogConfig(env))).listen(0);
  gateway = await startGateway(loadGatewayConfig({ ...env, CATALOG_URL: catalog.url }), 0);
});
afterAll(async () => {
  await gateway?.stop();
  await catalog?.stop();
  proxy?.closeAllConnections();
  await new Promise((resolve) => proxy?.close(resolve));
  await graph?.close();
});

it('sends twenty identical reads that arrive together to the subgraph once or a few times, each answered', async () => {
  seen.length = 0;
  const query = '{ pearTvFilms(titleContains: "chitty") { totalCount edges { node { id } } } }';
  const answers = await Promise.all(Array.from({ length: 20 }, () => gql(gateway.url, query)));
  for (const answer of answers) expect(answer).toEqual({ data: { pearTvFilms: { totalCount: 1, edges: [{ node: { id: 'peartv:8' } }] } } });
  expect(seen.length).toBeGreaterThanOrEqual(1);
  expect(seen.length).toBeLessThan(20);
});

it('shares the catalog\'s identical calls to a streamer too', async () => {
  seen.length = 0;
  const answers = await Promise.all(Array.from({ length: 20 }, () => gql(gateway.url, '{ searchMovies(query: "chitty", streamers: ["PearTV"]) { totalCount } }')));
  for (const answer of answers) expect(answer).toEqual({ data: { searchMovies: { totalCount: 1 } } });
  expect(seen.length).toBeLessThan(20);
});

it('never shares writes: two identical captures are two calls', async () => {
  seen.length = 0;
  const capture = 'mutation { capturePearTvFilm(input: { title: "Dedupe", classification: "PG", country: "GB", rental: 1, purchase: 2, stars: 3, year: 2000 }) { status } }';
  const answers = await Promise.all([gql(gateway.url, capture, {}, graph.writer), gql(gateway.url, capture, {}, graph.writer)]);
  expect(answers.map((a) => a.data?.capturePearTvFilm.status).sort()).toEqual(['CREATED', 'DUPLICATE']);
  expect(seen.filter((body) => body.includes('mutation'))).toHaveLength(2);
});
