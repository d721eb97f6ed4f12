// FAIR metadata, served by the gateway:
// - `GET /movies/<global id>`: every movie's persistent URL. A browser gets an HTML page (with the
//   JSON-LD inside it); `Accept: application/ld+json` (or application/json) gets the JSON-LD itself:
//   a schema.org Movie with its prices as Offers, its identifier, the streamer's dataset it is part
//   of, its licence, and PROV-O provenance (the native store it is read from; for a captured record,
//   the capture: when, which client, who). 404 with a clear message for an id that names no movie.
// - `GET /catalog`: the whole service in DCAT 3 (JSON-LD): one dcat:Dataset per streamer with its
//   JSON Schema and its distributions (the exports and the native file), the GraphQL endpoint as a
//   dcat:DataService, and the licence of each.
// - `GET /schemas/<subgraph>.schema.json` (each dataset's JSON Schema) and `GET /schema.graphql`
//   (the public API's SDL, the data service's description), at stable URLs.
// Everything is read through the gateway's own GraphQL (graphReader.ts); URLs are absolute, from
// PUBLIC_URL or the request's host.
import fs from 'node:fs/promises';
import path from 'node:path';
import express from 'express';
import { notFound } from '../core/errors.js';
import { schemaDir } from '../core/paths.js';
import type { GatewayConfig } from './config.js';
import { nativeMediaTypes } from './export.js';
import { baseUrlOf, GraphReader, RouteFailure, route, type StreamerMeta } from './graphReader.js';

/**
 * The licence of the data and of the service. The seed catalogues come from the proof of concept
 * `patRyserWelch8/movies_architecture`, published under Apache-2.0 (../shared/seed-data/README.md);
 * nothing else is known of the data's terms, so every dataset (records captured here included, being
 * published beside them) says Apache-2.0, as does the service (package.json).
 */
const licence = 'https://www.apache.org/licenses/LICENSE-2.0';
const seedSource = 'https://github.com/patRyserWelch8/movies_architecture';

