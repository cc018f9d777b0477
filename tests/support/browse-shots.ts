/**
 * Screenshots of the find-and-browse pages (search, best practice, topic, a group's history), taken
 * as a person moves through them. `npm run screenshots` writes them to docs/screenshots/; the
 * browse browser test takes the same ones into a scratch folder, so the script cannot silently break.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openDashboard, waitForDashboard, type Browser } from './browser.js';
import type { Shot } from './dashboard-shots.js';

async function shoot(page: Page, dir: string, file: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: path.join(dir, file), fullPage: true, animations: 'disabled' });
}

export async function takeBrowseScreenshots(browser: Browser, baseUrl: string, dir: string): Promise<Shot[]> {
  const page = await browser.newPage();
  const shots: Shot[] = [];
  try {
    await openDashboard(page, baseUrl, '/dashboard');
    await page.locator('form.search-box input[name=q]').fill('helplines');
    await page.locator('form.search-box input[name=q]').press('Enter');
    await page.waitForURL(/\/dashboard\/search\?q=helplines/);
    await waitForDashboard(page);
    await shoot(page, dir, 'search.png');
    shots.push({ file: 'search.png', what: 'Search for "helplines" from the box in the header: ranked hits grouped by kind, the matched words highlighted' });

    await page.locator('section.search-kind[data-kind="BestPractice"] .hit-title a').first().click();
    await waitForDashboard(page);
    await shoot(page, dir, 'best-practice.png');
    shots.push({ file: 'best-practice.png', what: 'A best practice: its summary, who shared it where, its topics (linking to their pages), documents and sources' });

    await openDashboard(page, baseUrl, '/dashboard/topics/helplines');
    await shoot(page, dir, 'topic.png');
    shots.push({ file: 'topic.png', what: 'The "Helplines" topic: the meetings, outcomes, liaisons, reports and best practices tagged with it, across groups' });

    await openDashboard(page, baseUrl, '/dashboard/groups/CWG-COP/history');
    await shoot(page, dir, 'group-history.png');
    shots.push({ file: 'group-history.png', what: "CWG-COP's history of changes: each recorded write, who made it, and the fields before and after" });
  } finally {
    await page.close();
  }
  return shots;
}
