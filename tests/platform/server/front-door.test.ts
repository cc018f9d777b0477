import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { startTestApp, type TestApp } from '../../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

describe('the front door', () => {
  it('sends / to the dashboard', async () => {
    const res = await fetch(`${t.url}/`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/dashboard');
  });

  it('serves a cacheable SVG favicon at /favicon.ico and /favicon.svg', async () => {
    for (const path of ['/favicon.ico', '/favicon.svg']) {
      const res = await fetch(`${t.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      expect(res.headers.get('cache-control')).toMatch(/max-age=\d{4,}/);
      expect(await res.text()).toMatch(/^<svg /);
    }
  });

  it('answers an unknown path with a page for a browser and JSON for an API client', async () => {
    const browser = await fetch(`${t.url}/no/such/page`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(browser.status).toBe(404);
    expect(browser.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await browser.text();
    expect(page).toContain('href="/dashboard"');
    expect(page).toContain('/no/such/page');

    const escaped = await fetch(`${t.url}/%3Cscript%3E`, { headers: { accept: 'text/html' } });
    expect(await escaped.text()).not.toContain('<script>');

    for (const accept of ['application/json', '*/*']) {
      const api = await fetch(`${t.url}/no/such/page`, { headers: { accept } });
      expect(api.status).toBe(404);
      expect(api.headers.get('content-type')).toMatch(/^application\/json/);
      expect(((await api.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });
});

describe('GET /schema.graphql', () => {
  it('is the running schema, the same as schema/schema.graphql, with an ETag and 304', async () => {
    const res = await fetch(`${t.url}/schema.graphql`);
    expect(res.status).toBe(200);
    const sdl = await res.text();
    expect(sdl).toBe(fs.readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8'));
    expect(() => buildSchema(sdl)).not.toThrow();
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^"[^"]+"$/);

    // (fetch adds "Cache-Control: no-cache" to a conditional request unless told otherwise)
    const again = await fetch(`${t.url}/schema.graphql`, { headers: { 'if-none-match': etag!, 'cache-control': 'max-age=0' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await fetch(`${t.url}/schema.graphql`, { headers: { 'if-none-match': '"something-else"', 'cache-control': 'max-age=0' } });
    expect(other.status).toBe(200);
  });
});
