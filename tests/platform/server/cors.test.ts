import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const QUERY = JSON.stringify({ query: '{ groups(first: 1) { totalCount } }' });

function preflight(t: TestApp, origin: string, headers = 'authorization, content-type') {
  return fetch(`${t.url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
  });
}

function read(t: TestApp, origin: string, extra: Record<string, string> = {}) {
  return fetch(`${t.url}/graphql`, { method: 'POST', headers: { origin, 'content-type': 'application/json', ...extra }, body: QUERY });
}

describe('CORS, open to any origin (the default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
  });
  afterAll(() => t?.stop());

  it('answers a preflight from any origin with 204, the Authorization header allowed, cached a day', async () => {
    const res = await preflight(t, 'https://partner.example.org');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    expect(res.headers.get('access-control-max-age')).toBe('86400');
    // bearer tokens, never cookies
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets a page on another origin read, and see the request id', async () => {
    const res = await read(t, 'https://partner.example.org');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
    expect(((await res.json()) as { data: { groups: { totalCount: number } } }).data.groups.totalCount).toBeGreaterThan(0);
  });

  it('keeps CSRF prevention for requests that are not preflights', async () => {
    // a "simple" GET a browser would send cross-site without a preflight: refused by Apollo
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });
});

describe('CORS restricted by CORS_ORIGINS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: true, env: { CORS_ORIGINS: 'https://partner.example.org, http://localhost:5173' } });
  });
  afterAll(() => t?.stop());

  it('echoes an allowed origin, with Vary: Origin', async () => {
    const res = await preflight(t, 'http://localhost:5173');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(res.headers.get('vary')).toMatch(/origin/i);
    const answer = await read(t, 'https://partner.example.org');
    expect(answer.headers.get('access-control-allow-origin')).toBe('https://partner.example.org');
  });

  it('gives another origin no CORS headers, and no error', async () => {
    const pre = await preflight(t, 'https://elsewhere.example');
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-headers')).toBeNull();
    const res = await read(t, 'https://elsewhere.example');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
