/**
 * The dashboard's follow-up pages refresh on their own when a change is recorded (a graphql-ws
 * subscription from the browser, src/dashboard/client/live.ts): a partner watching a group's
 * follow-up sees an action item added through the API without reloading. Chromium, as in
 * browser.test.ts; skipped, saying why, without it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { browserTestsSkipped, launchBrowser, openDashboard, type Browser } from '../support/browser.js';
import { createTestToken, type TestToken } from '../support/tokens.js';

const missing = browserTestsSkipped();
if (missing) console.warn(`[tests/dashboard/live-refresh] ${missing}`);

describe.skipIf(missing !== null)(`dashboard live refresh in Chromium${missing ? ` (${missing})` : ''}`, () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let token: TestToken;
  const problems: string[] = [];

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seed: true }), launchBrowser()]);
    token = await createTestToken(t, { role: 'SECRETARIAT' });
    page = await browser.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  async function addItem(title: string, assignee: string) {
    const res = await t.post(
      { query: 'mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { userErrors { message } } }', variables: { input: { title, assignee } } },
      token.headers,
    );
    expect(res.json.data.createActionItem.userErrors).toEqual([]);
  }

  it("a group's follow-up page shows an action item added through the API, without a reload; other groups' changes leave it alone", async () => {
    await openDashboard(page, t.url, '/dashboard/groups/CWG-COP/follow-up');
    const loads: string[] = [];
    page.on('request', (r) => {
      // the page's reads: GET by persisted-query hash, or POST (the WebSocket is not a request here)
      if (new URL(r.url()).pathname === '/graphql' && (r.method() === 'GET' || r.method() === 'POST')) loads.push(r.url());
    });
    // the subscription is live once the server counts it
    const deadline = Date.now() + 15_000;
    while (t.app.live.size < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(t.app.live.size).toBe(1);

    await addItem('An item for another group', 'CG-COP');
    await new Promise((r) => setTimeout(r, 1_500));
    expect(loads).toEqual([]);

    await addItem('Live refresh: check the helpline figures', 'CWG-COP');
    await page.getByText('Live refresh: check the helpline figures').waitFor({ timeout: 15_000 });
    expect(loads.length).toBeGreaterThanOrEqual(1);
    expect(problems).toEqual([]);
  });
});
