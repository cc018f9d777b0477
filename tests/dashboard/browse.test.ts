/**
 * Find and browse in a real browser (issue 16, item 5): the search box in the header, hits
 * grouped by kind with their highlighted words (and a hostile title shown as text), a best
 * practice's page, a topic's page listing what was just tagged, and a group's history showing
 * what was just changed, each reached by a link from the page before. Skipped without Chromium.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens } from '../support/tokens.js';
import { browserTestsSkipped, launchBrowser, openDashboard, waitForDashboard, type Browser } from '../support/browser.js';
import { takeBrowseScreenshots } from '../support/browse-shots.js';
import { BrowseFixturesDocument, CreateBestPracticeDocument, TagAnythingDocument, UpdateOutcomeDocument } from '../graphql/generated.js';

const missing = browserTestsSkipped();
if (missing) console.warn(`[tests/dashboard/browse] ${missing}`);

let t: TestApp;
let browser: Browser;
let page: Page;
let headers: Record<string, string>;
let problems: string[] = [];

describe.skipIf(missing !== null)(`find and browse in Chromium${missing ? ` (${missing})` : ''}`, () => {
  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seed: true }), launchBrowser()]);
    headers = (await createRoleTokens(t)).secretariat.headers;
    page = await browser.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });
  afterEach(() => {
    expect(problems).toEqual([]);
    problems = [];
  });

  it('searches from the header: hits grouped by kind, words marked, a hostile title shown as text; a hit opens the best practice', async () => {
    const hostile = '<img src=x onerror="alert(1)"> Helpline escalation <b>drill</b>';
    const created = await t.graphql(CreateBestPracticeDocument, { input: { title: hostile, summary: 'Helplines rehearse escalation to the police.', sourceGroup: 'CWG-COP', topics: ['helplines'] } }, { headers });
    expect(created.data!.createBestPractice!.userErrors).toEqual([]);

    await openDashboard(page, t.url, '/dashboard/timeline');
    const box = page.locator('form.search-box input[name=q]');
    await box.fill('escalation');
    await box.press('Enter');
    await page.waitForURL(/\/dashboard\/search\?q=escalation$/);
    await waitForDashboard(page);
    await expect(box.inputValue()).resolves.toBe('escalation');
    const practices = page.locator('section.search-kind[data-kind="BestPractice"]');
    await expect(practices.locator('h2').textContent()).resolves.toBe('Best practices (1)');
    // the title is text, not markup: no image element, the angle brackets on the page
    await expect(page.locator('.search-page img').count()).resolves.toBe(0);
    await expect(page.locator('.search-page b').count()).resolves.toBe(0);
    await expect(practices.locator('.hit-title a').textContent()).resolves.toBe(hostile);
    await expect(practices.locator('.hit-snippet mark').first().textContent()).resolves.toMatch(/^escalation$/i);

    // several kinds, each under its own heading, for a word the seed uses widely
    await box.fill('helplines');
    await box.press('Enter');
    await page.waitForURL(/q=helplines$/);
    await waitForDashboard(page);
    const kinds = await page.locator('section.search-kind').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind));
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds.length).toBeGreaterThan(1);
    expect(await page.locator('.search-hit mark').count()).toBeGreaterThan(0);

    await page.locator('section.search-kind[data-kind="BestPractice"] .hit-title a', { hasText: 'Helpline escalation' }).click();
    await waitForDashboard(page);
    expect(new URL(page.url()).pathname).toMatch(/^\/dashboard\/best-practices\//);
    await expect(page.locator('.page-header h1').textContent()).resolves.toBe(hostile);
    await expect(page.locator('.practice-summary').textContent()).resolves.toBe('Helplines rehearse escalation to the police.');
    await page.locator('a.topic-link', { hasText: 'Helplines' }).click();
    await waitForDashboard(page);
    expect(new URL(page.url()).pathname).toBe('/dashboard/topics/helplines');
  });

  it('a topic page lists what was just tagged, across groups, and links to it', async () => {
    const { group } = (await t.graphql(BrowseFixturesDocument, {})).data!;
    const liaison = group!.liaisons.edges.map((e) => e.node).find((l) => l.fromGroup.acronym === 'CWG-COP')!;
    const tagged = await t.graphql(TagAnythingDocument, { input: { subject: liaison.id, topic: 'screen-time', version: liaison.version } }, { headers });
    expect(tagged.data!.tagTopic!.userErrors).toEqual([]);

    await openDashboard(page, t.url, '/dashboard/topics/screen-time');
    await expect(page.locator('.page-header h1').textContent()).resolves.toBe('Screen time');
    const liaisons = page.locator('section.topic-kind[data-kind="Liaison"]');
    await expect(liaisons.locator('h2').textContent()).resolves.toBe('Liaisons (1)');
    await liaisons.locator('a', { hasText: liaison.title }).click();
    await waitForDashboard(page);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/dashboard/liaisons/${liaison.id}`);

    await openDashboard(page, t.url, '/dashboard/topics/no-such-topic');
    await expect(page.locator('.notice h1').textContent()).resolves.toBe('No such topic');
  });

  it("a group's history, reached from its page, shows a change just made with its before and after", async () => {
    const { group } = (await t.graphql(BrowseFixturesDocument, {})).data!;
    const outcome = group!.meetings.edges[0]!.node.outcomes[0]!;
    const updated = await t.graphql(UpdateOutcomeDocument, { input: { outcome: outcome.id, version: outcome.version, kind: 'ENDORSED' } }, { headers });
    expect(updated.data!.updateOutcome!.userErrors).toEqual([]);

    await openDashboard(page, t.url, '/dashboard/groups/CWG-COP');
    await page.locator('p.history-link a').click();
    await waitForDashboard(page);
    expect(new URL(page.url()).pathname).toBe('/dashboard/groups/CWG-COP/history');
    // oldest first: the change just made is on the last page
    for (let guard = 0; guard < 50 && (await page.locator('a[rel=next]').count()) > 0; guard++) {
      await page.locator('a[rel=next]').click();
      await waitForDashboard(page);
    }
    const last = page.locator('li.change').last();
    await expect(last.getAttribute('data-action')).resolves.toBe('UPDATE');
    await expect(last.locator('.change-head').textContent()).resolves.toContain('ITU secretariat officer');
    const row = await last.locator('table.change-fields tbody tr').allTextContents();
    expect(row).toEqual([expect.stringMatching(/^kind\w+ENDORSED$/)]);
  });

  it('takes the find-and-browse screenshots (npm run screenshots)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'browse-shots-'));
    try {
      const shots = await takeBrowseScreenshots(browser, t.url, dir);
      expect(shots.map((s) => s.file)).toEqual(['search.png', 'best-practice.png', 'topic.png', 'group-history.png']);
      for (const s of shots) expect(fs.statSync(path.join(dir, s.file)).size).toBeGreaterThan(10_000);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
