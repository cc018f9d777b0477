/**
 * The review page of an ingested document in Chromium, used as a secretariat officer would:
 * paste a report, see its facts beside the highlighted text, reject one, edit one, apply, and
 * find the result in the graph; an EDITOR is told the page is not for that token.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { browserTestsSkipped, launchBrowser, openDashboard, waitForDashboard, type Browser } from '../support/browser.js';
import { createTestToken, sql, type TestToken } from '../support/tokens.js';

const missing = browserTestsSkipped();
const WAIT = { timeout: 30_000 };
const REPORT = [
  'The twenty-ninth meeting of CWG-COP was held on 7 to 8 January 2027 in Geneva, Switzerland, in a hybrid format.',
  'The outcomes of the twenty-ninth meeting were:',
  '–\tThe meeting agreed to update the guidelines for parents and educators.',
  '–\tThe meeting noted the progress report of the youth panel.',
].join('\n');

let t: TestApp;
let browser: Browser;
let page: Page;
let secretariat: TestToken;
let editor: TestToken;
const problems: string[] = [];

async function signIn(token: string): Promise<void> {
  await openDashboard(page, t.url, '/dashboard/sign-in');
  await page.locator('#token').fill(token);
  await page.locator('.sign-in-form button[type="submit"]').click();
  await page.locator('.session[data-session="signed-in"]').waitFor(WAIT);
}

describe.skipIf(missing !== null)(`the review page in Chromium${missing ? ` (${missing})` : ''}`, () => {
  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seed: true }), launchBrowser()]);
    secretariat = await createTestToken(t, { role: 'SECRETARIAT', label: 'ITU secretariat officer' });
    editor = await createTestToken(t, { role: 'EDITOR', groups: ['CWG-COP'], label: 'CWG-COP editor' });
    page = await browser.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('tells an EDITOR the page is not for that token', async () => {
    await signIn(editor.token);
    await openDashboard(page, t.url, '/dashboard/record/document');
    await page.locator('.notice').filter({ hasText: 'may not do this' }).waitFor(WAIT);
    expect(await page.locator('[data-paste]').count()).toBe(0);
    await page.evaluate(() => sessionStorage.clear());
  });

  it('drafts a pasted report beside its text; reject, edit, apply; the graph holds what was accepted', async () => {
    await signIn(secretariat.token);
    await openDashboard(page, t.url, '/dashboard/record/document');
    await page.locator('[data-paste]').fill(REPORT);
    await page.locator('.ingest-form button[type="submit"]').click();
    await page.locator('[data-review]').waitFor(WAIT);
    await waitForDashboard(page);
    // the text left, every cited sentence marked; facts right, by kind
    expect(await page.locator('[data-document-text]').textContent()).toBe(REPORT);
    expect(await page.locator('[data-document-text] mark.excerpt').count()).toBeGreaterThanOrEqual(3);
    const outcome2 = page.locator('.fact[data-fact="CWG-COP#29/2"]');
    await outcome2.locator('button.link').click();
    await expect(page.locator('mark.excerpt.active').first().textContent()).resolves.toContain('progress report of the youth panel');
    // nothing accepted yet: nothing to apply
    expect(await page.locator('[data-apply]').isDisabled()).toBe(true);
    await page.locator('.fact[data-fact="CWG-COP#29"] [data-action="edit"]').click();
    await page.locator('.fact[data-fact="CWG-COP#29"] [data-field="location"] input').fill('Geneva, Switzerland (CICG)');
    await page.locator('.fact[data-fact="CWG-COP#29"] [data-field="location"] input').dispatchEvent('change');
    await page.locator('.fact[data-fact="CWG-COP#29/1"] [data-action="accept"]').click();
    await outcome2.locator('[data-action="reject"]').click();
    await expect(page.locator('[data-apply]').textContent()).resolves.toBe('Apply 2 facts');
    await page.locator('[data-document="symbol"]').fill('CWG-COP/29/REPORT');
    await page.locator('[data-document="title"]').fill('Report of the 29th meeting');
    await page.locator('[data-apply]').click();
    await page.locator('.notice.saved').waitFor(WAIT);
    await expect(page.locator('.notice.saved').textContent()).resolves.toContain('3 objects created');
    const meetings = await sql<{ location: string; outcomes: number }>(
      t,
      `select m.location, (select count(*)::int from outcomes o where o.meeting_id = m.id) as outcomes from meetings m join groups g on g.id = m.group_id where g.acronym = 'CWG-COP' and m.number = 29`,
    );
    expect(meetings).toEqual([{ location: 'Geneva, Switzerland (CICG)', outcomes: 1 }]);

    // drafted again: what was applied is shown as present, not offered twice
    await openDashboard(page, t.url, '/dashboard/record/document');
    await page.locator('[data-paste]').fill(REPORT);
    await page.locator('.ingest-form button[type="submit"]').click();
    await page.locator('[data-review]').waitFor(WAIT);
    await page.locator('.fact[data-fact="CWG-COP#29"] [data-present]').waitFor(WAIT);
    expect(await page.locator('.fact[data-fact="CWG-COP#29"] [data-action]').count()).toBe(0);
    expect(await page.locator('.fact[data-fact="CWG-COP#29/2"] [data-action="accept"]').count()).toBe(1);
    expect(problems).toEqual([]);
  });
});
