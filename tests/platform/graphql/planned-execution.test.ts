/**
 * node(id:) reads whose every field is planned are answered by one SQL statement
 * (src/platform/graphql/planned-execution.ts). The client must not be able to tell: each planned
 * answer is compared with the same query read level by level (a directive on the root field
 * keeps a query off the planned path), on every liaison, group and document of the seed and on a
 * thread built for the test. What cannot be planned reads level by level, and the row budget
 * holds for a planned answer as for any other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/core';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { Factory } from '../../support/factories.js';
import { Document } from '../../../src/document/document.entity.js';
import { Liaison } from '../../../src/liaison/liaison.entity.js';
import { encodeGlobalId } from '../../../src/platform/graphql/global-id.js';

let t: TestApp;
/** the thread built here: a root with a CC group, a body, attachments, two levels of replies */
let root: string;
let reply: string;

beforeAll(async () => {
  t = await startTestApp({ seed: true, env: { RESPONSE_CACHE_SECONDS: '0' } });
  const em = t.app.orm.em.fork() as EntityManager;
  const f = new Factory(em);
  const [a, b, c] = [await f.group({ acronym: 'PLAN-A' }), await f.group({ acronym: 'PLAN-B', aliases: ['PB', 'Plan B'] }), await f.group({ acronym: 'PLAN-C' })];
  const first = await f.liaison(a, [{ group: b, purpose: 'FOR_ACTION' }], { deadline: '2030-04-15', cc: [c] });
  const answer = await f.liaison(b, [{ group: a, purpose: 'FOR_COMMENT' }], { inReplyTo: first, status: 'SENT', deadline: '2031-01-01' });
  await f.liaison(c, [{ group: b, purpose: 'FOR_INFORMATION' }], { inReplyTo: first, status: 'DRAFT' });
  await f.liaison(a, [{ group: b, purpose: 'FOR_INFORMATION' }], { inReplyTo: answer, status: 'DRAFT' });
  const documents = ['PLAN/2', 'PLAN/1'].map((symbol) =>
    Object.assign(new Document(), { symbol, title: `Document ${symbol}`, kind: 'CONTRIBUTION', url: 'https://example.org/d', publishedOn: '2024-02-29' }),
  );
  em.persist(documents);
  const liaison = await em.findOneOrFail(Liaison, first.id, { populate: ['attachments'] });
  liaison.attachments.add(documents);
  liaison.body = 'The statement’s text, with "quotes" and a \\ backslash.';
  await em.flush();
  root = encodeGlobalId('Liaison', first.id);
  reply = encodeGlobalId('Liaison', answer.id);
});
afterAll(() => t?.stop());

interface Answer {
  status: number;
  json: { data?: any; errors?: { message: string; extensions: Record<string, unknown> }[]; extensions: { sqlStatements: number } };
}

async function ask(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  return t.post({ query, variables }) as Promise<Answer>;
}

/** the same query with a directive on its root field: read level by level */
const levelByLevel = (query: string) => query.replace('node(id: $id)', 'node(id: $id) @include(if: true)');

/** asks `query` planned and level by level: the two answers must be the same */
async function bothWays(query: string, variables: Record<string, unknown>) {
  const planned = await ask(query, variables);
  const read = await ask(levelByLevel(query), variables);
  expect(planned.status).toBe(200);
  expect(planned.json.errors).toBeUndefined();
  expect(planned.json.data).toEqual(read.json.data);
  // the planned read was one statement; the same query level by level more (it has relations)
  expect(planned.json.extensions.sqlStatements).toBe(1);
  return { planned, read };
}

const GROUP = 'id __typename acronym name kind sector aliases mandates';
const DOCUMENT = 'id symbol title kind url public publishedOn';
const LIAISON = 'id reference title purpose status body sentOn deadline deadlinePeriod awaitingReply';
const THREAD = `query Thread($id: ID!) {
  node(id: $id) {
    id
    __typename
    ... on Node { id }
    ... on Liaison {
      ${LIAISON}
      sender: fromGroup { ${GROUP} }
      toGroups { ${GROUP} }
      ccGroups { acronym }
      attachments { ${DOCUMENT} }
      inReplyTo { ...Parent }
      replies {
        ${LIAISON}
        fromGroup { acronym }
        toGroups { acronym }
        attachments { symbol }
        inReplyTo { id inReplyTo { id } }
        replies { id title status sentOn awaitingReply fromGroup { acronym } inReplyTo { title } }
      }
    }
    ... on Group { acronym }
  }
}
fragment Parent on Liaison { id title status fromGroup { acronym } }`;

