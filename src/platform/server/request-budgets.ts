import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { currentBudget, RequestBudget, runWithBudget, type BudgetExceeded, type BudgetLimits } from '../database/request-budget.js';
import { httpStatusOf } from '../graphql/errors.js';
import { sendJson, stateOf, type Step } from './request-steps.js';

/** how long in-flight requests get to finish once the server is asked to stop */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * On shutdown, requests still running this long before the grace period ends are stopped
 * (their statements cancelled) and answer SERVICE_UNAVAILABLE, so the answer is out before
 * the drain closes their connections: half of it, as a heavy request can hold the event loop
 * for seconds before the answer can be written.
 */
const SHUTDOWN_ANSWER_MARGIN_MS = 5_000;

/**
 * A stopped request is answered by Apollo as soon as its resolvers see the error. If it has
 * not been within this time (a statement that cannot be cancelled, a pooled connection not yet
 * free), the answer is sent from the HTTP layer instead.
 */
const STOPPED_ANSWER_GRACE_MS = 250;

/** the one error a stopped request answers with, instead of an error per field that was cut off */
function budgetErrorBody(error: BudgetExceeded, requestId: string) {
  return { errors: [{ message: error.message, extensions: { code: error.code, ...error.details, requestId } }] };
}

/**
 * The budgets (time, rows; see request-budget.ts) of a server's requests: every request past the
 * health endpoints and the rate limit runs in one (`step`), stopped at its deadline, when its
 * client goes away, or at shutdown (`stopAll`); a stopped request answers one coded error.
 */
export function requestBudgets(limits: BudgetLimits) {
  let stopping = false;
  /** the budgets of the requests in flight, so a shutdown can stop them */
  const inFlight = new Set<RequestBudget>();

  const step: Step = (_req, res, next) => {
    const budget = new RequestBudget(limits);
    inFlight.add(budget);
    const state = stateOf(res);
    state.budget = budget;
    if (stopping) budget.shortenTo(SHUTDOWN_GRACE_MS - SHUTDOWN_ANSWER_MARGIN_MS, 'shutdown');
    res.once('close', () => {
      inFlight.delete(budget);
      // closed before the answer was written: the client is gone, its work stops
      if (!res.writableFinished) budget.stop('client-gone');
      budget.finish();
    });
    budget.onStop((reason) => {
      if (reason === 'client-gone') return;
      setTimeout(() => {
        if (res.headersSent || res.writableEnded) return;
        state.answeredByBudget = true;
        sendJson(res, httpStatusOf(budget.error!.code), budgetErrorBody(budget.error!, state.requestId));
      }, STOPPED_ANSWER_GRACE_MS).unref();
    });
    runWithBudget(budget, next);
  };

  /**
   * A request stopped by its budget (time, rows, shutdown) answers one coded error with its HTTP
   * status. The deadline is checked by each statement and by each list field (deadline.ts), not
   * per field: any willResolveField hook makes Apollo wrap every field resolver of the schema.
   */
  const plugin = <T extends BaseContext & { requestId: string }>(): ApolloServerPlugin<T> => ({
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const error = currentBudget()?.error;
          if (!error || response.body.kind !== 'single') return;
          const { extensions } = response.body.singleResult;
          response.body.singleResult = { ...budgetErrorBody(error, contextValue.requestId), ...(extensions ? { extensions } : {}) };
          response.http.status = httpStatusOf(error.code);
        },
      };
    },
  });

  return {
    step,
    plugin,
    /** is the server stopping? (readiness says so) */
    stopping: () => stopping,
    /** at shutdown: requests in flight, and those that still come, get until shortly before the grace period ends */
    stopAll(): void {
      stopping = true;
      for (const budget of inFlight) budget.shortenTo(SHUTDOWN_GRACE_MS - SHUTDOWN_ANSWER_MARGIN_MS, 'shutdown');
    },
  };
}
