// OpenTelemetry tracing, off unless an OTLP endpoint is configured (OTEL_EXPORTER_OTLP_ENDPOINT).
// @apollo/gateway makes its own spans (request, plan, each subgraph fetch) once a provider is
// registered; ours are the catalog's streamer calls and every store read and write.
import { SpanStatusCode, trace, type Attributes } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { Env } from './config.js';

/** Export this process's spans to the OTLP/HTTP endpoint, when there is one; a no-op otherwise. */
export function startTracing(service: string, env: Env): { shutdown(): Promise<void> } | undefined {
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return undefined;
  const provider = new NodeTracerProvider({
    resource: new Resource({ 'service.name': service }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: new URL('v1/traces', endpoint.endsWith('/') ? endpoint : `${endpoint}/`).href }))],
  });
  provider.register();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void provider.shutdown());
  return provider;
}

const tracer = trace.getTracer('movies-supergraph');

/** Run work in a span named for it; errors mark the span. Costs nothing when tracing is off. */
export function traced<T>(name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work();
    } catch (err) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
      throw err;
    } finally {
      span.end();
    }
  });
}
