/**
 * Nothing slips into the schema uncounted: in the executable schema built from the app's module
 * list (src/app/modules.ts, as the server builds it), every field that returns an object or a
 * list, and every root field, carries its estimate in `extensions.cost`, set beside the field by
 * its domain (`@Extensions({ cost: rows(3) })`, the vocabulary of
 * src/platform/graphql/cost-estimates.ts). Connection plumbing is excepted (its cost follows from
 * `first`); lists of scalars are columns of their row and cost nothing. Every estimate is of the
 * field's shape. A new list, relation or root field without one fails here.
 */
import { getNamedType, getNullableType, isCompositeType, isListType, isObjectType, type GraphQLField } from 'graphql';
import { describe, expect, it } from 'vitest';
import { getSchema } from '../../src/app/schema.js';
import { CONNECTION_PLUMBING } from '../../src/platform/graphql/cost-estimates.js';

const schema = await getSchema();
const rootTypes = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);

const fields: { coordinate: string; typeName: string; field: GraphQLField<unknown, unknown> }[] = Object.values(schema.getTypeMap())
  .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
  .flatMap((type) => Object.values((type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()).map((field) => ({ coordinate: `${type.name}.${field.name}`, typeName: type.name, field })));

const isList = (field: GraphQLField<unknown, unknown>) => isListType(getNullableType(field.type));
const isConnection = (field: GraphQLField<unknown, unknown>) => CONNECTION_PLUMBING.connection.test(getNamedType(field.type).name);
const isPlumbing = (typeName: string) => CONNECTION_PLUMBING.connection.test(typeName) || CONNECTION_PLUMBING.edge.test(typeName);
const count = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** why `cost` is not a FieldEstimate, or undefined when it is one */
function malformed(cost: unknown): string | undefined {
  if (typeof cost !== 'object' || cost === null) return 'not an object';
  const e = cost as Record<string, unknown>;
  const shapes: Record<string, () => boolean> = {
    page: () => true,
    free: () => true,
    read: () => count(e.cost),
    list: () => count(e.size) && count(e.each),
    ids: () => typeof e.argument === 'string',
    search: () => count(e.statement),
  };
  const shape = typeof e.kind === 'string' ? shapes[e.kind] : undefined;
  return shape?.() ? undefined : `not a FieldEstimate: ${JSON.stringify(cost)}`;
}

describe('cost estimates', () => {
  it('builds the schema of every listed module', () => {
    expect(fields.length).toBeGreaterThan(300);
    expect(rootTypes.size).toBe(3);
  });

  it('has an estimate for every root field, every list and every field returning an object', () => {
    const missing = fields
      .filter(({ typeName, field }) => rootTypes.has(typeName) || (!isPlumbing(typeName) && isCompositeType(getNamedType(field.type))))
      .filter(({ field }) => field.extensions.cost === undefined)
      .map(({ coordinate }) => coordinate);
    expect(missing, 'put @Extensions({ cost: … }) on these fields (the helpers are in src/platform/graphql/cost-estimates.ts)').toEqual([]);
  });

  it('counts every list of objects by a size (a page, an estimate or its ids), never as one', () => {
    const unsized = fields
      .filter(({ typeName, field }) => !isPlumbing(typeName) && isList(field) && isCompositeType(getNamedType(field.type)))
      .filter(({ field }) => !['list', 'ids', 'search'].includes(field.extensions.cost?.kind ?? ''))
      .map(({ coordinate }) => coordinate);
    expect(unsized).toEqual([]);
  });

  it('gives each estimate the shape of its field: connections as pages and pages only for connections', () => {
    const estimated = fields.filter(({ field }) => field.extensions.cost !== undefined);
    expect(estimated.length).toBeGreaterThan(200);
    for (const { coordinate, typeName, field } of estimated) {
      const estimate = field.extensions.cost!;
      expect(malformed(estimate), coordinate).toBeUndefined();
      expect(isPlumbing(typeName), `${coordinate}: connection plumbing is counted by its connection, not by an estimate`).toBe(false);
      expect(estimate.kind === 'page', `${coordinate}: a connection is a page, a page is a connection`).toBe(isConnection(field));
      if (estimate.kind === 'list') expect(isList(field), `${coordinate} is not a list`).toBe(true);
      if (estimate.kind === 'ids') expect(field.args.map((a) => a.name)).toContain(estimate.argument);
    }
  });

  it('knows the page size argument of every connection', () => {
    const withoutFirst = fields.filter(({ field }) => isConnection(field) && !field.args.some((a) => a.name === 'first')).map((f) => f.coordinate);
    expect(withoutFirst).toEqual([]);
  });
});
