import type { Logger } from '../logging/logger.js';
import { pathOf, stateOf, type Step } from './request-steps.js';

/**
 * One structured line per request when its answer has gone out: request id, method, path,
 * status, duration, and the statements and rows it cost. The request id is the one in the X-Request-Id header and on masked errors,
 * so a user quoting it leads to this line and to any error line of the same request.
 * No client address or headers: they are personal data and not needed to debug.
 */
export function requestLog(logger: Logger): Step {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    // before mounted routers rewrite req.url; the path without its query string
    const { method } = req;
    const path = pathOf(req.url ?? '');
    res.once('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const level = res.statusCode >= 500 ? 'error' : 'info';
      // what the request cost the database (see request-budget.ts), and why it was stopped if it was
      const { requestId, budget } = stateOf(res);
      const spent = budget ? { statements: budget.statements, rows: budget.rows, ...(budget.stopped ? { stopped: budget.stopped } : {}) } : {};
      logger[level]({ requestId, method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10, ...spent }, 'request');
    });
    next();
  };
}
