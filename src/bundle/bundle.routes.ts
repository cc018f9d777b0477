import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Express } from 'express';
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from '../platform/logging/logger.js';
import { withOwnBudget } from '../platform/server/long-request.js';
import type { BundleFormat } from './bundle.format.js';
import type { Bundle } from './bundle.types.js';
import { bundleJsonChunks } from './bundle.json.js';

/**
 * `GET /export.json`: the public knowledge base as one bundle, the file `npm run export` writes
 * (the same bytes for the same database). A bundle holds no tokens and no webhooks: the history
 * keeps a writer's label and role (as the API's `Change.by` shows them) and leaves token
 * management out (bundle.changes.ts).
 *
 * The read is the whole database, which the per-request limits (REQUEST_TIMEOUT_MS,
 * MAX_ROWS_PER_REQUEST) would always stop at scale: it has a budget of its own (EXPORT_LIMITS),
 * and requests that arrive while a read runs share it, so many downloads at once cost one read.
 * The text is streamed object by object as the client takes it.
 */

/** the whole database in one snapshot: no row cap (it is bounded by the data), two minutes */
export const EXPORT_LIMITS = { timeoutMs: 120_000, maxRows: Number.MAX_SAFE_INTEGER };

export function bundleRoutes(deps: { em: EntityManager; logger: Logger; format: BundleFormat }): (app: Express) => void {
  let running: Promise<Bundle> | undefined;
  const read = () => {
    running ??= deps.format.export(deps.em.fork())
      .then((result) => result.bundle)
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  return (app) => {
    app.get('/export.json', async (_req, res, next) => {
      let bundle: Bundle;
      try {
        bundle = await withOwnBudget(res, EXPORT_LIMITS, read);
      } catch (error) {
        next(error);
        return;
      }
      res.type('application/json; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="liaison-graph.json"');
      res.setHeader('Cache-Control', 'no-cache');
      try {
        await pipeline(Readable.from(bundleJsonChunks(bundle)), res);
      } catch (error) {
        // the client went away mid-download: nothing to answer
        if (!res.destroyed) deps.logger.warn({ err: error }, 'export download failed');
      }
    });
  };
}
