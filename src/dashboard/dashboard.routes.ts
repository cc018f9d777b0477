import express, { type Express, type Response } from 'express';
import type { Logger } from '../platform/logging/logger.js';
import { dashboardAssets, type DashboardAssets } from './dashboard.bundle.js';

export const DASHBOARD_PATH = '/dashboard';

/** Everything the page loads comes from this server (works offline, no CDN); nothing inline. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NAV = [
  { href: '/dashboard', nav: 'overview', text: 'Overview' },
  { href: '/dashboard/map', nav: 'map', text: 'Liaison map' },
  { href: '/dashboard/follow-up', nav: 'follow-up', text: 'Follow-up list' },
  { href: '/dashboard/timeline', nav: 'timeline', text: 'Report timeline' },
];

/** The page every /dashboard path answers with; the client draws the page the path names. */
export function dashboardHtml(assets: Pick<DashboardAssets, 'version'>): string {
  const links = NAV.map((n) => `<a href="${n.href}" data-nav="${n.nav}">${n.text}</a>`).join('\n        ');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Liaison Graph · dashboard</title>
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="${DASHBOARD_PATH}/assets/dashboard.css?v=${assets.version}">
  <script type="module" src="${DASHBOARD_PATH}/assets/dashboard.js?v=${assets.version}"></script>
</head>
<body data-state="loading">
  <header class="topbar">
    <div class="topbar-inner">
      <a class="brand" href="/dashboard"><span class="brand-mark" aria-hidden="true"></span>Liaison Graph</a>
      <nav class="tabs" aria-label="Dashboard">
        ${links}
      </nav>
      <form class="search-box" role="search" action="${DASHBOARD_PATH}/search" method="get">
        <input type="search" name="q" placeholder="Search groups, liaisons, documents…" aria-label="Search" maxlength="500" required>
      </form>
      <a class="playground-link" href="/graphql">GraphQL playground</a>
    </div>
  </header>
  <main id="app" class="container"><p class="loading">Loading…</p></main>
  <noscript><p class="container">The dashboard needs JavaScript. The same figures are in the <a href="/graphql">GraphQL playground</a>.</p></noscript>
  <footer class="container footer">Child online protection groups at ITU · every figure on these pages comes from the <a href="/graphql">GraphQL API</a> and each fact carries its source.</footer>
</body>
</html>`;
}

function sendAsset(res: Response, type: string, body: string): void {
  // revalidated by ETag on every load: a restart with new client code shows at once
  res.type(type).setHeader('Cache-Control', 'no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.send(body);
}

/**
 * The partner dashboard at /dashboard, mounted through the server's `routes` hook: an HTML shell,
 * its script and stylesheet (bundled from src/dashboard/client at start, in memory). The pages
 * read everything from /graphql.
 */
export function dashboardRoutes(options: { logger: Logger; buildAtStart: boolean }): (app: Express) => void {
  const { logger } = options;
  const assets = async (res: Response): Promise<DashboardAssets | undefined> => {
    try {
      return await dashboardAssets();
    } catch (error) {
      logger.error({ err: error }, 'dashboard build failed');
      res.status(503).type('text/plain').send('The dashboard could not be built; the log says why. The GraphQL API at /graphql is unaffected.');
      return undefined;
    }
  };
  if (options.buildAtStart) {
    const started = Date.now();
    dashboardAssets().then(
      () => logger.debug({ ms: Date.now() - started }, 'dashboard built'),
      (error: unknown) => logger.error({ err: error }, 'dashboard build failed'),
    );
  }

  return (app) => {
    const router = express.Router();
    router.get('/assets/dashboard.js', async (_req, res) => {
      const built = await assets(res);
      if (built) sendAsset(res, 'text/javascript', built.js);
    });
    router.get('/assets/dashboard.css', async (_req, res) => {
      const built = await assets(res);
      if (built) sendAsset(res, 'text/css', built.css);
    });
    router.use('/assets', (_req, res) => {
      res.status(404).type('text/plain').send('Not found');
    });
    router.get(['/', '/*path'], async (_req, res) => {
      const built = await assets(res);
      if (!built) return;
      res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'same-origin');
      res.type('html').setHeader('Cache-Control', 'no-cache');
      res.send(dashboardHtml(built));
    });
    app.use(DASHBOARD_PATH, router);
  };
}
