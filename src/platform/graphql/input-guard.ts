import { BREAK, visit, type DocumentNode } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { containsNul, NUL_PROBLEM } from '../errors/input-check.js';
import { refusal } from './errors.js';

/**
 * Text that no resolver can store or compare: PostgreSQL refuses the NUL character (U+0000) in
 * text, so a NUL in any string input would fail deep in a query as an "internal" error. It is
 * refused up front, in the query text and in the variables alike, as BAD_USER_INPUT.
 */
export function inputGuardPlugin<T extends BaseContext>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const where = (cleanDocuments.has(document) ? undefined : nulInDocument(document)) ?? nulInValue(request.variables, 'variables');
          if (where) {
            throw refusal(new AppError(ErrorCode.BAD_USER_INPUT, NUL_PROBLEM, where));
          }
        },
      };
    },
  };
}

/**
 * Documents already found free of NUL: Apollo hands back the same parsed document for the same
 * query text, so a document is walked once, not on every request.
 */
const cleanDocuments = new WeakSet<DocumentNode>();

function nulInDocument(document: DocumentNode): string | undefined {
  let found: string | undefined;
  visit(document, {
    StringValue(node) {
      if (containsNul(node.value)) {
        found = `query text, line ${node.loc?.startToken.line ?? '?'}`;
        return BREAK;
      }
      return undefined;
    },
  });
  if (!found) cleanDocuments.add(document);
  return found;
}

/** the path of the first string holding a NUL (keys too), looking 20 levels deep at most */
function nulInValue(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return containsNul(value) ? path : undefined;
  if (depth > 20 || value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const itemPath = Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`;
    if (containsNul(key)) return itemPath;
    const found = nulInValue(item, itemPath, depth + 1);
    if (found) return found;
  }
  return undefined;
}
