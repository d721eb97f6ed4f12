// OpenTelemetry tracing, off unless an OTLP endpoint is configured (OTEL_EXPORTER_OTLP_ENDPOINT).
// @apollo/gateway makes its own spans (request, plan, each subgraph fetch) once a provider is
// registered; ours are each service's HTTP requests, the catalog's streamer calls and every store
// read and write. The W3C `traceparent` header carries a trace from service to service, so one
// search is one trace across the gateway, the catalog and the streamers.
import { context, propagation, SpanKind, SpanStatusCode, trace, type Attributes } from '@opentelemetry/api';
import type { RequestHandler } from 'express';
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

/** Headers that carry the active trace to the service called next; none when tracing is off. */
export function traceHeaders(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

/** Express middleware: each request is a span that continues the caller's trace, if it sent one. */
export function traceRequests(): RequestHandler {
  return (req, res, next) => {
    const caller = propagation.extract(context.active(), req.headers);
    tracer.startActiveSpan(`${req.method} ${req.path}`, { kind: SpanKind.SERVER, attributes: { 'http.method': req.method, 'url.path': req.path } }, caller, (span) => {
      res.once('close', () => {
        span.setAttribute('http.status_code', res.statusCode);
        if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      });
      next();
    });
  };
}
