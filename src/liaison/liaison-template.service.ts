import { ErrorCode } from '../platform/errors/app-error.js';
import { InputCheck, LIMITS } from '../platform/errors/input-check.js';
import { decodeGlobalId, encodeGlobalId } from '../platform/graphql/global-id.js';
import { assertMayLink } from '../auth/authorization.js';
import type { Write } from '../change/change.write.js';
import type { Snapshot } from '../change/change.entity.js';
import type { Group } from '../group/group.entity.js';
import { requireGroup } from '../group/group.service.js';
import { ActionItem, OPEN_ACTION_STATUSES } from '../action-item/action-item.entity.js';
import { actionItemGroups, actionItemHistory } from '../action-item/action-item.service.js';
import {
  ApprovalLevel as ApprovalLevels,
  Liaison,
  LiaisonContact,
  LiaisonRelation,
  LiaisonRelationKind as RelationKinds,
  type ApprovalLevel,
  type LiaisonRelationKind,
  type LiaisonStatus,
} from './liaison.entity.js';
import { LiaisonError, requireLiaison } from './liaison.lookup.js';
import { approvalDateProblem, deadlineProblem, emailProblem } from './liaison-template.rules.js';

// The ITU liaison template's fields (contacts, approval, action taken, related liaisons, the
// action items a liaison carries out): checked and written here, called by createLiaison and
// updateLiaison in liaison.service.ts, so the core of a liaison's write stays as it was.

export interface ContactInputValue {
  group?: string | null;
  name: string;
  email: string;
  role?: string | null;
}

export interface ApprovalInputValue {
  by: string;
  level: ApprovalLevel;
  on?: string | null;
}

export interface RelationInputValue {
  liaison: string;
  kind: LiaisonRelationKind;
}

/** The template's part of a create or update input (undefined: leave as is; null: clear). */
export interface TemplateInputValue {
  contacts?: ContactInputValue[] | null;
  approval?: ApprovalInputValue | null;
  actionTaken?: string | null;
  related?: RelationInputValue[] | null;
  fulfils?: string[] | null;
}

interface CheckedContact {
  group: Group;
  name: string;
  email: string;
  role: string | null;
}

/** What the write will set; undefined: leave as is. */
export interface CheckedTemplate {
  contacts?: CheckedContact[];
  approval?: { by: string; level: ApprovalLevel; on: string | null } | null;
  actionTaken?: string | null;
  related?: { liaison: Liaison; kind: LiaisonRelationKind }[];
  fulfils?: ActionItem[];
}

/** The liaison as the template's checks see it after the write. */
export interface TemplateContext {
  /** the liaison being updated; undefined for a create */
  liaison?: Liaison;
  /** the sender and the addressees after the write: whose contacts a liaison may carry */
  sender: Group | undefined;
  addressees: readonly Group[];
  /** whether the addressees change in this write (an update's kept contacts are judged again) */
  addresseesChange: boolean;
  sentOn: string | null | undefined;
  deadline: string | null | undefined;
  /** whether sentOn or deadline is given by this write (only then is their order judged) */
  datesGiven: boolean;
}

const APPROVAL_LEVELS = Object.values(ApprovalLevels) as string[];
const RELATION_KINDS = Object.values(RelationKinds) as string[];
/** statuses in which a liaison has gone out: the action items it carries out are done */
export const GONE_OUT_STATUSES: readonly LiaisonStatus[] = ['SENT', 'ACKNOWLEDGED', 'RESPONDED', 'CLOSED'];

/** An action item named in an input, by its global id; unknown is NOT_FOUND naming the field. */
async function requireActionItem(w: Write, id: string, field: string): Promise<ActionItem> {
  const decoded = decodeGlobalId(id);
  const item = decoded?.typename === 'ActionItem' ? await w.em.findOne(ActionItem, { id: decoded.id }) : null;
  if (!item) throw new LiaisonError(ErrorCode.NOT_FOUND, `No action item has the id "${id.slice(0, 100)}"`, field);
  return item;
}

