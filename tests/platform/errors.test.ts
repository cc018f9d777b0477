/**
 * Clear errors: every code comes from one closed list, documented in the README; an unexpected
 * failure is masked to INTERNAL_SERVER_ERROR with a request id that leads to the log lines of
 * that request. The failure here is real: the test renames a table the query reads, in this
 * test file's own database, as a botched migration or a hand-made change would.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/platform/errors/app-error.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true, logs: true });
});
afterAll(() => t?.stop());

describe('error codes', () => {
  it('documents exactly the closed list of codes in the README', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('| code | when |'));
    const documented = new Set([...table.slice(0, table.indexOf('\n\n')).matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]));
    expect([...documented].sort()).toEqual([...ERROR_CODES].sort());
  });
});

describe('an unexpected failure', () => {
  it('is masked, carries a request id, and that id leads to the log lines with the cause', async () => {
    await t.app.orm.em.getConnection().execute('alter table topics rename to topics_moved_away');
    try {
      const res = await t.post({ query: '{ topics { name } }' }, { 'x-request-id': 'quote-me-123' });
      expect(res.status).toBe(200);
      expect(res.json.errors).toEqual([
        { message: 'Internal server error', path: ['topics'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'quote-me-123' } },
      ]);
      // nothing of the cause reaches the client
      expect(JSON.stringify(res.json)).not.toMatch(/topics_moved_away|relation|select|\.ts:/);

      const lines = t.logs.filter((l) => l.requestId === 'quote-me-123');
      const failure = lines.find((l) => l.msg === 'request failed');
      expect(failure?.level).toBe(50);
      expect((failure?.err as { message: string }).message).toMatch(/relation "topics" does not exist/);
      expect(lines.find((l) => l.msg === 'request')).toMatchObject({ method: 'POST', path: '/graphql', status: 200 });

      // without an X-Request-Id the server makes one, shows it in the header, the error and the log
      const again = await t.post({ query: '{ topics { name } }' });
      const requestId = again.json.errors[0].extensions.requestId;
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(again.headers.get('x-request-id')).toBe(requestId);
      expect(t.logs.some((l) => l.requestId === requestId && l.msg === 'request failed')).toBe(true);
    } finally {
      await t.app.orm.em.getConnection().execute('alter table topics_moved_away rename to topics');
    }
    expect((await t.post({ query: '{ topics { name } }' })).json.errors).toBeUndefined();
  });

  it('logs the client’s own mistakes below error level', async () => {
    const before = t.logs.length;
    await t.post({ query: '{ groups(first: 1000) { totalCount } }' });
    await t.post({ query: '{ nope }' });
    expect(t.logs.slice(before).filter((l) => (l.level as number) >= 50)).toEqual([]);
  });
});
