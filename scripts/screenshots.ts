/**
 * Refreshes docs/screenshots/ (`npm run screenshots`): starts the server on a fresh in-memory
 * embedded database with the seed data set, opens each dashboard page in headless Chromium and
 * saves a full-page PNG, then each form (signed in with a SECRETARIAT token it issues).
 * `-- --url http://localhost:4000 [--token lg_…]` shoots a server that is already running (the
 * forms only with a token; they write a liaison to it).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/platform/logging/logger.js';
import { startApp, type App } from '../src/app/bootstrap.js';
import { chromiumMissing, launchBrowser } from '../tests/support/browser.js';
import { takeDashboardScreenshots } from '../tests/support/dashboard-shots.js';
import { takeBrowseScreenshots } from '../tests/support/browse-shots.js';
import { takeFormScreenshots } from '../tests/support/form-shots.js';
import { issueTokenWrite } from '../src/api-token/api-token.service.js';
import { COMMAND_LINE_VIEWER } from '../src/auth/viewer.js';

const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'screenshots');
const urlFlag = process.argv.indexOf('--url');
const givenUrl = urlFlag >= 0 ? process.argv[urlFlag + 1] : undefined;
const tokenFlag = process.argv.indexOf('--token');
let token = tokenFlag >= 0 ? process.argv[tokenFlag + 1] : undefined;

const missing = chromiumMissing();
if (missing) {
  console.error(missing);
  process.exit(1);
}

let app: App | undefined;
let baseUrl = givenUrl;
if (!baseUrl) {
  // dataDir after loadConfig: it would resolve "memory://" as a folder name
  // a minute per request: the forms write, and a busy machine must not fail the pictures
  const config = { ...loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', REQUEST_TIMEOUT_MS: '60000' }), dataDir: 'memory://', seed: true };
  app = await startApp(config, createLogger(config.logLevel));
  baseUrl = app.url;
  const issued = await issueTokenWrite(
    { em: app.orm.em.fork(), viewer: { ...COMMAND_LINE_VIEWER, label: 'screenshots' }, credentialProblem: null },
    { label: 'ITU secretariat officer', role: 'SECRETARIAT', groups: [] },
  );
  token = issued.secret;
  console.log(`server on the seed data set: ${baseUrl}`);
}

fs.mkdirSync(outDir, { recursive: true });
const browser = await launchBrowser();
try {
  const shots = [...(await takeDashboardScreenshots(browser, baseUrl, outDir)), ...(await takeBrowseScreenshots(browser, baseUrl, outDir))];
  if (token) shots.push(...(await takeFormScreenshots(browser, baseUrl, outDir, token)));
  for (const shot of shots) console.log(`docs/screenshots/${shot.file}  ${shot.what}`);
} finally {
  await browser.close();
  await app?.stop();
}