/** Checks the template's fields of an input; problems go to `check` (nothing is written before check.done()). */
export async function checkTemplate(w: Write, check: InputCheck, input: TemplateInputValue, ctx: TemplateContext): Promise<CheckedTemplate> {
  const out: CheckedTemplate = {};
  const parties = [ctx.sender, ...ctx.addressees].filter((g): g is Group => g != null);
  const partyProblem = (group: Group) =>
    parties.some((p) => p.id === group.id) ? null : `${group.acronym} is neither the sender nor an addressee of the liaison`;

  if (input.contacts !== undefined) {
    out.contacts = [];
    for (const [i, c] of (check.list('contacts', input.contacts) ?? []).entries()) {
      const field = `contacts[${i}]`;
      const group = c.group != null ? await check.resolve(() => requireGroup(w.loaders.group, c.group!, `${field}.group`)) : ctx.sender;
      const name = check.text(`${field}.name`, c.name);
      const email = (c.email ?? '').trim();
      if (email === '') check.add(`${field}.email`, `${field}.email must not be empty: a contact needs an e-mail address`);
      else {
        const problem = emailProblem(email) ?? (email.length > LIMITS.short ? `is longer than ${LIMITS.short} characters` : null);
        if (problem) check.add(`${field}.email`, `${field}.email ${problem}`);
      }
      const role = check.optionalText(`${field}.role`, c.role) ?? null;
      const problem = group ? partyProblem(group) : null;
      if (problem) check.add(`${field}.group`, problem);
      if (group) out.contacts.push({ group, name, email, role });
    }
  } else if (ctx.liaison && ctx.addresseesChange) {
    // the contacts kept must still be of the sender or an addressee
    const groups = await w.groups((await ctx.liaison.contacts.loadItems()).map((c) => c.group.id));
    for (const group of groups) {
      const problem = partyProblem(group);
      if (problem) check.add('contacts', `${problem} any more: give contacts without its contact`);
    }
  }

  if (input.approval) {
    const by = check.text('approval.by', input.approval.by);
    if (!APPROVAL_LEVELS.includes(input.approval.level)) check.add('approval.level', `approval.level must be one of ${APPROVAL_LEVELS.join(', ')}`);
    const on = check.date('approval.on', input.approval.on) ?? null;
    out.approval = { by, level: input.approval.level, on };
  } else if (input.approval === null) {
    out.approval = null;
  }
  const approvedOn = out.approval !== undefined ? out.approval?.on : ctx.liaison?.approvedOn;
  if (out.approval !== undefined || ctx.datesGiven) {
    const problem = approvalDateProblem(approvedOn, ctx.sentOn);
    if (problem) check.add(out.approval?.on ? 'approval.on' : 'sentOn', problem);
  }
  if (ctx.datesGiven) {
    const problem = deadlineProblem(ctx.deadline, ctx.sentOn);
    if (problem) check.add('deadline', problem);
  }

  if (input.actionTaken !== undefined) out.actionTaken = check.optionalText('actionTaken', input.actionTaken, LIMITS.long) ?? null;

  if (input.related !== undefined) {
    out.related = [];
    for (const [i, r] of (check.list('related', input.related) ?? []).entries()) {
      const field = `related[${i}].liaison`;
      if (!RELATION_KINDS.includes(r.kind)) check.add(`related[${i}].kind`, `kind must be one of ${RELATION_KINDS.join(', ')}`);
      const related = await check.resolve(() => requireLiaison(w, r.liaison, field));
      if (!related) continue;
      if (ctx.liaison && related.id === ctx.liaison.id) check.add(field, 'a liaison cannot relate to itself');
      else if (out.related.some((x) => x.liaison.id === related.id)) check.add(field, `"${related.title.slice(0, 80)}" is named twice among the related liaisons`);
      else {
        // superseding a liaison speaks for its sender: as strict as a write; a reference is a citation
        if (r.kind === 'SUPERSEDES') {
          assertMayLink(w.viewer, { field, what: `the liaison "${related.title.slice(0, 80)}"`, groups: await w.groups([related.fromGroup.id]) });
        }
        out.related.push({ liaison: related, kind: r.kind });
      }
    }
  }

  if (input.fulfils !== undefined) {
    out.fulfils = [];
    for (const [i, id] of (check.list('fulfils', input.fulfils) ?? []).entries()) {
      const item = await check.resolve(() => requireActionItem(w, id, `fulfils[${i}]`));
      if (!item || out.fulfils.includes(item)) continue;
      // the liaison going out gets the item DONE: as strict as changing the item's status
      assertMayLink(w.viewer, { field: `fulfils[${i}]`, what: `the action item "${item.title.slice(0, 80)}"`, groups: await actionItemGroups(w, item) });
      out.fulfils.push(item);
    }
  }
  return out;
}

/**
 * Writes the checked fields to the liaison (flushed: it has its id). Call after w.changing(liaison)
 * for an update, with `update` set: a change of contacts, relations or items alone then still
 * gives the liaison a new version, so a concurrent edit holding the old one is refused.
 */