async function allIds(field: 'liaisons' | 'groups'): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const page: Answer = await ask(`query P($after: String) { ${field}(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { after });
    const connection = page.json.data[field];
    ids.push(...connection.edges.map((e: { node: { id: string } }) => e.node.id));
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return ids;
}

describe('a planned read answers as a read level by level', () => {
  it('for every field of the thread, on every liaison', async () => {
    const ids = await allIds('liaisons');
    expect(ids.length).toBeGreaterThan(4);
    for (const id of ids) await bothWays(THREAD, { id });

    const { planned } = await bothWays(THREAD, { id: root });
    const thread = planned.json.data.node;
    // the thread built here shows every kind of value
    expect(thread).toMatchObject({
      __typename: 'Liaison',
      purpose: 'FOR_ACTION',
      deadline: '2030-04-15',
      deadlinePeriod: '2030-04-15',
      body: expect.stringContaining('"quotes"'),
      sender: { acronym: 'PLAN-A', __typename: 'Group' },
      toGroups: [{ acronym: 'PLAN-B', aliases: ['PB', 'Plan B'] }],
      ccGroups: [{ acronym: 'PLAN-C' }],
      attachments: [{ symbol: 'PLAN/1', publishedOn: '2024-02-29', public: true }, { symbol: 'PLAN/2' }],
      inReplyTo: null,
    });
    expect(thread.replies.map((r: { id: string }) => r.id)).toContain(reply);
    const answered = thread.replies.find((r: { id: string }) => r.id === reply);
    // answered by a sent reply: no longer awaiting one; `reply` has only a draft for an answer
    expect(thread.awaitingReply).toBe(false);
    expect(answered).toMatchObject({ awaitingReply: true, inReplyTo: { id: root, inReplyTo: null }, replies: [{ status: 'DRAFT', inReplyTo: { title: answered.title } }] });
  });

  it('for groups and documents read by id', async () => {
    // `kind` is a GroupKind on a group and a String on a document: one fragment per query
    const groupQuery = `query N($id: ID!) { node(id: $id) { ... on Group { ${GROUP} } } }`;
    const documentQuery = `query N($id: ID!) { node(id: $id) { ... on Document { ${DOCUMENT} } } }`;
    const attached = await ask('{ liaisons(first: 100) { edges { node { attachments { id } } } } }');
    const documents = attached.json.data.liaisons.edges.flatMap((e: { node: { attachments: { id: string }[] } }) => e.node.attachments.map((d) => d.id));
    expect(documents.length).toBeGreaterThan(1);
    for (const id of await allIds('groups')) await bothWays(groupQuery, { id });
    for (const id of documents) await bothWays(documentQuery, { id });
  });

  it('for several node fields, a literal id, an id with no row and __typename at the root', async () => {
    const missing = encodeGlobalId('Liaison', 2_000_000_000);
    const query = `query Many($id: ID!) { __typename a: node(id: $id) { id } b: node(id: "${root}") { ... on Liaison { title } } c: node(id: "${missing}") { id } }`;
    const answer = await ask(query, { id: reply });
    expect(answer.json).toMatchObject({ data: { __typename: 'Query', a: { id: reply }, b: { title: expect.any(String) }, c: null }, extensions: { sqlStatements: 1 } });
  });
});

describe('what cannot be planned reads level by level, with the same answer and errors', () => {
  it('a field no plan has, an argument, a directive, a type with no plan', async () => {
    const meeting = (await ask('{ meetings(first: 1) { edges { node { id } } } }')).json.data.meetings.edges[0].node.id;
    for (const [query, id] of [
      ['query Q($id: ID!) { node(id: $id) { ... on Liaison { title meeting { id } } } }', root],
      ['query Q($id: ID!) { node(id: $id) { ... on Group { acronym liaisons(first: 2) { totalCount } } } }', encodeGlobalId('Group', 1)],
      ['query Q($id: ID!) { node(id: $id) { ... on Liaison { title @skip(if: false) } } }', root],
      ['query Q($id: ID!) { node(id: $id) { ... on Meeting { title group { acronym } } } }', meeting],
    ] as const) {
      const answer = await ask(query, { id });
      expect(answer.json.errors).toBeUndefined();
      expect(answer.json.data.node).not.toBeNull();
      expect(answer.json.data).toEqual((await ask(levelByLevel(query), { id })).json.data);
    }
  });

  it('an id that is not ours is BAD_USER_INPUT, as before', async () => {
    const answer = await ask('query Q($id: ID!) { node(id: $id) { id } }', { id: 'not-an-id' });
    expect(answer.json.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(answer.json.data).toEqual({ node: null });
  });

  it('a walk up and down a thread (three lists deep) is not one statement', async () => {
    const query = 'query Q($id: ID!) { node(id: $id) { ... on Liaison { replies { inReplyTo { replies { inReplyTo { replies { id } } } } } } } }';
    const answer = await ask(query, { id: root });
    expect(answer.json.errors).toBeUndefined();
    expect(answer.json.extensions.sqlStatements).toBeGreaterThan(1);
  });
});

describe('the row budget holds for a planned answer', () => {
  let small: TestApp;
  beforeAll(async () => {
    small = await startTestApp({ seed: true, env: { RESPONSE_CACHE_SECONDS: '0', MAX_ROWS_PER_REQUEST: '3', RATE_LIMIT_PER_MINUTE: '0' } });
  });
  afterAll(() => small?.stop());

  it('an answer of more objects than the budget is refused, with the budget’s own error', async () => {
    const page = await small.post({ query: '{ liaisons(first: 1) { edges { node { id } } } }' });
    const id = page.json.data.liaisons.edges[0].node.id;
    // five objects: the liaison and its sender shown four times (each time counts, as each is an object of the answer)
    const query = 'query Q($id: ID!) { node(id: $id) { ... on Liaison { title fromGroup { acronym } sender: fromGroup { acronym } again: fromGroup { acronym } more: fromGroup { acronym } } } }';
    const refused = await small.post({ query, variables: { id } });
    expect(refused.status).toBe(400);
    expect(refused.json.data).toBeUndefined();
    expect(refused.json.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'rows', max: 3 }) })]);
    // no second read once refused: the planned statement only
    expect(refused.json.extensions.sqlStatements).toBe(1);
    // within the budget: planned, one statement
    const within = await small.post({ query: 'query Q($id: ID!) { node(id: $id) { ... on Liaison { title fromGroup { acronym } } } }', variables: { id } });
    expect(within.json).toMatchObject({ data: { node: { fromGroup: { acronym: expect.any(String) } } }, extensions: { sqlStatements: 1 } });
  });
});
