/**
 * Who may write what: the one place the rules live. Services call these before they write.
 *   ADMIN        everything, including token management
 *   SECRETARIAT  every group's content
 *   EDITOR       only content that belongs to one of its groups: the meetings and outcomes of its
 *                groups, the liaisons its groups send, the action items its groups owe or raised,
 *                the reports they own (and milestones held at them), their documents and practices
 * and the objects a write links to are judged too (assertMayLink, assertMayCite, assertMayReply:
 * see "Links" below). No valid token is UNAUTHENTICATED, a token that does not cover the write
 * or one of its links is FORBIDDEN, before anything is written.
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

// ---------------------------------------------------------------------------------------------
// Links: what an EDITOR may make its writes point at (README, "What an EDITOR may link to").
//
// A link is judged as strictly as a write when it changes what another group's object shows or
// says in that group's name: a reply turns the answered liaison RESPONDED; `decidedBy`,
// `raisedBy`, `resolvedBy` list the object under the outcome (Outcome.liaisons, .actionItems,
// .resolvedActionItems); `meeting` lists it under the meeting (Meeting.liaisons, .documents);
// `dueMeeting` makes an item overdue by another group's calendar. So each must be an object of
// one of the EDITOR's groups, with these deliberate exceptions:
//   - a liaison's `meeting` may also be a meeting of one of its addressees: where it was
//     received, which the sender records (assertMayLinkLiaisonMeeting);
//   - addressees (`to`, `cc`), an item's `assignee` when its raising outcome is the EDITOR's, a
//     document's or practice's `sourceGroup` when the meeting it went to is the EDITOR's, and a
//     milestone's `group` on a report the EDITOR's group owns: naming another group is what
//     these relations are for, and it changes nothing that group owns (the services' write
//     scopes, judged by assertMayWrite, admit them);
//   - a milestone held at the EDITOR's group may be added to another group's report: the host
//     records the stop on its agenda (addMilestone's scope);
//   - documents (`sources`, `attachments`, `documents`) may be cited whatever their group when
//     public: a citation changes nothing on the document. A non-public document is cited only
//     by its own groups, as the excerpt quoted would publish it.
// Topics are a shared vocabulary: any EDITOR tags with them or creates one.
// A liaison's `related` (liaison-template.service.ts): SUPERSEDES is judged by assertMayLink (the
// superseded liaison's sender), REFERS_TO is a citation, like a public document; its `fulfils`
// (action items it carries out) by assertMayLink too: sending the liaison gets them DONE.

/** An object a write links to, as the link rules see it. */
export interface LinkTarget {
  /** the input field that names it: 'decidedBy', 'sources[0].document' */
  field: string;
  /** what it is, for the message: 'the outcome CWG-COP#22/1' */
  what: string;
  groups: readonly GroupRef[];
}

/** A deliberately looser rule for one link: the groups it also admits, and who they are. */
interface AlsoAllowed {
  groups: readonly GroupRef[];
  /** for the message: 'the liaison’s addressees' */
  as: string;
}

type GroupRef = { id: number; acronym: string };

const acronyms = (groups: readonly GroupRef[]) => [...new Set(groups.map((g) => g.acronym))].join(', ') || 'no group';
const editorOf = (viewer: Viewer) => `The EDITOR token "${viewer.label}" writes for ${viewer.groupAcronyms.join(', ') || 'no group'} only`;

/**
 * FORBIDDEN unless the linked object belongs to one of the viewer's groups (SECRETARIAT and
 * ADMIN link anything), or to one of the groups a looser rule admits.
 */
export function assertMayLink(viewer: Viewer, target: LinkTarget, alsoAllowed?: AlsoAllowed): void {
  const ids = target.groups.map((g) => g.id);
  if (mayWrite(viewer, ids)) return;
  if (alsoAllowed && ids.some((id) => alsoAllowed.groups.some((g) => g.id === id))) return;
  throw new AuthError(
    ErrorCode.FORBIDDEN,
    `${editorOf(viewer)}; ${target.field} may not name ${target.what}: it belongs to ${acronyms(target.groups)}` +
      (alsoAllowed ? `, which is neither the token's group nor ${alsoAllowed.as} (${acronyms(alsoAllowed.groups)})` : '') +
      '.',
    target.field,
  );
}

/**
 * A liaison's `meeting`: one of the viewer's groups', or, deliberately looser, a meeting of one
 * of the liaison's addressees (where it was received: the sender records that, as the
 * addressee cannot edit the sender's liaison).
 */
export function assertMayLinkLiaisonMeeting(viewer: Viewer, meeting: LinkTarget, addressees: readonly GroupRef[]): void {
  assertMayLink(viewer, meeting, { groups: addressees, as: "the liaison's addressees" });
}

/** A document cited (a source, an attachment): any public one, a non-public one of the viewer's groups only. */
export function assertMayCite(viewer: Viewer, document: LinkTarget & { public: boolean }): void {
  if (document.public || mayWrite(viewer, document.groups.map((g) => g.id))) return;
  throw new AuthError(
    ErrorCode.FORBIDDEN,
    `${editorOf(viewer)}; ${document.field} may not cite ${document.what}: it is not public, and only its groups (${acronyms(document.groups)}) cite it.`,
    document.field,
  );
}

/** The liaison a reply answers, as the reply rule sees it. */
export interface AnsweredLiaison {
  what: string;
  sender: GroupRef;
  addressees: readonly GroupRef[];
}

/**
 * A reply (a liaison `inReplyTo` another) comes from a group the answered liaison was addressed
 * to (TO or CC), or from its sender (a follow-up): sending it turns the answered liaison
 * RESPONDED, which no other group may do. SECRETARIAT and ADMIN record any reply.
 */
export function assertMayReply(viewer: Viewer, replyFrom: GroupRef, answered: AnsweredLiaison): void {
  if (viewer.role === 'ADMIN' || viewer.role === 'SECRETARIAT') return;
  if (replyFrom.id === answered.sender.id || answered.addressees.some((g) => g.id === replyFrom.id)) return;
  throw new AuthError(
    ErrorCode.FORBIDDEN,
    `${editorOf(viewer)}; a liaison from ${replyFrom.acronym} may not answer ${answered.what}: it was sent by ${answered.sender.acronym} to ${acronyms(answered.addressees)}, and only they reply to it.`,
    'inReplyTo',
  );
}
