import { GraphQLError, type ASTNode, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError, ERROR_CODES, ErrorCode } from '../errors/app-error.js';

/**
 * The one place errors become what clients see: GraphQL errors (formatError) and the
 * JSON error bodies of requests that never reach GraphQL (formatHttpError). Every error leaves
 * with an `extensions.code` from the closed list in app-error.ts; anything unexpected is masked.
 */

/** Errors that mean the database is out of reach, not that the request is wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; name?: string; message?: string; cause?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08006', '08001', '08003', '08004'].includes(e.code ?? '') ||
    e.name === 'KnexTimeoutError' ||
    e.name === 'ConnectionException' ||
    // "Timeout acquiring a connection": every pooled connection hangs on a silent database (knex's
    // KnexTimeoutError, renamed DriverException by MikroORM, which keeps only its message)
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|^timeout expired$|Client has encountered a connection error|Too many connections|Timeout acquiring a connection/i.test(
      e.message ?? '',
    ) ||
    (e.cause !== undefined && e.cause !== e && isDatabaseUnavailable(e.cause))
  );
}

/**
 * Codes that Apollo Server or graphql-js use but this API does not: each is mapped to the
 * code of ours that means the same to a client (an operationName that names no operation is a
 * bad request). PERSISTED_QUERY_NOT_FOUND is ours too: persisted-query clients retry on it.
 */
const FOREIGN_CODES: Record<string, ErrorCode> = {
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_REQUEST,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_REQUEST,
  INTROSPECTION_DISABLED: ErrorCode.GRAPHQL_VALIDATION_FAILED,
  MAX_RECURSIVE_SELECTIONS_EXCEEDED: ErrorCode.QUERY_TOO_COMPLEX,
};

/** The AppError behind an error: thrown by a resolver, or carried by a validation or plugin error. */
function appErrorOf(error: unknown): AppError | undefined {
  const unwrapped = unwrapResolverError(error);
  if (unwrapped instanceof AppError) return unwrapped;
  if (unwrapped instanceof GraphQLError && unwrapped.originalError instanceof AppError) return unwrapped.originalError;
  return undefined;
}

/**
 * graphql-js and Apollo errors that carry no code but are the client's doing: more than 50 bad
 * variable values (graphql stops coercing and says so in this one error); a persisted query
 * whose hash is not its text's, or of a version other than 1.
 */
const UNCODED_CLIENT_ERRORS: [RegExp, ErrorCode][] = [
  [/^Too many errors processing variables/, ErrorCode.BAD_USER_INPUT],
  [/^provided sha does not match query$/, ErrorCode.BAD_REQUEST],
  [/^Unsupported persisted query version$/, ErrorCode.BAD_REQUEST],
];

/** A GraphQL error of graphql-js or Apollo (parse, validation, coercion, protocol) with a code we can show. */
function ownCode(formatted: GraphQLFormattedError, error: unknown): ErrorCode | undefined {
  const original = unwrapResolverError(error);
  const ownError = original instanceof GraphQLError || !(original instanceof Error);
  const code = formatted.extensions?.code;
  if (ownError && !formatted.path) {
    const known = UNCODED_CLIENT_ERRORS.find(([pattern]) => pattern.test(formatted.message));
    if (known) return known[1];
  }
  if (!ownError || typeof code !== 'string' || code === ErrorCode.INTERNAL_SERVER_ERROR) return undefined;
  if (ERROR_CODES.includes(code as ErrorCode)) return code as ErrorCode;
  return FOREIGN_CODES[code];
}

/** How an error should be logged: expected ones are the client's doing, unexpected ones are ours. */
export type ErrorKind = 'expected' | 'unavailable' | 'unexpected';

export function errorKind(error: GraphQLError): ErrorKind {
  if (appErrorOf(error)) return 'expected';
  if (isDatabaseUnavailable(unwrapResolverError(error))) return 'unavailable';
  const code = error.extensions?.code;
  const formatted = { message: error.message, path: error.path, extensions: code === undefined ? {} : { code } };
  return ownCode(formatted, error) ? 'expected' : 'unexpected';
}

/**
 * Apollo's formatError: AppErrors keep their message and code, GraphQL's own parse/validation/
 * coercion errors keep theirs, a lost database is SERVICE_UNAVAILABLE, anything else is masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const appError = appErrorOf(error);
  if (appError) {
    return {
      message: appError.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: appError.code, ...(appError.field ? { field: appError.field } : {}), ...appError.details },
    };
  }
  if (isDatabaseUnavailable(unwrapResolverError(error))) {
    return {
      message: 'The database is not answering; try again shortly.',
      path: formatted.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    };
  }
  const code = ownCode(formatted, error);
  if (code) return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/**
 * A request refused before execution (by a validation rule or a plugin): a GraphQL error
 * carrying the AppError that formatError shows, with the HTTP status of its code.
 */
export function refusal(error: AppError, nodes?: readonly ASTNode[]): GraphQLError {
  return new GraphQLError(error.message, {
    nodes,
    originalError: error,
    extensions: { http: { status: HTTP_STATUS[error.code] ?? 400 } },
  });
}

/** A query refused by a limit (depth, aliases, directives, cost): HTTP 400, no execution. */
export function queryTooComplex(message: string, details: Record<string, unknown>, nodes?: readonly ASTNode[]): GraphQLError {
  return refusal(new AppError(ErrorCode.QUERY_TOO_COMPLEX, message, undefined, details), nodes);
}

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_REQUEST]: 400,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.QUERY_TOO_COMPLEX]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.QUERY_TIMEOUT]: 503,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/** the HTTP status of an error code (400 for the client's other mistakes) */
export function httpStatusOf(code: ErrorCode): number {
  return HTTP_STATUS[code] ?? 400;
}

/** body-parser's error types, in words a client can act on */
const BODY_ERRORS: Record<string, string> = {
  'entity.too.large': 'The request body is too large (100 kB at most).',
  'entity.parse.failed': 'The request body is not valid JSON.',
  'encoding.unsupported': 'The request body has a content encoding this server does not read (use identity, gzip or deflate).',
  'charset.unsupported': 'The request body has a charset this server does not read (use utf-8).',
  'request.aborted': 'The request body was cut off.',
  'request.size.invalid': 'The request body is not as long as its Content-Length says.',
};

/**
 * Errors of requests that never reach GraphQL (malformed or oversized bodies, over-long
 * queries, rate limits, unknown paths), as a GraphQL-shaped error body with a status.
 */
export function formatHttpError(err: unknown): { status: number; error: GraphQLFormattedError; unexpected: boolean } {
  if (err instanceof AppError) {
    return {
      status: HTTP_STATUS[err.code] ?? 400,
      error: { message: err.message, extensions: { code: err.code, ...(err.field ? { field: err.field } : {}), ...err.details } },
      unexpected: false,
    };
  }
  const e = err as { status?: unknown; type?: unknown } | null;
  const status = typeof e?.status === 'number' ? e.status : 500;
  if (status >= 400 && status < 500) {
    const limit = (err as { limit?: unknown }).limit;
    // the limit differs by endpoint (the ingestion endpoint takes documents): say which applied
    const message =
      e?.type === 'entity.too.large' && typeof limit === 'number'
        ? `The request body is too large (${limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MB` : `${Math.round(limit / 1024)} kB`} at most on this endpoint).`
        : (typeof e?.type === 'string' && BODY_ERRORS[e.type]) || 'The request could not be read.';
    return { status, error: { message, extensions: { code: ErrorCode.BAD_REQUEST } }, unexpected: false };
  }
  return { status: 500, error: { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }, unexpected: true };
}