export async function applyTemplate(w: Write, liaison: Liaison, checked: CheckedTemplate, update = false): Promise<void> {
  if (update && (checked.contacts !== undefined || checked.related !== undefined || checked.fulfils !== undefined)) liaison.updatedAt = new Date();
  if (checked.approval !== undefined) {
    liaison.approvedBy = checked.approval?.by ?? null;
    liaison.approvalLevel = checked.approval?.level ?? null;
    liaison.approvedOn = checked.approval?.on ?? null;
  }
  if (checked.actionTaken !== undefined) liaison.actionTaken = checked.actionTaken;
  if (checked.contacts !== undefined) {
    await liaison.contacts.init();
    liaison.contacts.removeAll();
    checked.contacts.forEach((c, i) =>
      liaison.contacts.add(w.em.create(LiaisonContact, { liaison, group: c.group, name: c.name, email: c.email, role: c.role, position: i + 1 } as never)));
  }
  if (checked.related !== undefined) {
    const current = await liaison.relations.loadItems();
    for (const row of current) {
      const wanted = checked.related.find((r) => r.liaison.id === row.related.id);
      if (!wanted) liaison.relations.remove(row);
      else row.kind = wanted.kind;
    }
    for (const r of checked.related) {
      if (!current.some((row) => row.related.id === r.liaison.id)) {
        liaison.relations.add(w.em.create(LiaisonRelation, { liaison, related: r.liaison, kind: r.kind } as never));
      }
    }
  }
  if (checked.fulfils !== undefined) {
    const linked = await w.em.find(ActionItem, { liaison: liaison.id });
    for (const item of linked) {
      if (!checked.fulfils.includes(item)) item.liaison = null;
    }
    for (const item of checked.fulfils) item.liaison = liaison as never;
  }
  if (GONE_OUT_STATUSES.includes(liaison.status)) await completeFulfilledItems(w, liaison, checked.fulfils);
}

/**
 * The liaison has gone out: the action items that asked for it and are still owed become DONE,
 * in this write's transaction, each with a STATUS change in its history.
 */
export async function completeFulfilledItems(w: Write, liaison: Liaison, items?: readonly ActionItem[]): Promise<void> {
  const owed = (items ?? (await w.em.find(ActionItem, { liaison: liaison.id }))).filter((i) => OPEN_ACTION_STATUSES.includes(i.status));
  for (const item of owed) {
    await w.changing(item, actionItemHistory, 'STATUS', `done: the liaison "${liaison.title.slice(0, 200)}" (${liaison.nodeId}) it asked for was sent`);
    item.status = 'DONE';
  }
}

/** The template's fields in the liaison's history, each only when set (older changes stay as they were recorded). */
export async function templateSnapshot(w: Write, l: Liaison): Promise<Snapshot> {
  if (l.id == null) return {};
  const contacts = [...(await l.contacts.loadItems())].sort((a, b) => a.position - b.position);
  const groups = contacts.length ? await w.groups(contacts.map((c) => c.group.id)) : [];
  const acronym = (id: number) => groups.find((g) => g.id === id)?.acronym ?? String(id);
  const relations = await l.relations.loadItems();
  const fulfils = await w.em.find(ActionItem, { liaison: l.id }, { orderBy: { id: 'asc' } });
  return templateSnapshotOf({
    contacts: contacts.map((c) => ({ group: acronym(c.group.id), name: c.name, email: c.email, role: c.role })),
    approvedBy: l.approvedBy,
    approvalLevel: l.approvalLevel,
    approvedOn: l.approvedOn,
    actionTaken: l.actionTaken,
    related: relations.map((r) => ({ kind: r.kind, liaisonId: r.related.id })),
    fulfils: fulfils.map((i) => i.id),
  });
}

/** The template's fields as the history shows them, references named or by id (the API's writes and the import record this shape). */
export interface TemplateSnapshot {
  /** in their order on the liaison */
  contacts: readonly { group: string; name: string; email: string; role: string | null | undefined }[];
  approvedBy: string | null | undefined;
  approvalLevel: string | null | undefined;
  approvedOn: string | null | undefined;
  actionTaken: string | null | undefined;
  related: readonly { kind: string; liaisonId: number }[];
  /** ids of the action items it carries out */
  fulfils: readonly number[];
}

/** each field only when set, so a liaison without them shows as it did before the template existed */
export function templateSnapshotOf(t: TemplateSnapshot): Snapshot {
  const out: Snapshot = {};
  if (t.contacts.length) out.contacts = t.contacts.map((c) => ({ group: c.group, name: c.name, email: c.email, role: c.role ?? null }));
  if (t.approvedBy) out.approval = { by: t.approvedBy, level: t.approvalLevel ?? null, on: t.approvedOn ?? null };
  if (t.actionTaken) out.actionTaken = t.actionTaken;
  if (t.related.length) {
    out.related = [...t.related]
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.liaisonId - b.liaisonId)
      .map((r) => ({ kind: r.kind, liaison: encodeGlobalId('Liaison', r.liaisonId) }));
  }
  if (t.fulfils.length) out.fulfils = [...t.fulfils].sort((a, b) => a - b).map((id) => encodeGlobalId('ActionItem', id));
  return out;
}
