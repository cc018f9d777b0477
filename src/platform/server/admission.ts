import { AsyncResource } from 'node:async_hooks';
import { stateOf, type Step } from './request-steps.js';

export interface AdmissionState {
  /** GraphQL requests executing now */
  executing: number;
  /** requests waiting for a place, in order of arrival */
  waiting: number;
  limit: number;
}

/**
 * At most `limit` GraphQL requests of this process execute at once; the others wait in order of
 * arrival. One JavaScript thread runs them all: 32 requests in flight are not answered sooner
 * than 8, they interleave, each holding its partial answer in memory and waiting on the same
 * pool of connections. Measured with 32 concurrent dashboards (README, "Benchmark"): the peak
 * memory of the process falls with the limit.
 *
 * A request waits inside its budget (request-budget.ts): one that waits past its deadline is
 * answered QUERY_TIMEOUT by the budget and never runs, and one whose client goes away leaves the
 * line at once. The place is held until the answer has gone out or the connection closed.
 * Hand-written rather than p-limit or p-queue: those cannot take a waiting task out of the line.
 */
export function admission(limit: number): { handler: Step; state(): AdmissionState } {
  let executing = 0;
  const line = new Set<() => void>();

  const admitNext = () => {
    while (executing < limit && line.size > 0) {
      const start = line.values().next().value!;
      line.delete(start);
      start();
    }
  };

  const handler: Step = (_req, res, next) => {
    const { budget } = stateOf(res);
    let admitted = false;
    let closed = false;
    // a request that waits has its turn come from another request's end: it needs its own async
    // context (its budget) carried; one that finds a free place and nobody waiting goes in at once
    const resource = executing < limit && line.size === 0 ? undefined : new AsyncResource('admission');
    const admit = () => {
      admitted = true;
      executing += 1;
      if (closed) return leave();
      next();
    };
    const start = resource ? () => resource.runInAsyncScope(admit) : admit;
    const leave = () => {
      if (admitted) {
        admitted = false;
        executing -= 1;
      } else line.delete(start);
      admitNext();
    };
    res.once('close', () => {
      closed = true;
      leave();
    });
    // stopped while waiting (its deadline, the shutdown): the budget answers it, it does not run
    budget?.onStop(() => {
      if (!admitted) line.delete(start);
    });
    if (!resource) return admit();
    line.add(start);
    admitNext();
  };

  return { handler, state: () => ({ executing, waiting: line.size, limit }) };
}
