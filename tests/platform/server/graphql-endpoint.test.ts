/**
 * The GraphQL endpoints run on Node's own request and response, the pages and feeds on Express
 * (src/platform/server/request-steps.ts): both must take the same steps (request id, log line,
 * CORS, budget), and a request Express no longer sees must still get the coded errors it gave.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const QUERY = JSON.stringify({ query: '{ groups(first: 2) { edges { node { acronym } } } }' });

describe('the GraphQL endpoint beside the Express routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: true, logs: true });
  });
  afterAll(() => t?.stop());

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${t.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers on /graphql and /graphql/, with or without a query string or a scheme and host; a path below it is unknown', async () => {
    for (const path of ['/graphql', '/graphql/', '/graphql?from=partner']) {
      const res = await post(path, QUERY);
      expect(res.status, path).toBe(200);
      expect(((await res.json()) as { data: { groups: { edges: unknown[] } } }).data.groups.edges).toHaveLength(2);
    }
    // the absolute form of a request target, as a client talking through a proxy sends it
    const absolute = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(t.url);
      const req = http.request({ host: url.hostname, port: url.port, method: 'POST', path: `${t.url}/graphql`, headers: { 'content-type': 'application/json' } }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end(QUERY);
    });
    expect(absolute.status).toBe(200);
    expect((JSON.parse(absolute.body) as { data: { groups: { edges: unknown[] } } }).data.groups.edges).toHaveLength(2);
    const below = await post('/graphql/extra', QUERY);
    expect(below.status).toBe(404);
    expect(((await below.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('gives a GraphQL answer, a feed and an unknown path the same request id, CORS headers and log line', async () => {
    const paths = [
      // an alias of its own: not an answer the response cache holds already
      { path: '/graphql', ask: (headers: Record<string, string>) => post('/graphql', JSON.stringify({ query: '{ logged: groups(first: 1) { totalCount } }' }), headers), status: 200 },
      { path: '/feeds/liaisons.atom', ask: (headers: Record<string, string>) => fetch(`${t.url}/feeds/liaisons.atom`, { headers }), status: 200 },
      { path: '/nothing-here', ask: (headers: Record<string, string>) => fetch(`${t.url}/nothing-here`, { headers }), status: 404 },
    ];
    for (const { path, ask, status } of paths) {
      const requestId = `endpoint-test-${path.replace(/\W/g, '')}`;
      const res = await ask({ 'x-request-id': requestId, origin: 'https://partner.example.org' });
      await res.arrayBuffer();
      expect(res.status, path).toBe(status);
      expect(res.headers.get('x-request-id'), path).toBe(requestId);
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      // the log line is written once the answer has gone out
      await expect.poll(() => t.logs.filter((l) => l.msg === 'request' && l.requestId === requestId), { timeout: 2000 }).toHaveLength(1);
      const line = t.logs.find((l) => l.msg === 'request' && l.requestId === requestId)!;
      expect(line, path).toMatchObject({ method: res.status === 200 && path === '/graphql' ? 'POST' : 'GET', path, status });
    }
    // the GraphQL request ran in a budget: its line says what it cost the database
    const graphqlLine = t.logs.find((l) => l.requestId === 'endpoint-test-graphql')!;
    expect(graphqlLine.statements).toBeGreaterThan(0);
  });

  it('refuses a body that is not JSON, or too large, with a coded error naming the request, and goes on answering', async () => {
    const broken = await post('/graphql', '{"query": "{ __typename }"', { 'x-request-id': 'broken-body' });
    expect(broken.status).toBe(400);
    const brokenJson = (await broken.json()) as { errors: { message: string; extensions: { code: string; requestId: string } }[] };
    expect(brokenJson.errors[0].extensions).toMatchObject({ code: 'BAD_REQUEST', requestId: 'broken-body' });
    expect(JSON.stringify(brokenJson)).not.toMatch(/at \w+ \(|node_modules/);

    const large = await post('/graphql', JSON.stringify({ query: `{ __typename } # ${'x'.repeat(200_000)}` }));
    expect(large.status).toBe(413);
    const largeJson = (await large.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(largeJson.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(largeJson.errors[0].message).toMatch(/too large/);

    const after = await post('/graphql', QUERY);
    expect(after.status).toBe(200);
  });

  it('gives a GET its ETag and a 304 when it is unchanged; a POST answer carries none', async () => {
    const url = `${t.url}/graphql?query=${encodeURIComponent('{ groups(first: 1) { totalCount } }')}`;
    // the second answer comes from the response cache, as every later one does (in test mode the
    // first says it missed, so its bytes and ETag differ)
    await (await fetch(url, { headers: { 'apollo-require-preflight': 'true' } })).text();
    const first = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(first.status).toBe(200);
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^W\/"/);
    // fetch adds Cache-Control: no-cache to a conditional request (which asks for a full answer) unless told otherwise
    const again = await fetch(url, { headers: { 'apollo-require-preflight': 'true', 'if-none-match': tag!, 'cache-control': 'max-age=0' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const posted = await post('/graphql', QUERY);
    expect(posted.headers.get('etag')).toBeNull();
  });
});
