import type { TypedDocumentString } from './generated.js';
import { authorizationHeader } from './token.js';

/** The API said no, or could not be reached: the page shows the message and the code. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    /** the input field the error is about, when the API names one */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * Runs one of the dashboard's operations (src/dashboard/client/operations/*.graphql) against the
 * same server's /graphql. The result type comes from GraphQL Code Generator, so the pages only
 * read fields the operations ask for.
 */
export async function query<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      // the signed-in token (forms/): a bearer header, never a cookie, so no CSRF surface
      headers: { 'content-type': 'application/json', accept: 'application/json', ...authorizationHeader() },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError('The server does not answer. Is it running?', undefined);
  }
  let body: { data?: TResult; errors?: { message: string; extensions?: { code?: string; field?: string } }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The server answered ${response.status} without a GraphQL result.`, undefined);
  }
  if (body.errors?.length) {
    const [first] = body.errors;
    throw new ApiError(first!.message, first!.extensions?.code, first!.extensions?.field);
  }
  if (!body.data) throw new ApiError(`The server answered ${response.status} without data.`, undefined);
  return body.data;
}
