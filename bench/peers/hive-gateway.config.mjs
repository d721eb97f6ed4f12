// Hive Gateway's configuration for `npm run bench`: its defaults, plus what our subgraphs need —
// where each one runs (the supergraph's join__graph URLs are the default ports) and the gateway's
// proof on every call (`transportEntries`: per subgraph `location` and `headers`).
// Environment: BENCH_SUBGRAPH_URLS (JSON name → URL), BENCH_INTERNAL_TOKEN (sent as x-internal-token).
import { defineConfig } from '@graphql-hive/gateway';

const urls = JSON.parse(process.env.BENCH_SUBGRAPH_URLS ?? '{}');
const token = process.env.BENCH_INTERNAL_TOKEN ?? '';

export const gatewayConfig = defineConfig({
  transportEntries: Object.fromEntries(
    Object.entries(urls).map(([subgraph, location]) => [subgraph, { location, headers: [['x-internal-token', token]] }]),
  ),
});
