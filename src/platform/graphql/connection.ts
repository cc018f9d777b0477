import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { encodeCursor, type PageRequest } from './paging.js';

@ObjectType('PageInfo', { description: 'Where a page sits in its list (Relay).' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** One page of rows (already cut to the page) and the total number of rows in the list. */
export interface Page<T> {
  rows: T[];
  total: number;
}

export function toConnection<T>({ rows, total }: Page<T>, page: PageRequest): Connection<T> {
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: page.offset + rows.length < total,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Declares `<Name>Connection` and `<Name>Edge` for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor (Relay edge).` })
  class EdgeType {
    @Field(() => String, { description: 'Pass as `after` to get the items that follow this one.' })
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay connection).` })
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds, across all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

/**
 * A connection from a page that knows whether more rows follow (it read one more than asked) and
 * carries the list's total only when the query selected totalCount (asksFor): counting a list
 * costs more than reading a page of it, so an answer that does not show the count does not pay for it.
 */
export function pageConnection<T>(
  page: { rows: T[]; hasNextPage: boolean; total: number | null },
  request: PageRequest,
): Connection<T> {
  const edges = page.rows.map((node, i) => ({ cursor: encodeCursor(request.offset + i), node }));
  return {
    edges,
    // not selected: never shown (the field is only read when the query asks for it)
    totalCount: page.total ?? 0,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: request.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
