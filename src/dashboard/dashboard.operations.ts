import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** the dashboard's typed documents, as GraphQL Code Generator wrote them (a TypeScript source in dist too) */
const GENERATED = fileURLToPath(new URL('./client/generated.ts', import.meta.url));

/**
 * The query texts the dashboard sends (its operations, as GraphQL Code Generator wrote them):
 * the server trusts them as persisted queries, so the dashboard's GET reads are known by hash to
 * every process from the start (platform/server/http-cache.ts). Read from the generated source,
 * not imported: the client is browser code, bundled by esbuild, and not compiled into dist.
 */
export function dashboardOperations(): string[] {
  const source = fs.readFileSync(GENERATED, 'utf8');
  // codegen writes each document as a template literal without escapes or substitutions
  return [...source.matchAll(/new TypedDocumentString\(`((?:[^`\\$]|\$(?!\{))*)`/g)]
    .map((match) => match[1]!)
    .filter((text) => /^\s*(query|mutation|subscription)\b/.test(text));
}
