// The codes the service puts in `extensions.code`: the catalogue's words, in a module with no
// imports, so the client package can carry them without the server's dependencies.

export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  /** No token, or one that is expired, forged or malformed; or a subgraph called without the gateway's proof. */
  Unauthenticated = 'UNAUTHENTICATED',
  /** A valid token without the scope the operation needs. */
  Forbidden = 'FORBIDDEN',
  /** An operation over one of the gateway's limits (aliases, depth, tokens, directives, cost). */
  OperationLimit = 'OPERATION_LIMIT',
  /** A request body that is not JSON, or too large. */
  BadRequest = 'BAD_REQUEST',
  /** A URL of the gateway's plain HTTP routes (a movie's page, an export) that names nothing. */
  NotFound = 'NOT_FOUND',
  StorageUnavailable = 'STORAGE_UNAVAILABLE',
  StreamerUnavailable = 'STREAMER_UNAVAILABLE',
  SubgraphUnavailable = 'SUBGRAPH_UNAVAILABLE',
  GraphQLParseFailed = 'GRAPHQL_PARSE_FAILED',
  GraphQLValidationFailed = 'GRAPHQL_VALIDATION_FAILED',
  Internal = 'INTERNAL_SERVER_ERROR',
}
