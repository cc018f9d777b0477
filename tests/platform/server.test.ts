import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

/** the status lines of the responses read so far on a raw socket */
function statusLines(received: string): string[] {
  // a response follows the previous body directly (bodies end without CR LF)
  return [...received.matchAll(/HTTP\/1\.1 \d{3} [^\r]*/g)].map((match) => match[0]);
}

describe('HTTP endpoints', () => {
  it('keeps an idle keep-alive connection past 5 s, so a proxy in front of it closes first', async () => {
    const { hostname, port } = new URL(t.url);
    const socket = net.connect(Number(port), hostname);
    let received = '';
    let closed = false;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('close', () => (closed = true));
    const body = JSON.stringify({ query: '{ __typename }' });
    const request = `POST /graphql HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    const answered = async (count: number) => {
      for (let i = 0; i < 100 && statusLines(received).length < count; i += 1) await new Promise((r) => setTimeout(r, 50));
      return statusLines(received);
    };
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(request);
    expect(await answered(1)).toEqual(['HTTP/1.1 200 OK']);
    expect(received).toMatch(/keep-alive: timeout=65/i);
    // Node's default would have closed it after 5 s of idleness
    await new Promise((r) => setTimeout(r, 5_500));
    expect(closed).toBe(false);
    socket.write(request);
    expect(await answered(2)).toEqual(['HTTP/1.1 200 OK', 'HTTP/1.1 200 OK']);
    socket.destroy();
  }, 15_000);

  it('answers /healthz and /readyz', async () => {
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', details: { rateLimit: 'in-process' } });
  });

  it('serves the playground to a browser with every asset from this server', async () => {
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets).toHaveLength(4);
    for (const asset of assets) {
      const res = await fetch(`${t.url}${asset}`);
      expect(res.status, asset).toBe(200);
      expect((await res.arrayBuffer()).byteLength, asset).toBeGreaterThan(1000);
    }
    expect(html).toContain('SecretariatOpenItems');
  });

  it('answers malformed JSON with a coded 400, not a stack trace', async () => {
    const res = await t.post('{"query": ', {});
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.json)).not.toMatch(/at .*\.js/);
    expect(res.json.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a body over 100 kB', async () => {
    const res = await t.post({ query: `{ groups { totalCount } } #${'x'.repeat(120_000)}` });
    expect(res.status).toBe(413);
    expect(res.json.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('codes validation errors and echoes a request id header', async () => {
    const res = await t.post({ query: '{ noSuchField }' }, { 'x-request-id': 'abc-123' });
    expect(res.headers.get('x-request-id')).toBe('abc-123');
    expect(res.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
