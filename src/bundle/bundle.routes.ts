import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Express } from 'express';
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from '../platform/logging/logger.js';
import { exportBundle } from './bundle.export.js';
import { bundleJsonChunks } from './bundle.json.js';

/**
 * `GET /export.json`: the public knowledge base as one bundle, the file `npm run export` writes
 * (the same bytes for the same database). A bundle holds no tokens and no webhooks: the history
 * keeps a writer's label and role (as the API's `Change.by` shows them) and leaves token
 * management out (bundle.changes.ts).
 *
 * The read runs within the request's budget (REQUEST_TIMEOUT_MS, MAX_ROWS_PER_REQUEST) like
 * any other public request; the text is streamed object by object as the client takes it.
 */
export function bundleRoutes(deps: { em: EntityManager; logger: Logger }): (app: Express) => void {
  return (app) => {
    app.get('/export.json', async (_req, res, next) => {
      let bundle;
      try {
        ({ bundle } = await exportBundle(deps.em.fork()));
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