const schemaOrgContext = {
  '@vocab': 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

const dcatContext = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  prov: 'http://www.w3.org/ns/prov#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

/** The addresses every document links to, from one base URL. */
function addresses(base: string) {
  return {
    catalog: `${base}/catalog`,
    dataset: (s: Pick<StreamerMeta, 'subgraph'>) => `${base}/catalog#${s.subgraph}`,
    schema: (s: Pick<StreamerMeta, 'subgraph'>) => `${base}/schemas/${s.subgraph}.schema.json`,
    movie: (id: string) => `${base}/movies/${encodeURIComponent(id).replaceAll('%3A', ':')}`,
    csv: (s: Pick<StreamerMeta, 'name'>) => `${base}/export/movies.csv?streamers=${encodeURIComponent(s.name)}`,
    jsonl: (s: Pick<StreamerMeta, 'name'>) => `${base}/export/movies.jsonl?streamers=${encodeURIComponent(s.name)}`,
    native: (s: Pick<StreamerMeta, 'subgraph'>) => `${base}/export/${s.subgraph}/native`,
    graphql: `${base}/`,
    sdl: `${base}/schema.graphql`,
  };
}

const storageWords: Record<StreamerMeta['storage'], string> = { CSV: 'CSV', JSON: 'JSON', SQLITE: 'SQLite' };

const iana = (mediaType: string) => ({ '@id': `https://www.iana.org/assignments/media-types/${mediaType}` });

/** The whole service in DCAT 3. */
function dcatCatalog(base: string, streamers: StreamerMeta[]) {
  const at = addresses(base);
  const datasets = streamers.map((s) => {
    const conformsTo = { '@id': at.schema(s), '@type': 'dct:Standard', 'dct:title': `JSON Schema of one ${s.name} record` };
    const distribution = (id: string, title: string, url: string, format: Record<string, unknown>) => ({
      '@id': `${at.dataset(s)}-${id}`,
      '@type': 'dcat:Distribution',
      'dct:title': title,
      'dcat:accessURL': { '@id': url },
      'dcat:downloadURL': { '@id': url },
      ...format,
      'dct:license': { '@id': licence },
    });
    return {
      '@id': at.dataset(s),
      '@type': 'dcat:Dataset',
      'dct:identifier': s.subgraph,
      'dct:title': `${s.name} catalogue`,
      'dct:description': `The movies ${s.name} serves, read from its native ${storageWords[s.storage]} store, each record valid against its JSON Schema (records that are not are listed in its load report, not served). One record per movie, each with a persistent URL like ${base}/movies/${s.subgraph}:1 (its global id).`,
      'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': s.name },
      'dct:license': { '@id': licence },
      'dct:conformsTo': conformsTo,
      'dct:source': { '@id': seedSource },
      'prov:wasDerivedFrom': { '@id': seedSource },
      'dcat:keyword': ['movies', s.name, s.storage.toLowerCase()],
      'dcat:distribution': [
        distribution('csv', `${s.name}'s movies as CSV, the same columns as every streamer's`, at.csv(s), { 'dcat:mediaType': iana('text/csv') }),
        distribution('jsonl', `${s.name}'s movies as JSON Lines, the same fields as every streamer's`, at.jsonl(s), { 'dct:format': 'application/jsonl' }),
        {
          ...distribution('native', `${s.name}'s native ${storageWords[s.storage]} store as published`, at.native(s), { 'dcat:mediaType': iana(nativeMediaTypes[s.storage]) }),
          'dct:conformsTo': conformsTo,
        },
      ],
    };
  });
  return {
    '@context': dcatContext,
    '@id': at.catalog,
    '@type': 'dcat:Catalog',
    'dct:title': 'Movies supergraph',
    'dct:description':
      "Movie streamers' catalogues, each kept in its own native store (CSV, JSON, SQLite), consumed as one GraphQL API (Apollo Federation) with cross-streamer search, CSV and JSON Lines exports, and a persistent URL per movie.",
    'dct:license': { '@id': licence },
    'dct:conformsTo': { '@id': 'https://www.w3.org/TR/vocab-dcat-3/' },
    'foaf:homepage': { '@id': at.graphql },
    'dcat:dataset': datasets,
    'dcat:service': [
      {
        '@id': `${at.catalog}#graphql`,
        '@type': 'dcat:DataService',
        'dct:title': 'Movies supergraph GraphQL API',
        'dcat:endpointURL': { '@id': at.graphql },
        'dcat:endpointDescription': { '@id': at.sdl },
        'dct:conformsTo': { '@id': 'https://spec.graphql.org/October2021/' },
        'dcat:servesDataset': datasets.map((d) => ({ '@id': d['@id'] })),
        'dct:license': { '@id': licence },
      },
    ],
  };
}

interface CaptureInfo {
  capturedAt: string;
  source: string;
  subject: string | null;
}

type MovieRecord = Record<string, unknown> & { id: string; streamer: string; title: string; capture: CaptureInfo | null };

/** The fields given their own schema.org terms; the other value fields become additionalProperty. */
const mappedFields = new Set(['id', 'streamer', 'title', 'year', 'country', 'classification', 'genre', 'stars', 'rental', 'purchase', 'actors', 'producer']);

const present = (value: unknown) => value !== null && value !== undefined;

/** How a streamer that sets no price per movie offers it, as an Offer without a price. */
const unpricedOffers: Partial<Record<StreamerMeta['offeredAs'], { category: string; description: string }>> = {
  BROADCAST: { category: 'broadcast', description: 'On air, free to watch' },
  SUBSCRIPTION: { category: 'subscription', description: 'Included in a monthly subscription' },
};

/**
 * One movie as a schema.org Movie. Prices become Offers (rental: gr:LeaseOut, purchase: gr:Sell);
 * the stores keep no currency, so none is given rather than one invented. A broadcast or a
 * subscription is an Offer that says so, with no price.
 */
