import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError, ERROR_CODES, ErrorCode } from '../errors/app-error.js';

/** Errors that mean the database is out of reach, not that the request is wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; name?: string; message?: string } | null;
  if (!e) return false;
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P03', '08006', '08001', '08003'].includes(e.code ?? '') ||
    e.name === 'KnexTimeoutError' ||
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(e.message ?? '')
  );
}

/**
 * The one place errors become GraphQL errors: AppErrors keep their message and code,
 * GraphQL's own parse/validation/coercion errors keep theirs, anything else is masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}), ...original.details },
    };
  }
  if (isDatabaseUnavailable(original)) {
    return {
      message: 'The database is not answering; try again shortly.',
      path: formatted.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    };
  }
  // graphql's and Apollo's own errors (parse, validation, variable coercion) come as GraphQLErrors
  const code = formatted.extensions?.code;
  const ownError = original instanceof GraphQLError || !(original instanceof Error);
  if (ownError && typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR && ERROR_CODES.includes(code as ErrorCode)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
