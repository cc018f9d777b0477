/**
 * Where an action item may go from each status: the one table the service enforces.
 * Plain data with no server imports: the dashboard's forms offer the same moves (esbuild bundles it).
 */
import type { ActionStatus } from './action-item.entity.js';

/**
 * The lifecycle: OPEN → IN_PROGRESS → DONE, or CANCELLED while still owed (OPEN → DONE is allowed:
 * work is not always reported in progress). DONE and CANCELLED are closed; only an explicit
 * `reopen: true` takes an item back to OPEN or IN_PROGRESS.
 */
export const ACTION_TRANSITIONS: Readonly<Record<ActionStatus, readonly ActionStatus[]>> = {
  OPEN: ['IN_PROGRESS', 'DONE', 'CANCELLED'],
  IN_PROGRESS: ['DONE', 'CANCELLED'],
  DONE: [],
  CANCELLED: [],
};
