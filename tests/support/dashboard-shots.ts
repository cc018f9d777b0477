/**
 * The dashboard's screenshots, one per page, taken the way a partner would move through it.
 * `npm run screenshots` writes them to docs/screenshots/; the browser test takes the same ones
 * into a scratch folder, so the script cannot silently break.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { clickMapArrow, openDashboard, waitForDashboard, type Browser } from './browser.js';

export interface Shot {
  file: string;
  what: string;
}

async function shoot(page: Page, dir: string, file: string): Promise<void> {
  // no blinking focus ring or half-finished highlight animation in the picture
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: path.join(dir, file), fullPage: true, animations: 'disabled' });
}

export async function takeDashboardScreenshots(browser: Browser, baseUrl: string, dir: string): Promise<Shot[]> {
  const page = await browser.newPage();
  const shots: Shot[] = [];
  try {
    await openDashboard(page, baseUrl, '/dashboard');
    await shoot(page, dir, 'overview.png');
    shots.push({ file: 'overview.png', what: 'Overview: the headline totals, then a card per group (open action items, liaisons awaiting a reply, next milestone of its reports)' });

    await openDashboard(page, baseUrl, '/dashboard/map');
    await clickMapArrow(page, 'CWG-COP', 'ITU-D SG2 Q3/2');
    await page.locator('.map-panel a.liaison-title').first().waitFor();
    await shoot(page, dir, 'liaison-map.png');
    shots.push({ file: 'liaison-map.png', what: 'Liaison map: groups as nodes, liaisons as arrows coloured by status; the CWG-COP → ITU-D SG2 Q3/2 arrow is selected and its liaison listed beside the map' });

    await page.locator('.map-panel a.liaison-title').first().click();
    await waitForDashboard(page);
    await shoot(page, dir, 'liaison.png');
    shots.push({ file: 'liaison.png', what: 'One liaison, opened from the map: sender, addressees and purpose, status, the decision that sent it, its text and sources' });

    await openDashboard(page, baseUrl, '/dashboard/follow-up?assignee=Secretariat&status=OPEN,IN_PROGRESS');
    await shoot(page, dir, 'follow-up.png');
    shots.push({ file: 'follow-up.png', what: "Follow-up list filtered to the Secretariat's open action items, by due date, each with the outcome and meeting that raised it" });

    await openDashboard(page, baseUrl, '/dashboard/timeline');
    await shoot(page, dir, 'timeline.png');
    shots.push({ file: 'timeline.png', what: 'Report timeline: the CG-COP gap-analysis report from ITU-T SG17 (April 2025) to CWG-COP (October 2025), with today marked' });

    await openDashboard(page, baseUrl, '/dashboard/groups/CWG-COP');
    await shoot(page, dir, 'group-cwg-cop.png');
    shots.push({ file: 'group-cwg-cop.png', what: 'CWG-COP group page: attendance (129 and 191), each meeting with its outcomes in order, liaisons sent and received, follow-up' });
  } finally {
    await page.close();
  }
  return shots;
}
