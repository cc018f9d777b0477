/**
 * A real browser for the dashboard tests and the screenshot script: Debian's Chromium driven by
 * playwright-core, headless, with a fresh profile each time and nothing phoning home.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * null when the browser tests run; otherwise why they are skipped: no Chromium, or TEST_BROWSER=off
 * (.ci/run's embedded pass: the dashboard in the browser is the same on both databases, and the
 * real-PostgreSQL pass has driven it already; its HTTP tests still run on both)
 */
export function browserTestsSkipped(): string | null {
  if (process.env.TEST_BROWSER === 'off') return 'TEST_BROWSER=off: browser tests skipped';
  return chromiumMissing();
}

/** null when the browser is there; otherwise why it cannot run */
export function chromiumMissing(): string | null {
  try {
    fs.accessSync(CHROMIUM_PATH, fs.constants.X_OK);
    return null;
  } catch {
    return `no Chromium at ${CHROMIUM_PATH}: browser tests skipped (install it with \`apt-get install -y chromium\`; .ci/run does)`;
  }
}

export interface Browser {
  context: BrowserContext;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export const VIEWPORT = { width: 1280, height: 860 };

export async function launchBrowser(): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-graph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'UTC',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    context,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens a dashboard path and waits until the page has drawn what it fetched. */
export async function openDashboard(page: Page, baseUrl: string, pathAndQuery: string): Promise<void> {
  await page.goto(`${baseUrl}${pathAndQuery}`);
  await waitForDashboard(page);
}

export async function waitForDashboard(page: Page): Promise<void> {
  await page.waitForSelector('body[data-state="ready"]', { timeout: 15_000 });
}

/**
 * Clicks an arrow of the liaison map where a person would: on the curve itself, halfway along
 * (the middle of a curve's bounding box is not on the curve, so a plain locator click misses).
 */
export async function clickMapArrow(page: Page, from: string, to: string): Promise<void> {
  const edge = page.locator(`g.edge[data-from="${from}"][data-to="${to}"] path.edge-hit`);
  await edge.scrollIntoViewIfNeeded();
  const point = await edge.evaluate((el) => {
    const path = el as SVGPathElement;
    const p = path.getPointAtLength(path.getTotalLength() / 2);
    const screen = new DOMPoint(p.x, p.y).matrixTransform(path.getScreenCTM()!);
    return { x: screen.x, y: screen.y };
  });
  await page.mouse.click(point.x, point.y);
}
