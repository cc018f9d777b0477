import { ArgsType, Field, Int } from 'type-graphql';
import { badInput } from '../errors/app-error.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** first/after of a Relay connection, checked: first is 1..100, after is a cursor this API gave. */
export interface PageRequest {
  offset: number;
  limit: number;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items (1 to ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): number | null {
  if (cursor.length > 64 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}

export function pageRequest(args: { first?: number | null; after?: string | null }): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  let offset = 0;
  if (args.after != null) {
    const afterOffset = decodeCursor(args.after);
    if (afterOffset === null) throw badInput('after', 'after is not a cursor this API returned');
    offset = afterOffset + 1;
  }
  return { offset, limit: first };
}

/** the key a paged loader is cached under: one DataLoader per distinct page request */
export function pageKey(page: PageRequest): string {
  return `${page.offset}:${page.limit}`;
}
