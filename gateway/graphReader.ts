// How the gateway's own HTTP routes (exports, FAIR metadata) read the graph: they run GraphQL
// operations against the gateway's own Apollo Server (`executeOperation`), for the caller's identity.
// So they see exactly what the public API serves, through the same plan, subgraph proofs, limits,
// timeouts and error codes, and they work wherever the subgraphs run; nothing here reads a store.
import type { ApolloServer } from '@apollo/server';
import type express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { OfferKind, StorageKind } from '../client/generated/api.js';
import type { Identity } from '../core/auth.js';
import { ErrorCode } from '../core/errors.js';
import { noteErrorCodes, requestLogger, serviceLogger } from '../core/log.js';
import { identityOf, type GatewayContext } from './auth.js';
import type { GatewayConfig } from './config.js';

/** What the catalog's `streamers` says of one streamer (the API's own types): all the routes need to know of it. */
export interface StreamerMeta {
  name: string;
  subgraph: string;
  entityType: string;
  storage: StorageKind;
  offeredAs: OfferKind;
  schema: Record<string, unknown>;
  api: { list: string; byId: string };
  /** Its entity's value fields, the shared Movie fields first. */
  entityFields: string[];
}

const streamersQuery = `query GatewayStreamers { streamers { name subgraph entityType storage offeredAs schema api { list byId } entityFields } }`;

const httpStatusOf: Partial<Record<string, number>> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.OperationLimit]: 400,
  [ErrorCode.GraphQLValidationFailed]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.StreamerUnavailable]: 503,
  [ErrorCode.SubgraphUnavailable]: 503,
  [ErrorCode.StorageUnavailable]: 503,
};

/** A refusal or failure of one of these routes: its HTTP status and GraphQL-shaped errors. */
export class RouteFailure extends Error {
  readonly status: number;
  constructor(readonly errors: GraphQLFormattedError[]) {
    super(errors.map((e) => e.message).join('; '));
    const code = String(errors[0]?.extensions?.code ?? ErrorCode.Internal);
    this.status = httpStatusOf[code] ?? 500;
  }

  static of(message: string, code: string, extensions: Record<string, unknown> = {}): RouteFailure {
    return new RouteFailure([{ message, extensions: { code, ...extensions } }]);
  }

  /** Any error as a RouteFailure: a GraphQLError keeps its message and code; others say no more than "internal". */
  static from(err: unknown): RouteFailure {
    if (err instanceof RouteFailure) return err;
    const coded = err as { message?: string; extensions?: Record<string, unknown> };
    if (coded?.extensions?.code) {
      const { http: _status, ...extensions } = coded.extensions; // Apollo Server's hint, not for clients
      return new RouteFailure([{ message: coded.message ?? 'Error', extensions }]);
    }
    return RouteFailure.of('Internal server error', ErrorCode.Internal);
  }

  send(res: express.Response): void {
    res.status(this.status).json({ errors: this.errors });
  }
}

const validName = /^[_A-Za-z][_0-9A-Za-z]*$/;

export class GraphReader {
  /** The registry does not change while the gateway runs (its supergraph is fixed): asked once. */
  private streamerList: Promise<StreamerMeta[]> | undefined;

  constructor(
    private readonly server: ApolloServer<GatewayContext>,
    private readonly config: GatewayConfig,
  ) {}

  /** Who calls (the same door as GraphQL: a bearer token; anonymous unless reads need one), and the streamers they see. */
  async caller(req: express.Request): Promise<{ identity: Identity; streamers: StreamerMeta[] }> {
    const identity = await identityOf(req.headers.authorization, this.config);
    return { identity, streamers: await this.streamers(identity) };
  }

  /** One operation's data; a RouteFailure with the operation's errors when it has any. */
  async run<T>(identity: Identity, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.server.executeOperation({ query, variables }, { contextValue: { identity } });
    if (response.body.kind !== 'single') throw RouteFailure.of('Unexpected incremental result', ErrorCode.Internal);
    const { data, errors } = response.body.singleResult;
    if (errors?.length) throw new RouteFailure([...errors]);
    return data as T;
  }

  streamers(identity: Identity): Promise<StreamerMeta[]> {
    this.streamerList ??= this.run<{ streamers: StreamerMeta[] }>(identity, streamersQuery).then(({ streamers }) => {
      // Names from the catalog go into operation text: only GraphQL names are accepted.
      for (const s of streamers) {
        const names = [s.entityType, s.api.list, s.api.byId, ...s.entityFields];
        if (!names.every((name) => validName.test(name))) throw RouteFailure.of(`Streamer ${s.name} has a field name that is not a GraphQL name`, ErrorCode.Internal);
      }
      return streamers;
    });
    // A failure is not kept: the next request asks again.
    this.streamerList.catch(() => (this.streamerList = undefined));
    return this.streamerList;
  }

  /** The streamer named (as in Movie.streamer, or its subgraph's name), ignoring case. */
  static find(streamers: StreamerMeta[], name: string): StreamerMeta | undefined {
    const wanted = name.trim().toLowerCase();
    return streamers.find((s) => s.name.toLowerCase() === wanted || s.subgraph === wanted);
  }
}

/** The service's absolute base URL, without a trailing slash: PUBLIC_URL, else the request's own host. */
export function baseUrlOf(req: express.Request, config: GatewayConfig): string {
  return (config.publicUrl ?? `${req.protocol}://${req.get('host')}`).replace(/\/+$/, '');
}

/**
 * An Express handler whose failures (thrown or rejected) are answered as coded JSON errors, their
 * codes on the request's log line; faults of the service's own, and downloads cut short, are logged
 * with their cause.
 */
export function route(handler: (req: express.Request, res: express.Response) => Promise<void>): express.RequestHandler {
  return (req, res) =>
    void handler(req, res).catch((err: unknown) => {
      const failure = RouteFailure.from(err);
      const log = requestLogger(serviceLogger('gateway'));
      if (res.headersSent) {
        // Mid-download: cut the connection, so the client sees a failed transfer, not a short file.
        if (!res.destroyed) log.error({ err, code: failure.errors[0]?.extensions?.code }, `${req.path} cut short: ${failure.message}`);
        res.destroy();
        return;
      }
      noteErrorCodes(failure.errors.map((e) => String(e.extensions?.code)));
      if (failure.status === 500) log.error({ err }, `internal error: ${(err as Error)?.message}`);
      failure.send(res);
    });
}