function movieJsonLd(base: string, streamer: StreamerMeta, movie: MovieRecord) {
  const at = addresses(base);
  const offer = (field: 'rental' | 'purchase', businessFunction: string) =>
    typeof movie[field] === 'number'
      ? [{ '@type': 'Offer', name: field, price: movie[field], businessFunction: { '@id': `http://purl.org/goodrelations/v1#${businessFunction}` }, seller: { '@type': 'Organization', name: streamer.name } }]
      : [];
  const unpriced = unpricedOffers[streamer.offeredAs];
  const offers = [
    ...offer('rental', 'LeaseOut'),
    ...offer('purchase', 'Sell'),
    ...(unpriced ? [{ '@type': 'Offer', ...unpriced, seller: { '@type': 'Organization', name: streamer.name } }] : []),
  ];
  const others = streamer.entityFields.filter((field) => !mappedFields.has(field) && present(movie[field]));
  const capture = movie.capture;
  return {
    '@context': schemaOrgContext,
    '@id': at.movie(movie.id),
    '@type': 'Movie',
    identifier: movie.id,
    url: at.movie(movie.id),
    name: movie.title,
    ...(present(movie.year) && { datePublished: { '@value': String(movie.year), '@type': 'xsd:gYear' } }),
    ...(present(movie.country) && { countryOfOrigin: { '@type': 'Country', name: movie.country } }),
    ...(present(movie.classification) && { contentRating: movie.classification }),
    ...(present(movie.genre) && { genre: movie.genre }),
    ...(present(movie.stars) && { aggregateRating: { '@type': 'AggregateRating', ratingValue: movie.stars, worstRating: 0, bestRating: 5 } }),
    ...(Array.isArray(movie.actors) && { actor: movie.actors.map((name) => ({ '@type': 'Person', name })) }),
    ...(present(movie.producer) && { producer: { '@type': 'Person', name: movie.producer } }),
    ...(offers.length > 0 && { offers }),
    ...(others.length > 0 && { additionalProperty: others.map((name) => ({ '@type': 'PropertyValue', name, value: movie[name] })) }),
    provider: { '@type': 'Organization', name: streamer.name },
    isPartOf: { '@id': at.dataset(streamer), '@type': 'Dataset', name: `${streamer.name} catalogue` },
    license: { '@id': licence },
    // Provenance (PROV-O): read from the streamer's native store; a captured record also says its capture.
    'prov:wasDerivedFrom': { '@id': at.native(streamer) },
    ...(capture && {
      'prov:generatedAtTime': { '@value': capture.capturedAt, '@type': 'xsd:dateTime' },
      'prov:wasGeneratedBy': {
        '@type': 'prov:Activity',
        'rdfs:label': `capture into ${streamer.name}: validated, stored, read back and confirmed`,
        'prov:endedAtTime': { '@value': capture.capturedAt, '@type': 'xsd:dateTime' },
        'prov:wasAssociatedWith': [
          { '@type': 'prov:SoftwareAgent', 'rdfs:label': capture.source },
          ...(capture.subject ? [{ '@type': 'prov:Person', 'rdfs:label': capture.subject }] : []),
        ],
      },
      ...(capture.subject && { 'prov:wasAttributedTo': { '@type': 'prov:Agent', 'rdfs:label': capture.subject } }),
    }),
  };
}

const escapeHtml = (text: unknown) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The page a browser gets: the record's fields, its offers and provenance, with the JSON-LD inside. */
function movieHtml(base: string, streamer: StreamerMeta, movie: MovieRecord): string {
  const at = addresses(base);
  const ld = JSON.stringify(movieJsonLd(base, streamer, movie), null, 2).replaceAll('<', '\\u003c');
  const value = (v: unknown) => (Array.isArray(v) ? v.join(', ') : present(v) ? String(v) : '—');
  const rows = streamer.entityFields.map((field) => `<tr><th scope="row">${escapeHtml(field)}</th><td>${escapeHtml(value(movie[field]))}</td></tr>`).join('\n');
  const capture = movie.capture
    ? `<p>Captured ${escapeHtml(movie.capture.capturedAt)} by the client <q>${escapeHtml(movie.capture.source)}</q>${movie.capture.subject ? ` for ${escapeHtml(movie.capture.subject)}` : ''}, then validated, stored and read back.</p>`
    : `<p>Came with ${escapeHtml(streamer.name)}'s native store (not captured through this service).</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(movie.title)} — ${escapeHtml(streamer.name)}</title>
<link rel="canonical" href="${escapeHtml(at.movie(movie.id))}">
<link rel="alternate" type="application/ld+json" href="${escapeHtml(at.movie(movie.id))}">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}th{text-align:left;padding-right:1rem;font-weight:600}code{word-break:break-all}</style>
<script type="application/ld+json">${ld}</script>
</head>
<body>
<h1>${escapeHtml(movie.title)}</h1>
<p>${escapeHtml(streamer.name)} · <code>${escapeHtml(movie.id)}</code></p>
<table>
${rows}
</table>
<h2>Provenance</h2>
${capture}
<p>Part of the dataset <a href="${escapeHtml(at.dataset(streamer))}">${escapeHtml(streamer.name)} catalogue</a> (<a href="${escapeHtml(at.native(streamer))}">native store</a>), licensed <a href="${licence}">Apache-2.0</a>.
Machine-readable: ask this URL with <code>Accept: application/ld+json</code>.</p>
</body>
</html>
`;
}

