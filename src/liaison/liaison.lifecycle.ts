/**
 * Where a liaison may go from each status: the one table the service enforces.
 * Plain data with no server imports: the dashboard's forms offer the same moves (esbuild bundles it).
 */
import type { LiaisonStatus } from './liaison.entity.js';

/**
 * The lifecycle of a liaison: DRAFT → APPROVED → SENT → ACKNOWLEDGED → RESPONDED → CLOSED.
 * A reply can come before an acknowledgement (SENT → RESPONDED), a liaison that asks for nothing,
 * or whose answer never came, is closed without one (SENT/ACKNOWLEDGED → CLOSED), and any open
 * liaison (not yet answered) can be WITHDRAWN. CLOSED and WITHDRAWN are final.
 */
export const LIAISON_TRANSITIONS: Readonly<Record<LiaisonStatus, readonly LiaisonStatus[]>> = {
  DRAFT: ['APPROVED', 'WITHDRAWN'],
  APPROVED: ['SENT', 'WITHDRAWN'],
  SENT: ['ACKNOWLEDGED', 'RESPONDED', 'CLOSED', 'WITHDRAWN'],
  ACKNOWLEDGED: ['RESPONDED', 'CLOSED', 'WITHDRAWN'],
  RESPONDED: ['CLOSED'],
  CLOSED: [],
  WITHDRAWN: [],
};
