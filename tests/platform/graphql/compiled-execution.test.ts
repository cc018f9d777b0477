/**
 * A query's first execution runs on graphql-js, its repeats on the compiled query (graphql-jit,
 * src/platform/graphql/compiled-execution.ts): the client must not be able to tell them apart.
 * Each request is sent three times, with the response cache off so that every one executes,
 * and the answers (status, data, errors with their codes, the statement count) must be the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true, env: { RESPONSE_CACHE_SECONDS: '0' } });
});
afterAll(() => t?.stop());

/** the three answers to one request, without what differs by design (the request id) */
async function thrice(body: unknown) {
  const answers = [];
  for (let i = 0; i < 3; i++) {
    const res = await t.post(body);
    const errors = (res.json.errors as { extensions: Record<string, unknown> }[] | undefined)?.map(({ extensions: { requestId: _r, ...extensions }, ...error }) => ({ ...error, extensions }));
    answers.push({ status: res.status, json: { ...res.json, ...(errors ? { errors } : {}) } });
  }
  expect(answers[1]).toEqual(answers[0]);
  expect(answers[2]).toEqual(answers[0]);
  return answers[0];
}

describe('a repeated query (compiled) answers as its first execution did', () => {
  it('reads: a group page with liaisons and addressees, and a thread through node(id:)', async () => {
    const page = await thrice({
      query: '{ groups(first: 5) { totalCount edges { node { acronym liaisons(first: 3) { totalCount edges { node { id title status toGroups { acronym } } } } } } } }',
    });
    expect(page.status).toBe(200);
    expect(page.json.errors).toBeUndefined();
    expect(page.json.extensions.sqlStatements).toBeGreaterThan(0);
    const id = /"id":"([^"]+)"/.exec(JSON.stringify(page.json))?.[1];
    expect(id).toBeDefined();

    const thread = await thrice({
      query:
        'query T($id: ID!) { node(id: $id) { id __typename ... on Liaison { title awaitingReply fromGroup { acronym } toGroups { acronym } inReplyTo { id } replies { id title replies { id } } } } }',
      variables: { id },
    });
    expect(thread.json.data.node).toMatchObject({ id, __typename: 'Liaison' });
  });

  it('a resolver’s coded error keeps its code, message, field, path and location', async () => {
    const answer = await thrice({ query: '{ node(id: "garbage") { id } }' });
    expect(answer.json.errors).toEqual([
      { message: expect.stringContaining('"garbage"'), locations: [{ line: 1, column: 3 }], path: ['node'], extensions: { code: 'BAD_USER_INPUT', field: 'id' } },
    ]);
    expect(answer.json.data).toEqual({ node: null });

    const outOfRange = await thrice({ query: '{ groups(first: 1000) { totalCount } }' });
    expect(outOfRange.json.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('a write refused for want of a token stays UNAUTHENTICATED', async () => {
    const answer = await thrice({ query: 'mutation { createApiToken(input: { label: "x", role: ADMIN }) { token } }' });
    expect(answer.json.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('variables that do not coerce are BAD_USER_INPUT (400) pointing at the variable', async () => {
    const answer = await thrice({ query: 'query Q($f: Int!) { groups(first: $f) { totalCount } }', variables: { f: 'x' } });
    expect(answer.status).toBe(400);
    expect(answer.json.errors).toEqual([
      { message: expect.stringMatching(/^Variable "\$f" got invalid value "x"/), locations: [{ line: 1, column: 9 }], extensions: { code: 'BAD_USER_INPUT' } },
    ]);
  });

  it('an operationName that names no operation, or "", is a BAD_REQUEST, not the document’s only operation', async () => {
    for (const operationName of ['B', '']) {
      const answer = await thrice({ query: 'query A { groups(first: 1) { totalCount } }', operationName });
      expect(answer.status).toBe(400);
      expect(answer.json.errors[0].extensions.code).toBe('BAD_REQUEST');
    }
  });

  it('a document of several operations runs the one named', async () => {
    const answer = await thrice({ query: 'query A { groups(first: 1) { totalCount } } query B { topics { name } }', operationName: 'B' });
    expect(Object.keys(answer.json.data)).toEqual(['topics']);
  });

  it('a fragment bomb within the query limits (too large to compile) answers the same, on graphql-js', async () => {
    const levels = 7;
    const query =
      `query Q($id: ID!) { node(id: $id) { ...L0 } } ` +
      Array.from({ length: levels }, (_, i) => `fragment L${i} on Liaison { title inReplyTo { ...L${i + 1} } replies { ...L${i + 1} } }`).join(' ') +
      ` fragment L${levels} on Liaison { title }`;
    const page = await t.post({ query: '{ liaisons(first: 1) { edges { node { id } } } }' });
    const answer = await thrice({ query, variables: { id: page.json.data.liaisons.edges[0].node.id } });
    expect(answer.status).toBe(200);
    expect(answer.json.errors).toBeUndefined();
    expect(answer.json.data.node.title).toEqual(expect.any(String));
  });
});
