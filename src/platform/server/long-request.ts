import type http from 'node:http';
import { RequestBudget, runWithBudget, type BudgetLimits } from '../database/request-budget.js';
import { stateOf } from './request-steps.js';

/**
 * Runs `fn` under a budget of its own instead of the request's (REQUEST_TIMEOUT_MS,
 * MAX_ROWS_PER_REQUEST): for the few routes that read the whole database on purpose (the bundle
 * download), which the per-request limits would always stop. The request's own budget stops
 * watching the clock, but a client that goes away or a shutdown still stops the work.
 */
export async function withOwnBudget<T>(res: http.ServerResponse, limits: BudgetLimits, fn: () => Promise<T>): Promise<T> {
  const own = new RequestBudget(limits);
  const request = stateOf(res).budget;
  if (request) {
    // its deadline no longer applies (a shutdown arms it again); its stops do
    request.finish();
    request.onStop((reason) => own.stop(reason));
  }
  try {
    return await runWithBudget(own, fn);
  } finally {
    own.finish();
  }
}
