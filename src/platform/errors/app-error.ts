/**
 * The closed list of error codes the API returns in `extensions.code` (and in userErrors).
 * Add a code here, and to the README's table, or not at all.
 */
export const ErrorCode = {
  /** an argument or input value is wrong; the message says which and why */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** a write without a valid token */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** a token whose role or groups do not cover this write */
  FORBIDDEN: 'FORBIDDEN',
  /** a named object (group, meeting, liaison, …) does not exist */
  NOT_FOUND: 'NOT_FOUND',
  /** an update named a stale version, or a unique key is taken */
  CONFLICT: 'CONFLICT',
  /** a status change the object's lifecycle does not allow */
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  /** the query is too deep, too wide or too costly */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** the request ran past its time budget (REQUEST_TIMEOUT_MS) and was stopped */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /** too many requests; retry after the Retry-After header */
  RATE_LIMITED: 'RATE_LIMITED',
  /** the database does not answer; retry later */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** the request is not GraphQL (malformed JSON, wrong method or content type) */
  BAD_REQUEST: 'BAD_REQUEST',
  /**
   * a GET or POST named a persisted query by hash that this server does not know: send it again
   * with the query text (Apollo's automatic persisted queries; clients retry on this code)
   */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** the query text does not parse */
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  /** the query does not fit the schema */
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  /** anything unexpected: masked, logged with the request id */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ERROR_CODES: readonly ErrorCode[] = Object.values(ErrorCode);

/**
 * An error the API reports as it is (message and code), unlike unexpected errors, which are
 * masked. Domains subclass it (GroupError, LiaisonError, …) so the origin shows in logs.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** the input field the error is about, e.g. "input.deadline" or "first" */
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export function badInput(field: string, message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, field);
}
