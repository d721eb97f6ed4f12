// Load generation: autocannon (installed in bench/peers, not a dependency of the service), keeping
// every response's latency so that rounds can be pooled into one p50 and p99, and counting as an
// error every answer that is not 200 or carries a GraphQL `errors` array.
import { createRequire } from 'node:module';
import path from 'node:path';
import { peersDir } from './peers.js';

// What we use of autocannon's API, typed here: its types live in bench/peers, which `tsc -p .` must
// not need (a fresh clone type-checks without the peers installed).
interface CannonRequest {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
  setupRequest?: (request: CannonRequest) => CannonRequest;
  onResponse?: (status: number, body: string) => void;
}
interface CannonOptions {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  timeout: number;
  requests: CannonRequest[];
}
interface CannonResult {
  errors: number;
  timeouts: number;
}
interface CannonInstance {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, latencyMs: number) => void): void;
}
type Autocannon = (options: CannonOptions, done: (err: Error | null, result: CannonResult) => void) => CannonInstance;

let cannon: Autocannon | undefined;
function autocannon(): Autocannon {
  cannon ??= createRequire(path.join(peersDir, 'package.json'))('autocannon') as Autocannon;
  return cannon;
}

/** What counts as a failed answer: not 200, or a GraphQL errors array (both cheap to see in the text). */
export type IsError = (status: number, body: string) => boolean;
export const graphqlError: IsError = (status, body) => status !== 200 || body.includes('"errors":[');

export interface Load {
  url: string;
  headers: Record<string, string>;
  /** The request body: one for all, or a new one for every request. */
  body: string | (() => string);
  isError?: IsError;
  connections: number;
  /** Run for this many seconds ... */
  seconds?: number;
  /** ... or send exactly this many requests. */
  amount?: number;
}

/** One run's outcome; runs of the same scenario and target are pooled with `pool`. */
export interface Sample {
  requests: number;
  errors: number;
  /** The first failed answer (cut short), to say why in the report. */
  firstError?: string;
  seconds: number;
  latencies: number[];
}

export function run(load: Load): Promise<Sample> {
  const sample: Sample = { requests: 0, errors: 0, seconds: 0, latencies: [] };
  const isError = load.isError ?? graphqlError;
  const { body } = load;
  const request: CannonRequest = {
    method: 'POST',
    path: new URL(load.url).pathname,
    headers: { 'content-type': 'application/json', accept: 'application/json', ...load.headers },
    body: typeof body === 'string' ? body : body(),
    onResponse: (status, text) => {
      if (!isError(status, text)) return;
      sample.errors++;
      sample.firstError ??= `${status} ${text.slice(0, 300)}`;
    },
  };
  if (typeof body !== 'string') request.setupRequest = (previous) => ({ ...previous, body: body() });
  // Our own clock, first request to last answer: autocannon's own duration counts in whole seconds
  // (it stops at its next one-second tick), which would misstate a run of a few slow requests.
  const started = performance.now();
  let lastAnswer = started;
  return new Promise((resolve, reject) => {
    const instance = autocannon()(
      {
        url: load.url,
        connections: load.connections,
        ...(load.amount ? { amount: load.amount } : { duration: load.seconds ?? 1 }),
        timeout: 30,
        requests: [request],
      },
      (err, result) => {
        if (err) return reject(err);
        // Connection errors and timeouts never produce a response: errors too.
        sample.errors += result.errors + result.timeouts;
        sample.seconds = (lastAnswer - started) / 1000;
        resolve(sample);
      },
    );
    instance.on('response', (_client, _status, _bytes, latencyMs) => {
      lastAnswer = performance.now();
      sample.requests++;
      sample.latencies.push(latencyMs);
    });
  });
}

/** Time a synchronous operation, one call after another, for `seconds` or `times` calls. */
export function runSync(operation: () => void, limit: { seconds: number } | { times: number }): Sample {
  const sample: Sample = { requests: 0, errors: 0, seconds: 0, latencies: [] };
  const started = performance.now();
  const done = () => ('times' in limit ? sample.requests >= limit.times : performance.now() - started >= limit.seconds * 1000);
  while (!done()) {
    const before = performance.now();
    try {
      operation();
    } catch (err) {
      sample.errors++;
      sample.firstError ??= String(err);
    }
    sample.latencies.push(performance.now() - before);
    sample.requests++;
  }
  sample.seconds = (performance.now() - started) / 1000;
  return sample;
}

export function pool(samples: Sample[]): Sample {
  const firstError = samples.find((s) => s.firstError)?.firstError;
  return {
    requests: samples.reduce((sum, s) => sum + s.requests, 0),
    errors: samples.reduce((sum, s) => sum + s.errors, 0),
    ...(firstError ? { firstError } : {}),
    seconds: samples.reduce((sum, s) => sum + s.seconds, 0),
    latencies: samples.flatMap((s) => s.latencies),
  };
}

/** The nearest-rank percentile of a sample's latencies, in milliseconds. */
export function percentile(latencies: number[], q: number): number {
  if (latencies.length === 0) return NaN;
  const sorted = Float64Array.from(latencies).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
