/**
 * Where a report milestone may go from each status: the one table the service enforces.
 * Plain data with no server imports: the dashboard's forms offer the same moves (esbuild bundles it).
 */
import type { MilestoneStatus } from './report.entity.js';

/**
 * A milestone's lifecycle: PLANNED → DONE, SLIPPED or CANCELLED; a SLIPPED one is replanned
 * (PLANNED, usually with a new plannedFor), done late, or cancelled. DONE and CANCELLED are final.
 */
export const MILESTONE_TRANSITIONS: Readonly<Record<MilestoneStatus, readonly MilestoneStatus[]>> = {
  PLANNED: ['DONE', 'SLIPPED', 'CANCELLED'],
  SLIPPED: ['PLANNED', 'DONE', 'CANCELLED'],
  DONE: [],
  CANCELLED: [],
};
