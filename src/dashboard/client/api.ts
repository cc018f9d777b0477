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

/** sha256 of a query text in hex, as persisted queries name it; null where the browser has no
 * WebCrypto (a page served over plain HTTP from another host than localhost) */
async function persistedHash(text: string): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * A read as a GET by persisted-query hash: a short URL the browser and a CDN can cache (the
 * server trusts the dashboard's operations, see platform/server/http-cache.ts); the
 * Apollo-Require-Preflight header is what Apollo's CSRF prevention asks of a GET.
 */
async function getByHash(text: string, variables: unknown): Promise<Response | null> {
  // only reads go by GET (Apollo refuses a mutation sent so)
  if (!/^\s*query\b/.test(text)) return null;
  const hash = await persistedHash(text);
  if (!hash) return null;
  const operationName = /^\s*query\s+(\w+)/.exec(text)?.[1];
  const params = new URLSearchParams({
    ...(operationName ? { operationName } : {}),
    variables: JSON.stringify(variables ?? {}),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
  });
  return fetch(`/graphql?${params}`, {
    headers: { accept: 'application/json', 'apollo-require-preflight': 'true', ...authorizationHeader() },
    // always revalidate (a 304 when nothing changed): a page redrawn after a change, or after the
    // person's own save, must not show the browser's older copy; shared caches still use max-age
    cache: 'no-cache',
  });
}

/**
 * Runs one of the dashboard's operations (src/dashboard/client/operations/*.graphql) against the
 * same server's /graphql. The result type comes from GraphQL Code Generator, so the pages only
 * read fields the operations ask for. Reads go by GET and persisted-query hash where the browser
 * can hash, else by POST.
 */
export async function query<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  return send('/graphql', document, variables, true);
}

/**
 * A mutation POSTed to another GraphQL endpoint of the same server: /graphql/ingest takes
 * documents (up to 10 MB) that /graphql's 100 kB body limit refuses.
 */
export function mutateAt<TResult, TVariables>(endpoint: string, document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  return send(endpoint, document, variables, false);
}

async function send<TResult, TVariables>(endpoint: string, document: TypedDocumentString<TResult, TVariables>, variables: TVariables | undefined, byHash: boolean): Promise<TResult> {
  const text = document.toString();
  let response: Response;
  try {
    response =
      (byHash ? await getByHash(text, variables) : null) ??
      (await fetch(endpoint, {
        method: 'POST',
        // the signed-in token (forms/): a bearer header, never a cookie, so no CSRF surface
        headers: { 'content-type': 'application/json', accept: 'application/json', ...authorizationHeader() },
        body: JSON.stringify({ query: text, variables: variables ?? {} }),
      }));
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
