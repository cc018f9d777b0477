/**
 * Who may write what: the one place the rules live. Services call these before they write.
 *   ADMIN        everything, including token management
 *   SECRETARIAT  every group's content
 *   EDITOR       only content that belongs to one of its groups: the meetings and outcomes of its
 *                groups, the liaisons its groups send, the action items its groups owe or raised,
 *                the reports they own (and milestones held at them), their documents and practices
 * No valid token is UNAUTHENTICATED, a token that does not cover the write is FORBIDDEN.
 */
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import type { Credentials, Viewer } from './viewer.js';

export class AuthError extends AppError {}

/** The groups an object belongs to, as the EDITOR rule sees them (see each service's *Scope function). */
export interface WriteScope {
  /** what is being written, for the message: 'the liaison "…"', 'a meeting of CWG-COP' */
  what: string;
  groups: readonly { id: number; acronym: string }[];
}

/** The viewer of a write: none is UNAUTHENTICATED (with why, when a header came). */
export function requireViewer(credentials: Credentials): Viewer {
  if (credentials.viewer) return credentials.viewer;
  throw new AuthError(
    ErrorCode.UNAUTHENTICATED,
    credentials.credentialProblem ?? 'Writing needs an API token: send `Authorization: Bearer <token>` (see README, "API tokens").',
  );
}

export function assertAdmin(viewer: Viewer, what: string): void {
  if (viewer.role !== 'ADMIN') {
    throw new AuthError(ErrorCode.FORBIDDEN, `Only an ADMIN token may ${what}; "${viewer.label}" is ${viewer.role}.`);
  }
}

/** May the viewer write content that belongs to these groups? */
export function mayWrite(viewer: Viewer, groupIds: readonly number[]): boolean {
  if (viewer.role === 'ADMIN' || viewer.role === 'SECRETARIAT') return true;
  return groupIds.some((id) => viewer.groupIds.includes(id));
}

/** FORBIDDEN unless the viewer covers every scope given (an update checks the object before and after). */
export function assertMayWrite(viewer: Viewer, ...scopes: WriteScope[]): void {
  for (const scope of scopes) {
    if (mayWrite(viewer, scope.groups.map((g) => g.id))) continue;
    const owners = scope.groups.length ? `it belongs to ${[...new Set(scope.groups.map((g) => g.acronym))].join(', ')}` : 'it belongs to no group';
    throw new AuthError(
      ErrorCode.FORBIDDEN,
      `The EDITOR token "${viewer.label}" writes for ${viewer.groupAcronyms.join(', ') || 'no group'} only; it may not write ${scope.what}: ${owners}.`,
    );
  }
}
