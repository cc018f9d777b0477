import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The dashboard's script and stylesheet, built from src/dashboard/client in memory. */
export interface DashboardAssets {
  js: string;
  css: string;
  /** content hash, so browsers fetch a new build after a restart */
  version: string;
}

const CLIENT_DIR = fileURLToPath(new URL('./client/', import.meta.url));

/**
 * Bundles the client with esbuild (about 50 ms), so `npm start` needs no build step and the
 * server carries no generated files. Browsers that support ES2020 modules are enough.
 */
export async function buildDashboard(): Promise<DashboardAssets> {
  const result = await build({
    entryPoints: [
      { in: `${CLIENT_DIR}main.ts`, out: 'dashboard' },
      { in: `${CLIENT_DIR}dashboard.css`, out: 'dashboard' },
    ],
    outdir: 'dashboard-assets', // nothing is written: write is false
    bundle: true,
    write: false,
    format: 'esm',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  return { js, css, version: createHash('sha256').update(js).update(css).digest('hex').slice(0, 12) };
}

let pending: Promise<DashboardAssets> | undefined;

/** Built once per process, on first use (or at start, see dashboardRoutes); a failed build is retried next time. */
export function dashboardAssets(): Promise<DashboardAssets> {
  pending ??= buildDashboard().catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
