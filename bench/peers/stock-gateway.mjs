// A stock @apollo/gateway + @apollo/server (standalone) over our supergraph: what `npm run bench`
// compares our gateway with. Nothing beyond the defaults but what our subgraphs need: their URLs
// (the supergraph's join__graph URLs are the default ports) and the gateway's proof on every call.
// Environment: BENCH_SUPERGRAPH (file), BENCH_PORT, BENCH_SUBGRAPH_URLS (JSON name → URL),
// BENCH_INTERNAL_TOKEN (sent as x-internal-token).
import fs from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const env = (name) => process.env[name] ?? (() => { throw new Error(`${name} is not set`); })();
const urls = JSON.parse(env('BENCH_SUBGRAPH_URLS'));
const token = env('BENCH_INTERNAL_TOKEN');

class ProvedDataSource extends RemoteGraphQLDataSource {
  willSendRequest({ request }) {
    request.http?.headers.set('x-internal-token', token);
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: fs.readFileSync(env('BENCH_SUPERGRAPH'), 'utf8'),
  buildService: ({ name }) => new ProvedDataSource({ url: urls[name] }),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: Number(env('BENCH_PORT')) } });
console.log(`stock @apollo/gateway listening at ${url} (pid ${process.pid})`);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void server.stop().then(() => process.exit(0)));
