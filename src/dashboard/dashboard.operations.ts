import * as generated from './client/generated.js';

/**
 * The query texts the dashboard sends (its operations, as GraphQL Code Generator wrote them):
 * the server trusts them as persisted queries, so the dashboard's GET reads are known by hash to
 * every process from the start (platform/server/http-cache.ts).
 */
export function dashboardOperations(): string[] {
  return Object.values(generated)
    .filter((value) => value instanceof generated.TypedDocumentString)
    .map((document) => String(document))
    .filter((text) => /^\s*(query|mutation|subscription)\b/.test(text));
}
