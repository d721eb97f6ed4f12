// Prometheus metrics, one registry per service (several services can share a process in tests):
// the process's own (event-loop lag, memory, CPU) and how long each GraphQL operation took, by
// operation name and outcome. Services add their own: subgraph fetches, streamer calls, captures,
// records served, store size. Served at GET /metrics.
import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

const seconds = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operations: Histogram<'operation' | 'outcome'>;

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.operations = this.histogram('graphql_operation_duration_seconds', 'GraphQL operations, by name and outcome (ok or the first error code)', ['operation', 'outcome']);
  }

  histogram<L extends string>(name: string, help: string, labelNames: L[]): Histogram<L> {
    return new Histogram({ name, help, labelNames, buckets: seconds, registers: [this.registry] });
  }

  counter<L extends string>(name: string, help: string, labelNames: L[]): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  /** A gauge read when scraped. */
  gauge(name: string, help: string, read: () => number): Gauge {
    return new Gauge({ name, help, registers: [this.registry], collect() { this.set(read()); } });
  }

  /** Times every operation: its name (`anonymous` without one) and `ok` or its first error's code. */
  plugin<TContext extends object>(): ApolloServerPlugin<TContext> {
    const operations = this.operations;
    return {
      async requestDidStart() {
        const end = operations.startTimer();
        return {
          async willSendResponse({ operationName, response }) {
            const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
            const outcome = errors?.length ? String(errors[0]!.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'ok';
            end({ operation: operationName ?? 'anonymous', outcome });
          },
        };
      },
    };
  }

  /** GET /metrics, in Prometheus's text format. */
  handler(): express.RequestHandler {
    return (_req, res, next) => {
      this.registry.metrics().then((text) => res.type(this.registry.contentType).send(text), next);
    };
  }
}

/** Time a promise into a histogram, labelled `ok`, or the error's code or name. */
export async function timed<T, L extends string>(histogram: Histogram<L | 'outcome'>, labels: Partial<Record<L, string>>, work: () => Promise<T>): Promise<T> {
  const end = histogram.startTimer(labels as Partial<Record<L | 'outcome', string>>);
  try {
    const result = await work();
    end({ outcome: 'ok' } as Partial<Record<L | 'outcome', string>>);
    return result;
  } catch (err) {
    const code = (err as { extensions?: { code?: unknown } }).extensions?.code;
    end({ outcome: String(code ?? (err as Error).name) } as Partial<Record<L | 'outcome', string>>);
    throw err;
  }
}
