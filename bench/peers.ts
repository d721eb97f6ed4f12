// The three gateways the bench compares, each started as its own process over the same running
// subgraphs: ours, Hive Gateway and a stock @apollo/gateway. The peers (and the load generator) are
// installed from bench/peers/package-lock.json on first run, never among the service's dependencies.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SignJWT } from 'jose';
import { internalTokenHeader } from '../core/auth.js';
import { distDir, repoRoot } from '../core/paths.js';
import type { ChildSpec } from './processes.js';

export const peersDir = path.join(repoRoot, 'bench/peers');
export const supergraphFile = path.join(repoRoot, 'schema/supergraph.graphql');

export type GatewayName = 'ours' | 'hive' | 'stock';
export const gatewayNames: readonly GatewayName[] = ['ours', 'hive', 'stock'];

/** `npm ci` in bench/peers when its node_modules is missing (the first run on a machine). */
export function ensurePeersInstalled(): void {
  if (fs.existsSync(path.join(peersDir, 'node_modules'))) return;
  console.log('Installing the peer gateways and autocannon (npm ci --prefix bench/peers) ...');
  execFileSync('npm', ['ci', '--prefix', peersDir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

/**
 * `npm run build`: our services run compiled, as `npm start` runs them in production (plain node,
 * nothing compiled at start-up, like the peers), built from the sources as they are now.
 */
export function buildOurServices(): void {
  console.log('Building our services (npm run build) ...');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
}

/**
 * The proof our subgraphs demand, signed once for the peers: what signInternalToken signs (issuer
 * movies-supergraph, HS256, anonymous: no subject, no scopes), but valid for the whole run instead of
 * a minute. Our own gateway signs its own, per call, as it always does.
 */
export function longInternalToken(internalSecret: string): Promise<string> {
  return new SignJWT({ scope: '' })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('movies-supergraph')
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(new TextEncoder().encode(internalSecret));
}

/** The headers that prove a direct call to a subgraph came from a gateway. */
export function proofHeaders(token: string): Record<string, string> {
  return { [internalTokenHeader]: token };
}

/** Only what a child needs from our environment: no stray PORT, HOST or secrets reach it. */
export function baseEnv(): Record<string, string> {
  // No line per request (the peers write none either); warnings and faults still reach the log kept for a failed start.
  const env: Record<string, string> = { NODE_ENV: 'production', LOG_LEVEL: 'warn' };
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG']) {
    const value = process.env[name];
    if (value) env[name] = value;
  }
  return env;
}

export interface GatewaySetup {
  dataDir: string;
  port: number;
  /** Subgraph name → where it runs. */
  subgraphUrls: Map<string, string>;
  /** The peers' long-lived proof. */
  peerToken: string;
  probe(url: string): Promise<boolean>;
}

export function gatewaySpec(name: GatewayName, setup: GatewaySetup): ChildSpec {
  // Hive Gateway serves GraphQL at /graphql (GraphQL Yoga's default); the two Apollo ones at /.
  const url = `http://127.0.0.1:${setup.port}/${name === 'hive' ? 'graphql' : ''}`;
  const urlsJson = JSON.stringify(Object.fromEntries(setup.subgraphUrls));
  const common = { url, probe: setup.probe, timeoutMs: 30_000 };
  switch (name) {
    case 'ours': {
      // dist/gateway/main.js: startGateway(loadGatewayConfig()) compiled, as `npm start` runs it,
      // with the defaults of production; it signs its proof with the local key of DATA_DIR.
      const env: Record<string, string> = { ...baseEnv(), DATA_DIR: setup.dataDir, GATEWAY_PORT: String(setup.port) };
      for (const [subgraph, subgraphUrl] of setup.subgraphUrls) env[`${subgraph.toUpperCase()}_URL`] = subgraphUrl;
      return { ...common, name: 'ours', command: process.execPath, args: [path.join(distDir, 'gateway/main.js')], cwd: repoRoot, env };
    }
    case 'hive':
      return {
        ...common,
        name: 'hive',
        command: process.execPath,
        args: [
          path.join(peersDir, 'node_modules/@graphql-hive/gateway/dist/bin.js'),
          'supergraph', supergraphFile, '--port', String(setup.port), '--host', '127.0.0.1', '--config-path', path.join(peersDir, 'hive-gateway.config.mjs'),
        ],
        cwd: peersDir,
        env: { ...baseEnv(), BENCH_SUBGRAPH_URLS: urlsJson, BENCH_INTERNAL_TOKEN: setup.peerToken },
      };
    case 'stock':
      return {
        ...common,
        name: 'stock',
        command: process.execPath,
        args: [path.join(peersDir, 'stock-gateway.mjs')],
        cwd: peersDir,
        env: {
          ...baseEnv(),
          BENCH_SUPERGRAPH: supergraphFile,
          BENCH_PORT: String(setup.port),
          BENCH_SUBGRAPH_URLS: urlsJson,
          BENCH_INTERNAL_TOKEN: setup.peerToken,
          // The gateway's own telemetry call home: not what is measured, and often no internet here.
          APOLLO_TELEMETRY_DISABLED: 'true',
        },
      };
  }
}
