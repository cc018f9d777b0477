/**
 * Nothing slips into the schema uncounted: every field of schema/schema.graphql that returns an
 * object or a list, and every root field, has an estimate in src/platform/graphql/cost-estimates.ts
 * (connection plumbing excepted: its cost follows from `first`; lists of scalars are columns of
 * their row and cost nothing), and every estimate names a field
 * that exists, of the right shape. A new list, relation or root field without one fails here.
 */
import fs from 'node:fs';
import { buildSchema, getNamedType, getNullableType, isCompositeType, isListType, isObjectType, type GraphQLField } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CONNECTION_PLUMBING, FIELD_ESTIMATES } from '../../src/platform/graphql/cost-estimates.js';

const schema = buildSchema(fs.readFileSync('schema/schema.graphql', 'utf8'));
const rootTypes = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);

const fields: { coordinate: string; typeName: string; field: GraphQLField<unknown, unknown> }[] = Object.values(schema.getTypeMap())
  .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
  .flatMap((type) => Object.values((type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()).map((field) => ({ coordinate: `${type.name}.${field.name}`, typeName: type.name, field })));

const isList = (field: GraphQLField<unknown, unknown>) => isListType(getNullableType(field.type));
const isConnection = (field: GraphQLField<unknown, unknown>) => CONNECTION_PLUMBING.connection.test(getNamedType(field.type).name);
const isPlumbing = (typeName: string) => CONNECTION_PLUMBING.connection.test(typeName) || CONNECTION_PLUMBING.edge.test(typeName);

describe('cost estimates', () => {
  it('has an estimate for every root field, every list and every field returning an object', () => {
    const missing = fields
      .filter(({ typeName, field }) => rootTypes.has(typeName) || (!isPlumbing(typeName) && isCompositeType(getNamedType(field.type))))
      .filter(({ coordinate }) => !(coordinate in FIELD_ESTIMATES))
      .map(({ coordinate }) => coordinate);
    expect(missing, 'add these to src/platform/graphql/cost-estimates.ts').toEqual([]);
  });

  it('counts every list of objects by a size (a page, an estimate or its ids), never as one', () => {
    const unsized = fields
      .filter(({ typeName, field }) => !isPlumbing(typeName) && isList(field) && isCompositeType(getNamedType(field.type)))
      .filter(({ coordinate }) => !['list', 'ids', 'search'].includes(FIELD_ESTIMATES[coordinate]?.kind ?? ''))
      .map(({ coordinate }) => coordinate);
    expect(unsized).toEqual([]);
  });

  it('estimates only fields that exist, connections as pages and pages only for connections', () => {
    const byCoordinate = new Map(fields.map((f) => [f.coordinate, f.field]));
    for (const [coordinate, estimate] of Object.entries(FIELD_ESTIMATES)) {
      const field = byCoordinate.get(coordinate);
      expect(field, `${coordinate} is not in the schema`).toBeDefined();
      expect(estimate.kind === 'page', `${coordinate}: a connection is a page, a page is a connection`).toBe(isConnection(field!));
      if (estimate.kind === 'list') expect(isList(field!), `${coordinate} is not a list`).toBe(true);
      if (estimate.kind === 'ids') expect(field!.args.map((a) => a.name)).toContain(estimate.argument);
    }
  });

  it('knows the page size argument of every connection', () => {
    const withoutFirst = fields.filter(({ field }) => isConnection(field) && !field.args.some((a) => a.name === 'first')).map((f) => f.coordinate);
    expect(withoutFirst).toEqual([]);
  });
});