function notFoundPage(message: string): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body><h1>Not found</h1><p>${escapeHtml(message)}</p></body></html>\n`;
}

/** The movie of a global id with every value field of its type and its capture; undefined when there is none. */
async function readMovie(reader: GraphReader, req: express.Request, id: string): Promise<{ streamer: StreamerMeta; movie: MovieRecord } | undefined> {
  const { identity, streamers } = await reader.caller(req);
  const fragments = streamers.map((s) => `... on ${s.entityType} { ${s.entityFields.join(' ')} capture { capturedAt source subject } }`).join(' ');
  const { movie } = await reader.run<{ movie: (MovieRecord & { __typename: string }) | null }>(
    identity,
    `query MoviePage($id: ID!) { movie(id: $id) { __typename id ${fragments} } }`,
    { id },
  );
  const streamer = movie && streamers.find((s) => s.entityType === movie.__typename);
  if (!movie || !streamer) return undefined;
  const { __typename: _type, ...fields } = movie;
  return { streamer, movie: fields as MovieRecord };
}

const jsonLdType = 'application/ld+json';

export function fairRoutes(reader: GraphReader, config: GatewayConfig): express.Router {
  const router = express.Router();

  router.get(
    '/movies/:id',
    route(async (req, res) => {
      // HTML unless JSON-LD (or JSON) is preferred; a client that takes anything gets the page.
      const wanted = req.accepts(['text/html', jsonLdType, 'application/json']) || 'text/html';
      res.vary('Accept');
      const id = String(req.params.id);
      const found = await readMovie(reader, req, id);
      const base = baseUrlOf(req, config);
      if (!found) {
        const message = `No movie has the id "${id}". Ids look like peartv:8 or ccd:1 (the streamer's subgraph, a colon, the native key); GET ${base}/catalog lists the streamers.`;
        if (wanted === 'text/html') res.status(404).type('html').send(notFoundPage(message));
        else RouteFailure.from(notFound(message, { id })).send(res);
        return;
      }
      if (wanted === 'text/html') res.type('html').send(movieHtml(base, found.streamer, found.movie));
      else res.type(jsonLdType).send(JSON.stringify(movieJsonLd(base, found.streamer, found.movie)));
    }),
  );

  router.get(
    '/catalog',
    route(async (req, res) => {
      const { streamers } = await reader.caller(req);
      res.type(jsonLdType).send(JSON.stringify(dcatCatalog(baseUrlOf(req, config), streamers)));
    }),
  );

  router.get(
    '/schemas/:file',
    route(async (req, res) => {
      const { streamers } = await reader.caller(req);
      const file = String(req.params.file);
      const streamer = streamers.find((s) => `${s.subgraph}.schema.json` === file);
      if (!streamer) {
        throw notFound(`No schema named "${file}"; known: ${streamers.map((s) => `${s.subgraph}.schema.json`).join(', ')}`, { file });
      }
      res.type('application/schema+json').send(JSON.stringify(streamer.schema, null, 2));
    }),
  );

  router.get(
    '/schema.graphql',
    route(async (_req, res) => {
      res.type('text/plain; charset=utf-8').send(await fs.readFile(path.join(schemaDir, 'api.graphql'), 'utf8'));
    }),
  );
  return router;
}
