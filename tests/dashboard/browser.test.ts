/**
 * The dashboard in a real browser (Debian's Chromium through playwright-core), used as a partner
 * would: open each page, read the seeded figures, click from the map to a liaison, filter the
 * follow-up list, and take a screenshot of each page. Skipped, saying why, without Chromium.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../src/app/bundle.js';
import type { Bundle } from '../../src/bundle/bundle.types.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { browserTestsSkipped, clickMapArrow, launchBrowser, openDashboard, waitForDashboard, type Browser } from '../support/browser.js';
import { takeDashboardScreenshots } from '../support/dashboard-shots.js';
import { daysFromToday } from '../support/factories.js';

const missing = browserTestsSkipped();
if (missing) console.warn(`[tests/dashboard/browser] ${missing}`);

let t: TestApp;
let browser: Browser;
let page: Page;
/** what went wrong in the page: script errors, console errors, failed or off-site requests */
let problems: string[] = [];

function watch(p: Page, base: string): void {
  p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  p.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  p.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  p.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) problems.push(`off-site request: ${r.url()}`);
  });
}

describe.skipIf(missing !== null)(`dashboard in Chromium${missing ? ` (${missing})` : ''}`, () => {
  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seed: true }), launchBrowser()]);
    page = await browser.newPage();
    watch(page, t.url);
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });
  afterEach(() => {
    // every page loads cleanly: no script error, nothing fetched from elsewhere
    expect(problems).toEqual([]);
    problems = [];
  });

  const card = (acronym: string) => cardOf(page, acronym);

  it('overview: the Secretariat card shows its 4 open items, CG-COP the report’s next milestone in ITU-T SG17', async () => {
    await openDashboard(page, t.url, '/dashboard');
    await expect(page.title()).resolves.toBe('Overview · Liaison Graph');
    await expect(card('Secretariat').locator('[data-figure="open-items"] strong').textContent()).resolves.toBe('4');
    const titles = await card('Secretariat').locator('.item-list li .item-title').allTextContents();
    expect(titles).toHaveLength(3); // three on the card, the fourth behind the link
    expect(titles).toContain("Share children's feedback on helplines with relevant parent organizations and the expert group of the Global Cybersecurity Index (GCI)");
    await expect(card('Secretariat').locator('a.more').textContent()).resolves.toBe('All 4 in the follow-up list →');
    const milestone = card('CG-COP').locator('li.milestone');
    await expect(milestone.locator('.item-title').textContent()).resolves.toBe('Discussion in ITU-T SG17, April 2025');
    await expect(milestone.textContent()).resolves.toContain('CG-COP gap analysis report');
    // the totals across groups
    const totals = await page.locator('.stats .stat').allTextContents();
    expect(totals).toEqual(['4open action items', '0overdue', '0liaisons awaiting a reply', '0replies overdue', '0replies due soon', '1travelling report']);
  });

  it('group page: CWG-COP’s 22nd meeting had 191 participants, its outcomes in order', async () => {
    await card('CWG-COP').locator('h2 a').click();
    await waitForDashboard(page);
    expect(new URL(page.url()).pathname).toBe('/dashboard/groups/CWG-COP');
    const meeting22 = page.locator('article.meeting[data-meeting="22"]');
    await expect(meeting22.locator('.participants [data-figure="participants"]').textContent()).resolves.toBe('191');
    await expect(page.locator('.attendance li[data-meeting="21"] .bar-value').textContent()).resolves.toBe('129');
    await expect(page.locator('.attendance li[data-meeting="22"] .bar-value').textContent()).resolves.toBe('191');
    const kinds = await meeting22.locator('ol.outcomes > li .chip-kind').allTextContents();
    expect(kinds).toEqual(['Welcomed', 'Endorsed', 'Reaffirmed', 'Expected']);
    await expect(page.locator('[data-direction="sent"] .liaison-title').allTextContents()).resolves.toEqual(['Outcomes of the 21st and 22nd CWG-COP meetings']);
    await expect(page.locator('[data-direction="received"] .liaison-title').count()).resolves.toBe(2);
  });

  it('group page: an acronym with a slash (ITU-D SG2 Q3/2) opens from a link', async () => {
    await page.locator('[data-direction="sent"] .route a', { hasText: 'ITU-D SG2 Q3/2' }).click();
    await waitForDashboard(page);
    await expect(page.locator('h1').textContent()).resolves.toBe('ITU-D SG2 Q3/2');
    await expect(page.locator('[data-direction="received"] .liaison-title').allTextContents()).resolves.toEqual(['Outcomes of the 21st and 22nd CWG-COP meetings']);
  });

  it('liaison map: clicking the CWG-COP → ITU-D SG2 Q3/2 arrow lists its liaison, which opens its page', async () => {
    await openDashboard(page, t.url, '/dashboard/map');
    await expect(page.locator('g.edge').count()).resolves.toBe(3);
    await expect(page.locator('g.node').count()).resolves.toBe(9);
    await expect(page.locator('.legend li[data-class="information"] strong').textContent()).resolves.toBe('3');
    await clickMapArrow(page, 'CWG-COP', 'ITU-D SG2 Q3/2');
    await expect(page.locator('.map-panel h2').textContent()).resolves.toBe('CWG-COP → ITU-D SG2 Q3/2');
    expect(new URL(page.url()).search).toBe('?from=CWG-COP&to=ITU-D+SG2+Q3%2F2');
    const link = page.locator('.map-panel a.liaison-title');
    await expect(link.allTextContents()).resolves.toEqual(['Outcomes of the 21st and 22nd CWG-COP meetings']);
    await link.click();
    await waitForDashboard(page);
    expect(new URL(page.url()).pathname).toMatch(/^\/dashboard\/liaisons\/[A-Za-z0-9_-]+$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Outcomes of the 21st and 22nd CWG-COP meetings');
    const facts = await page.locator('dl.facts').textContent();
    expect(facts).toContain('ITU-D SG2 Q3/2 — for information');
    expect(facts).toContain('Outcome 4 of the 21st CWG-COP meeting');
    // the browser's back button returns to the map with the arrow still selected
    await page.goBack();
    await waitForDashboard(page);
    await expect(page.locator('.map-panel h2').textContent()).resolves.toBe('CWG-COP → ITU-D SG2 Q3/2');
  });

  it('liaison map: clicking a group lists what it sent and received', async () => {
    await page.locator('g.node[data-group="ITU-T SG17"]').click();
    await expect(page.locator('.map-panel h2').textContent()).resolves.toBe('ITU-T SG17: sent and received');
    await expect(page.locator('.map-panel a.liaison-title').allTextContents()).resolves.toEqual(['Liaison statement on SG17 acknowledging CWG-COP’s contributions']);
    await expect(page.locator('g.edge.dim').count()).resolves.toBe(2);
  });

  it('follow-up list: filters by assignee, status and overdue, through the API', async () => {
    await openDashboard(page, t.url, '/dashboard/follow-up');
    const count = () => page.locator('[data-figure="count"]').textContent();
    const settle = () => waitForDashboard(page);
    await expect(count()).resolves.toBe('6 action items');
    await page.selectOption('#filter-assignee', 'Secretariat');
    await settle();
    await expect(count()).resolves.toBe('5 action items');
    await page.locator('label.toggle', { hasText: 'Open' }).click();
    await settle();
    await expect(count()).resolves.toBe('4 action items');
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ assignee: 'Secretariat', status: 'OPEN' });
    const rows = page.locator('table.follow-up tbody tr');
    await expect(rows.count()).resolves.toBe(4);
    await expect(rows.locator('.status-cell').allTextContents()).resolves.toEqual(['Open', 'Open', 'Open', 'Open']);
    await page.selectOption('#filter-overdue', 'true');
    await settle();
    await expect(count()).resolves.toBe('0 action items');
    await expect(page.locator('.results .empty').allTextContents()).resolves.toEqual(['No action items match these filters.', 'No liaison replies awaited match these filters.']);
    // a filtered list survives a reload: the filters live in the URL
    await page.reload();
    await settle();
    await expect(page.locator('#filter-assignee').inputValue()).resolves.toBe('Secretariat');
    await expect(page.locator('#filter-overdue').inputValue()).resolves.toBe('true');
  });

  it('follow-up list: a row links to the outcome that raised it and unfolds its source text', async () => {
    await openDashboard(page, t.url, '/dashboard/follow-up?assignee=CWG-COP');
    const row = page.locator('table.follow-up tbody tr').first();
    await expect(row.locator('.item-title').textContent()).resolves.toMatch(/^Send the outcomes of the 21st meeting/);
    await row.locator('details.sources summary').click();
    await expect(row.locator('details.sources blockquote').first().isVisible()).resolves.toBe(true);
    await expect(row.locator('details.sources').textContent()).resolves.toContain('CWG-COP/COUNCIL-REPORT-21-22');
    await row.locator('a.outcome-link').click();
    await waitForDashboard(page);
    expect(new URL(page.url()).pathname).toBe('/dashboard/groups/CWG-COP');
    const target = page.locator('li.highlight[id^="outcome-"]');
    await expect(target.locator('.outcome-text').textContent()).resolves.toMatch(/^The meeting agreed that the outcomes of this meeting/);
    await expect(target.isVisible()).resolves.toBe(true);
  });

  it('liaison page: an attachment opens the document’s own page, with its text and what quotes it', async () => {
    await openDashboard(page, t.url, '/dashboard/map?from=CWG-COP&to=ITU-D+SG2+Q3%2F2');
    await page.locator('.map-panel a.liaison-title').click();
    await waitForDashboard(page);
    await page.locator('ul.attachments a.document-link').click();
    await waitForDashboard(page);
    expect(new URL(page.url()).pathname).toMatch(/^\/dashboard\/documents\/[A-Za-z0-9_-]+$/);
    await expect(page.locator('.page-header .lead').textContent()).resolves.toBe('CWG-COP/LS-SG2-Q3-2');
    await expect(page.locator('.document-text').textContent()).resolves.toContain('CWG-COP is looking forward to hearing from ITU-D SG2 Q3/2');
    await expect(page.locator('ul.attached-to a').allTextContents()).resolves.toEqual(['Outcomes of the 21st and 22nd CWG-COP meetings']);
    await expect(page.locator('.excerpts figure').count()).resolves.toBeGreaterThan(0);
    // an excerpt leads back to the liaison it supports
    await page.locator('.excerpts figcaption a', { hasText: 'Outcomes of the 21st and 22nd CWG-COP meetings' }).first().click();
    await waitForDashboard(page);
    expect(new URL(page.url()).pathname).toMatch(/^\/dashboard\/liaisons\//);
  });

  it('report timeline: the gap-analysis report, SG17 (April 2025, next) then CWG-COP (October 2025)', async () => {
    await openDashboard(page, t.url, '/dashboard/timeline');
    const report = page.locator('article.report-card[data-report="CG-COP gap analysis report"]');
    await expect(report.locator('.milestone-list li .when').allTextContents()).resolves.toEqual(['April 2025', 'October 2025']);
    const next = report.locator('.milestone-list li.next');
    await expect(next.locator('.what').textContent()).resolves.toMatch(/^Discussion in ITU-T SG17/);
    await expect(report.locator('svg.timeline-chart .milestone-mark').count()).resolves.toBe(2);
    await expect(report.locator('svg.timeline-chart .lane-label').allTextContents()).resolves.toEqual(['ITU-T SG17', 'CWG-COP']);
  });

  it('takes a screenshot of each page (as `npm run screenshots` does)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-graph-shots-'));
    try {
      const shots = await takeDashboardScreenshots(browser, t.url, dir);
      expect(shots.map((s) => s.file)).toEqual(['overview.png', 'liaison-map.png', 'liaison.png', 'follow-up.png', 'timeline.png', 'group-cwg-cop.png']);
      for (const shot of shots) {
        const png = fs.readFileSync(path.join(dir, shot.file));
        expect(png.subarray(1, 4).toString(), shot.file).toBe('PNG');
        expect(png.readUInt32BE(16), `${shot.file} width`).toBe(1280);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

/** Follow-up that needs attention: an overdue item, a liaison past its deadline, a reply received. */
const pressing: Bundle = {
  format: 'liaison-graph-bundle',
  version: 1,
  groups: [],
  topics: [],
  documents: [],
  meetings: [],
  outcomes: [],
  actionItems: [
    { key: 'test-overdue', title: 'Circulate the helpline feedback summary', assignee: 'BDT', raisedBy: 'CWG-COP#22/3', dueOn: '2025-06-30', status: 'OPEN' },
  ],
  liaisons: [
    { key: 'test-ask-sg17', title: 'Request for comments on the gap analysis', from: 'CWG-COP', to: [{ group: 'ITU-T SG17', purpose: 'FOR_COMMENT' }], cc: ['BDT'], status: 'SENT', sentOn: '2025-03-01', deadline: '2025-05-01' },
    { key: 'test-ask-cg', title: 'Request for a status update', from: 'CG-COP', to: [{ group: 'CWG-COP', purpose: 'FOR_ACTION' }], status: 'RESPONDED', sentOn: '2025-03-02', deadline: '2025-04-01' },
    { key: 'test-reply-cg', title: 'Status update on the gap analysis', from: 'CWG-COP', to: [{ group: 'CG-COP', purpose: 'IN_RESPONSE' }], status: 'SENT', sentOn: '2025-03-20', inReplyTo: 'test-ask-cg' },
    // due in five days from whenever the test runs: "due soon" (DUE_SOON_DAYS is 14)
    { key: 'test-ask-soon', title: 'Comments on the draft toolkit', from: 'ITU-T SG17', to: [{ group: 'CWG-COP', purpose: 'FOR_COMMENT' }], status: 'SENT', sentOn: daysFromToday(-20), deadline: daysFromToday(5) },
  ],
  reports: [],
  bestPractices: [],
};

describe.skipIf(missing !== null)('dashboard in Chromium: what needs attention stands out', () => {
  let app: TestApp;
  let own: Browser;
  beforeAll(async () => {
    [app, own] = await Promise.all([startTestApp({ seed: true }), launchBrowser()]);
    await importBundle(app.app.orm.em.fork(), pressing);
    page = await own.newPage();
    watch(page, app.url);
  }, 90_000);
  afterAll(async () => {
    await own?.close();
    await app?.stop();
  });
  afterEach(() => {
    expect(problems).toEqual([]);
    problems = [];
  });

  it('overview: overdue and awaiting figures turn red and amber, the overdue group comes first', async () => {
    await openDashboard(page, app.url, '/dashboard');
    // one overdue action item, one liaison reply overdue (SG17's), one due soon (CWG-COP's)
    await expect(page.locator('.stats .stat-overdue .stat-value').allTextContents()).resolves.toEqual(['1', '1']);
    await expect(page.locator('.stats .stat-awaiting .stat-value').allTextContents()).resolves.toEqual(['2', '1']);
    await expect(page.locator('.stats .stat-overdue .stat-caption').allTextContents()).resolves.toEqual(['overdue', 'reply overdue']);
    // the groups late with something come first: BDT (an action item) and SG17 (a reply)
    const cards = page.locator('.card-grid article.group-card');
    expect((await Promise.all([0, 1].map((i) => cards.nth(i).getAttribute('data-group')))).sort()).toEqual(['BDT', 'ITU-T SG17']);
    const first = cardOf(page, 'BDT');
    await expect(first.getAttribute('class')).resolves.toContain('has-overdue');
    await expect(cardOf(page, 'ITU-T SG17').getAttribute('class')).resolves.toContain('has-overdue');
    await expect(first.locator('.chip-overdue').first().textContent()).resolves.toBe('1 overdue');
    await expect(first.locator('li.overdue .item-title').textContent()).resolves.toBe('Circulate the helpline feedback summary');
    // SG17 owes a late reply to CWG-COP and awaits one from it, due soon
    const sg17 = cardOf(page, 'ITU-T SG17');
    await expect(sg17.locator('[data-figure="awaiting"] strong').textContent()).resolves.toBe('2');
    await expect(sg17.locator('.card-header .chip-overdue').textContent()).resolves.toBe('1 reply late');
    await expect(sg17.locator('[data-figure="replies-late"]').textContent()).resolves.toBe('1reply late');
    await expect(cardOf(page, 'CWG-COP').locator('li.awaiting', { hasText: 'sent to ITU-T SG17' }).textContent()).resolves.toContain('sent to ITU-T SG17, reply due 1 May 2025Reply overdue');
  });

  it('liaison map: awaiting in amber, answered in green, the copy dashed', async () => {
    await openDashboard(page, app.url, '/dashboard/map');
    const edge = (from: string, to: string) => page.locator(`g.edge[data-from="${from}"][data-to="${to}"]`);
    await expect(edge('CWG-COP', 'ITU-T SG17').getAttribute('class')).resolves.toBe('edge edge-awaiting');
    await expect(edge('CWG-COP', 'BDT').getAttribute('class')).resolves.toBe('edge edge-information cc');
    await expect(edge('CG-COP', 'CWG-COP').getAttribute('class')).resolves.toBe('edge edge-responded');
    const stroke = await edge('CWG-COP', 'ITU-T SG17').locator('.edge-line').evaluate((el) => getComputedStyle(el).stroke);
    expect(stroke).toBe('rgb(180, 93, 0)');
  });

  it('follow-up list: the overdue row is marked, and "Overdue only" keeps just it', async () => {
    await openDashboard(page, app.url, '/dashboard/follow-up?overdue=true');
    const rows = page.locator('table.follow-up tbody tr');
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().getAttribute('class')).resolves.toBe('overdue');
    await expect(rows.first().locator('.status-cell').textContent()).resolves.toBe('OpenOverdue');
    await expect(rows.first().locator('.due-cell').textContent()).resolves.toBe('30 Jun 2025');
    // beside the items, the one reply overdue: SG17 owes it to CWG-COP
    const replies = page.locator('table.follow-up-replies tbody tr');
    await expect(replies.count()).resolves.toBe(1);
    await expect(replies.first().getAttribute('class')).resolves.toBe('overdue');
    await expect(replies.first().locator('.owed-cell').textContent()).resolves.toBe('ITU-T SG17');
    await expect(replies.first().locator('.status-cell').textContent()).resolves.toBe('Reply overdue');
  });

  it('follow-up list: all replies awaited, late first, narrowed to who owes them', async () => {
    await openDashboard(page, app.url, '/dashboard/follow-up');
    const replies = page.locator('table.follow-up-replies tbody tr');
    await expect(replies.locator('.liaison-title').allTextContents()).resolves.toEqual(['Request for comments on the gap analysis', 'Comments on the draft toolkit']);
    await expect(replies.locator('.status-cell').allTextContents()).resolves.toEqual(['Reply overdue', 'Reply due soon']);
    await page.selectOption('#filter-assignee', 'CWG-COP');
    await waitForDashboard(page);
    await expect(replies.locator('.liaison-title').allTextContents()).resolves.toEqual(['Comments on the draft toolkit']);
  });

  it('what concerns ITU-T SG17: the late reply it owes, the one owed to it, from the card', async () => {
    await openDashboard(page, app.url, '/dashboard');
    await cardOf(page, 'ITU-T SG17').locator('[data-figure="replies-late"]').click();
    await waitForDashboard(page);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/dashboard/groups/ITU-T SG17/follow-up');
    await expect(page.locator('h1').textContent()).resolves.toBe('What concerns ITU-T SG17');
    await expect(page.locator('#owes .liaison-title').allTextContents()).resolves.toEqual(['Request for comments on the gap analysis']);
    await expect(page.locator('#owes .chip-overdue').allTextContents()).resolves.toContain('Reply overdue');
    await expect(page.locator('#owed .liaison-title').allTextContents()).resolves.toEqual(['Comments on the draft toolkit']);
    await expect(page.locator('#owed .chip-warning').allTextContents()).resolves.toContain('Reply due soon');
    // the report passing through SG17 comes next there
    await expect(page.locator('#milestones li.milestone .item-title').allTextContents()).resolves.toEqual(['Discussion in ITU-T SG17, April 2025']);
  });
});

function cardOf(p: Page, acronym: string) {
  return p.locator(`article.group-card[data-group="${acronym}"]`);
}
