import { z } from 'zod';
import { anyText, isoDate, oneOf, partialDate, recordKey, short, shortAny, sources, texts } from '../bundle/bundle.types.js';
import { clean, sortBy, sorted, sources as canonicalSources, value } from '../bundle/bundle.canonical.js';
import { defineSection, type Row } from '../bundle/bundle.section.js';
import { BundleError, parentsFirst } from '../bundle/bundle.import.js';
import { present, type RowHistory } from '../bundle/bundle.rows.js';
import { replaceLinks, setColumn } from '../bundle/bundle.store.js';
import { partialDateSql } from '../platform/database/period-sql.js';
import { acronymOf, type GroupRow } from '../group/group.bundle.js';
import { meetingKeyField, meetingLabel } from '../meeting/meeting.bundle.js';
import { outcomeKeyField, outcomeLabel } from '../outcome/outcome.bundle.js';
import { symbolOf } from '../document/document.bundle.js';
import { ApprovalLevel, LiaisonPurpose, LiaisonRelationKind, LiaisonStatus, strongestPurpose } from './liaison.entity.js';
import { approvalDateProblem, emailProblem } from './liaison-template.rules.js';
import { addresseeProblem, deadlineRuleProblem } from './liaison.rules.js';
import { liaisonSnapshot } from './liaison.service.js';
import { templateSnapshotOf } from './liaison-template.service.js';

/**
 * The liaisons in a bundle (bundle.section.ts): keyed by `key`, with the liaison domain's rules
 * of one record (liaison.rules.ts, liaison-template.rules.ts), where the API applies them too.
 */

const BundleAddressee = z
  .strictObject({
    group: short().describe('acronym'),
    purpose: oneOf(LiaisonPurpose).describe('this addressee\'s own purpose; the liaison\'s purpose is the strongest of its TO addressees'),
  })
  .meta({ id: 'BundleAddressee' });

const BundleContact = z
  .strictObject({
    group: short().describe('acronym of the sender or of an addressee: whose contact this is'),
    name: short(),
    // the e-mail rule of the liaison domain (liaison-template.rules.ts)
    email: short().superRefine((email, ctx) => {
      const problem = emailProblem(email);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }).describe('an e-mail address, as the API takes one'),
    role: shortAny().optional(),
  })
  .meta({ id: 'BundleContact', description: 'A contact person named on a liaison (the ITU template\'s "Contact").' });
type BundleContact = z.infer<typeof BundleContact>;

const BundleApproval = z
  .strictObject({
    by: short(),
    level: oneOf(ApprovalLevel),
    on: isoDate().optional().describe('not after the liaison\'s sentOn'),
  })
  .meta({ id: 'BundleApproval', description: 'Who approved a liaison, at which level, and when (the ITU template\'s "Approval").' });

const BundleRelation = z
  .strictObject({
    kind: oneOf(LiaisonRelationKind),
    liaison: recordKey().describe('key of the other liaison (not this one)'),
  })
  .meta({ id: 'BundleRelation', description: 'Another liaison this one supersedes or refers to.' });
type BundleRelation = z.infer<typeof BundleRelation>;

export const BundleLiaison = z
  .strictObject({
    key: recordKey(),
    reference: shortAny().optional(),
    title: short(),
    from: short().describe('acronym of the sending group'),
    to: z.array(BundleAddressee).min(1, { error: 'needs at least 1 item(s)' }).describe('the addressees; the liaison\'s purpose is the strongest of theirs'),
    cc: texts().optional().describe('acronyms of groups in copy'),
    status: oneOf(LiaisonStatus),
    body: anyText().optional(),
    sentOn: isoDate().optional(),
    deadline: partialDate().optional().describe('required when an addressee\'s purpose is FOR_ACTION or FOR_COMMENT'),
    inReplyTo: recordKey().optional().describe('key of the liaison this one answers'),
    meeting: meetingKeyField().optional(),
    decidedBy: outcomeKeyField().optional().describe('the outcome that decided to send it'),
    attachments: texts().optional().describe('document symbols'),
    contacts: z.array(BundleContact).optional().describe('contact people of the sender and of addressees, in order'),
    approval: BundleApproval.optional(),
    actionTaken: anyText().optional().describe('what the receiving side did with it'),
    related: z.array(BundleRelation).optional().describe('liaisons this one supersedes or refers to'),
    fulfils: texts().optional().describe('keys of the action items that ask for this liaison (DONE once it is sent)'),
    sources: sources(),
  })
  // the liaison domain's rules of one record (liaison.rules.ts, liaison-template.rules.ts), where the API applies them too
  .superRefine((l, ctx) => {
    const deadline = deadlineRuleProblem(l.to.map((a) => a.purpose), l.deadline);
    if (deadline) ctx.addIssue({ code: 'custom', path: ['deadline'], message: deadline });
    const approval = approvalDateProblem(l.approval?.on, l.sentOn);
    if (approval) ctx.addIssue({ code: 'custom', path: ['approval', 'on'], message: approval });
  })
  .meta({ id: 'BundleLiaison' });
export type BundleLiaison = z.infer<typeof BundleLiaison>;

declare module '../bundle/bundle.types.js' {
  interface BundleLists {
    liaisons: BundleLiaison[];
  }
  /** the kinds its records are, as the history names them */
  interface BundleKinds {
    Liaison: true;
  }
}

interface AddresseeRow {
  group_id: number;
  role: 'TO' | 'CC';
  purpose: string | null;
}
interface ContactRow {
  group_id: number;
  name: string;
  email: string;
  role: string | null;
}
export interface LiaisonRow {
  id: number;
  key: string | null;
  reference: string | null;
  title: string;
  from_group_id: number;
  purpose: string;
  status: string;
  body: string | null;
  sent_on: string | null;
  deadline: string | null;
  in_reply_to_id: number | null;
  meeting_id: number | null;
  decided_by_id: number | null;
  approved_by: string | null;
  approval_level: string | null;
  approved_on: string | null;
  action_taken: string | null;
  addressees: AddresseeRow[];
  attachments: number[];
  /** in order */
  contacts: ContactRow[];
  /** by related_id */
  related: { related_id: number; kind: string }[];
  /** ids of the action items it carries out, sorted */
  fulfils: number[];
}

const liaisonRows: RowHistory<LiaisonRow> = {
  type: 'Liaison',
  snapshot: (names, l) =>
    liaisonSnapshot({
      reference: l.reference,
      title: l.title,
      from: acronymOf(names, l.from_group_id),
      addressees: l.addressees.map((a) => ({ group: acronymOf(names, a.group_id), role: a.role, purpose: a.purpose })),
      purpose: l.purpose,
      status: l.status,
      body: l.body,
      sentOn: l.sent_on,
      deadline: l.deadline,
      inReplyToId: l.in_reply_to_id,
      meeting: meetingLabel(names, l.meeting_id),
      decidedBy: outcomeLabel(names, l.decided_by_id),
      attachments: l.attachments.map((d) => symbolOf(names, d)),
      // bundles do not carry a liaison's topics yet: an imported liaison has none
      topics: [],
      template: templateSnapshotOf({
        contacts: l.contacts.map((c) => ({ group: acronymOf(names, c.group_id), name: c.name, email: c.email, role: c.role })),
        approvedBy: l.approved_by,
        approvalLevel: l.approval_level,
        approvedOn: l.approved_on,
        actionTaken: l.action_taken,
        related: l.related.map((r) => ({ kind: r.kind, liaisonId: r.related_id })),
        fulfils: l.fulfils,
      }),
    }),
  groupIds: (_names, l) => present([l.from_group_id, ...l.addressees.map((a) => a.group_id)]),
};

const date = (column: string) => `to_char(${column}, 'YYYY-MM-DD') as ${column}`;
/** a date as precise as its source (2025, 2025-04, 2025-04-15), as the API shows it */
const partial = (column: string) => `${partialDateSql(column)} as ${column}`;

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export const liaisonBundle = defineSection({
  list: 'liaisons',
  record: BundleLiaison,
  types: ['Liaison'],
  needs: ['Group', 'Meeting', 'Outcome', 'Document', 'ActionItem'],
  canonical: (l) =>
    clean({
      key: l.key,
      reference: value(l.reference),
      title: l.title,
      from: l.from,
      to: sortBy(l.to.map((a) => ({ group: a.group, purpose: a.purpose })), (a) => [a.group]),
      cc: sorted(l.cc),
      status: l.status,
      body: value(l.body),
      sentOn: value(l.sentOn),
      deadline: value(l.deadline),
      inReplyTo: value(l.inReplyTo),
      meeting: value(l.meeting),
      decidedBy: value(l.decidedBy),
      attachments: sorted(l.attachments),
      contacts: l.contacts?.length ? l.contacts.map((c) => clean({ group: c.group, name: c.name, email: c.email, role: value(c.role) })) : undefined,
      approval: l.approval ? clean({ by: l.approval.by, level: l.approval.level, on: value(l.approval.on) }) : undefined,
      actionTaken: value(l.actionTaken),
      related: l.related?.length ? sortBy(l.related.map((r) => ({ kind: r.kind, liaison: r.liaison })), (r) => [r.kind, r.liaison]) : undefined,
      fulfils: sorted(l.fulfils),
      sources: canonicalSources(l.sources),
    }),
  order: (l) => [l.key],

  async export(ctx) {
    // in creation order, so that derived keys come out the same every time
    const liaisons = await ctx.rows(
      'liaisons',
      `select id, key, reference, title, from_group_id, status, body, ${date('sent_on')}, ${partial('deadline')}, in_reply_to_id, meeting_id, decided_by_id, created_at,
              approved_by, approval_level, ${date('approved_on')}, action_taken from liaisons order by created_at, id`,
    );
    const keys = ctx.keyed('Liaison', liaisons);
    const acronym = (id: number) => ctx.key('Group', id)!;
    // the ITU template's fields: contacts in order, relations and the items a liaison carries out by key
    const contactsOf = new Map<number, BundleContact[]>();
    for (const c of await ctx.rows('liaison contacts', `select liaison_id, group_id, name, email, role from liaison_contacts order by liaison_id, position, id`)) {
      push(contactsOf, c.liaison_id, { group: acronym(c.group_id), name: c.name, email: c.email, role: c.role ?? undefined });
    }
    const relationsOf = new Map<number, BundleRelation[]>();
    for (const r of await ctx.rows('liaison relations', `select liaison_id, related_id, kind from liaison_relations`)) {
      push(relationsOf, r.liaison_id, { kind: r.kind, liaison: keys.get(r.related_id)! });
    }
    const fulfilsOf = await ctx.listsOf(`select liaison_id as owner, id as target from action_items where liaison_id is not null`, (a) => ctx.key('ActionItem', a)!);
    const addresseesOf = new Map<number, Row[]>();
    for (const a of await ctx.select(`select liaison_id, group_id, role, purpose from liaison_addressees`)) push(addresseesOf, a.liaison_id, a);
    const attachments = await ctx.listsOf(`select liaison_id as owner, document_id as target from liaison_attachments`, (d) => ctx.key('Document', d)!);
    const ref = (type: 'Liaison' | 'Meeting' | 'Outcome', id: number | null) => (id == null ? undefined : ctx.key(type, id));
    return () =>
      liaisons.map((l): BundleLiaison => {
        const all = addresseesOf.get(l.id) ?? [];
        return {
          key: keys.get(l.id)!,
          reference: l.reference,
          title: l.title,
          from: acronym(l.from_group_id),
          to: all.filter((a) => a.role === 'TO').map((a) => ({ group: acronym(a.group_id), purpose: a.purpose as LiaisonPurpose })),
          cc: all.filter((a) => a.role === 'CC').map((a) => acronym(a.group_id)),
          status: l.status,
          body: l.body,
          sentOn: l.sent_on,
          deadline: l.deadline,
          inReplyTo: ref('Liaison', l.in_reply_to_id),
          meeting: ref('Meeting', l.meeting_id),
          decidedBy: ref('Outcome', l.decided_by_id),
          attachments: attachments.get(l.id),
          contacts: contactsOf.get(l.id),
          approval: l.approved_by != null ? { by: l.approved_by, level: l.approval_level, on: l.approved_on ?? undefined } : undefined,
          actionTaken: l.action_taken ?? undefined,
          related: relationsOf.get(l.id),
          fulfils: fulfilsOf.get(l.id),
          sources: ctx.sources('Liaison', l.id),
        };
      });
  },

  import(ctx, records) {
    const liaisons = ctx.kind<LiaisonRow>({
      table: 'liaisons',
      columns: ['key', 'reference', 'title', 'from_group_id', 'purpose', 'status', 'body', 'sent_on', 'deadline', 'in_reply_to_id', 'meeting_id', 'decided_by_id',
        'approved_by', 'approval_level', 'approved_on', 'action_taken'],
      partialDates: ['deadline'],
      history: liaisonRows,
    });
    /** which liaison (by record) carries out each action item: an item asks for one liaison */
    const fulfilledBy = new Map<number, string>();

    /**
     * The ITU template's fields of a liaison record: contacts of the sender or an addressee,
     * relations to other liaisons (not itself), action items that exist (the e-mail address and the
     * approval date were checked with the format, under liaison-template.rules.ts).
     */
    const template = (l: BundleLiaison, record: string, id: number, from: number, addressees: AddresseeRow[]) => {
      const parties = new Set([from, ...addressees.map((a) => a.group_id)]);
      const contacts = (l.contacts ?? []).map((c, j): ContactRow => {
        const group = ctx.id('Group', c.group, record, `contacts[${j}].group`)!;
        if (!parties.has(group)) throw new BundleError(record, `contacts[${j}].group`, `${c.group} is neither the sender nor an addressee of the liaison`);
        return { group_id: group, name: c.name, email: c.email, role: c.role ?? null };
      });
      const related = (l.related ?? []).map((r, j) => {
        const other = ctx.id('Liaison', r.liaison, record, `related[${j}].liaison`)!;
        if (other === id) throw new BundleError(record, `related[${j}].liaison`, 'a liaison cannot relate to itself');
        return { related_id: other, kind: r.kind as string };
      });
      const twice = related.find((r, j) => related.findIndex((x) => x.related_id === r.related_id) !== j);
      if (twice) throw new BundleError(record, 'related', `"${l.related!.find((r) => liaisons.byKey.get(r.liaison)?.id === twice.related_id)!.liaison}" is named twice`);
      const fulfils = ctx.ids('ActionItem', l.fulfils, record, 'fulfils');
      for (const item of fulfils) {
        const other = fulfilledBy.get(item);
        if (other && other !== record) throw new BundleError(record, 'fulfils', `an action item asks for one liaison; ${other} names it too`);
        fulfilledBy.set(item, record);
      }
      return {
        approved_by: l.approval?.by ?? null,
        approval_level: l.approval?.level ?? null,
        approved_on: l.approval?.on ?? null,
        action_taken: l.actionTaken ?? null,
        addressees: addressees.sort((a, b) => a.group_id - b.group_id),
        attachments: ctx.ids('Document', l.attachments, record, 'attachments'),
        contacts,
        related: related.sort((a, b) => a.related_id - b.related_id),
        fulfils,
      };
    };

    return {
      async read() {
        const addressees = new Map<number, AddresseeRow[]>();
        for (const a of await ctx.select<AddresseeRow & { liaison_id: number }>(`select liaison_id, group_id, role, purpose from liaison_addressees order by liaison_id, group_id`)) {
          const list = addressees.get(a.liaison_id) ?? [];
          list.push({ group_id: a.group_id, role: a.role, purpose: a.purpose });
          addressees.set(a.liaison_id, list);
        }
        const attachments = await ctx.idsOf(`select liaison_id as owner, document_id as target from liaison_attachments`);
        const rows = liaisons.read(await ctx.select<LiaisonRow & { version: number }>(
          `select id, key, reference, title, from_group_id, purpose, status, body, ${date('sent_on')}, ${partial('deadline')}, in_reply_to_id, meeting_id, decided_by_id,
                  approved_by, approval_level, ${date('approved_on')}, action_taken, version from liaisons order by created_at, id`));
        const contacts = new Map<number, ContactRow[]>();
        for (const c of await ctx.select<ContactRow & { liaison_id: number }>(`select liaison_id, group_id, name, email, role from liaison_contacts order by liaison_id, position, id`)) {
          contacts.set(c.liaison_id, [...(contacts.get(c.liaison_id) ?? []), { group_id: c.group_id, name: c.name, email: c.email, role: c.role }]);
        }
        const related = new Map<number, { related_id: number; kind: string }[]>();
        for (const r of await ctx.select<{ liaison_id: number; related_id: number; kind: string }>(`select liaison_id, related_id, kind from liaison_relations order by liaison_id, related_id`)) {
          related.set(r.liaison_id, [...(related.get(r.liaison_id) ?? []), { related_id: r.related_id, kind: r.kind }]);
        }
        const fulfils = await ctx.idsOf(`select liaison_id as owner, id as target from action_items where liaison_id is not null`);
        for (const l of rows) {
          l.addressees = addressees.get(l.id) ?? [];
          l.attachments = attachments.get(l.id) ?? [];
          l.contacts = contacts.get(l.id) ?? [];
          l.related = related.get(l.id) ?? [];
          l.fulfils = fulfils.get(l.id) ?? [];
        }
        liaisons.loadKeyed(rows);
      },
      async resolve() {
        await ctx.resolve(liaisons, records, {
          name: 'liaisons',
          keyOf: (l) => l.key,
          build: (l, id, i): LiaisonRow => {
            const record = `liaisons[${i}]`;
            // the deadline rule was checked with the format (BundleLiaison)
            const purpose = strongestPurpose(l.to.map((a) => a.purpose));
            const from = ctx.id('Group', l.from, record, 'from')!;
            const addressees: AddresseeRow[] = [];
            // the liaison domain's addressee rule (liaison.rules.ts), addressee by addressee as the API applies it
            const add = (name: string, field: string, role: 'TO' | 'CC', purpose: LiaisonPurpose | null) => {
              const group = ctx.ref<GroupRow>('Group', name, record, field);
              const problem = addresseeProblem(group, from, addressees.map((a) => a.group_id));
              if (problem) throw new BundleError(record, field, problem);
              addressees.push({ group_id: group.id, role, purpose });
            };
            l.to.forEach((a, j) => add(a.group, `to[${j}].group`, 'TO', a.purpose));
            (l.cc ?? []).forEach((name, j) => add(name, `cc[${j}]`, 'CC', null));
            const answered = ctx.id('Liaison', l.inReplyTo, record, 'inReplyTo');
            // the database refuses it too, but as an internal error
            if (answered === id) throw new BundleError(record, 'inReplyTo', 'a liaison cannot answer itself');
            return {
              id,
              key: l.key,
              reference: l.reference ?? null,
              title: l.title,
              from_group_id: from,
              purpose,
              status: l.status,
              body: l.body ?? null,
              sent_on: l.sentOn ?? null,
              deadline: l.deadline ?? null,
              in_reply_to_id: answered,
              meeting_id: ctx.id('Meeting', l.meeting, record, 'meeting'),
              decided_by_id: ctx.id('Outcome', l.decidedBy, record, 'decidedBy'),
              ...template(l, record, id, from, addressees),
            };
          },
          keyField: 'key',
          storesKey: true,
          sources: (l) => l.sources,
        });
      },
      async write() {
        const k = ctx.knex;
        // a liaison's answered liaison: new rows go in parents first, so the reference is written
        // with the row; only a cycle among new rows is written without it and set once both exist
        // (setting it afterwards would rewrite every such row: a new row version, its search vector computed again)
        const ordered = parentsFirst(liaisons.inserts, 'in_reply_to_id');
        await ctx.put(liaisons, undefined, ordered.rows);
        await setColumn(k, 'liaisons', 'in_reply_to_id', ordered.deferred);
        const changed = liaisons.updates.map((l) => l.id);
        const all = liaisons.changedOrNew();
        await replaceLinks(k, 'liaison_addressees', ['liaison_id', 'group_id', 'role', 'purpose'], changed, all.flatMap((l) => l.addressees.map((a) => ({ liaison_id: l.id, ...a }))));
        await replaceLinks(k, 'liaison_attachments', ['liaison_id', 'document_id'], changed, all.flatMap((l) => l.attachments.map((d) => ({ liaison_id: l.id, document_id: d }))));
        await replaceLinks(k, 'liaison_contacts', ['liaison_id', 'group_id', 'name', 'email', 'role', 'position'], changed,
          all.flatMap((l) => l.contacts.map((c, i) => ({ liaison_id: l.id, ...c, position: i + 1 }))));
        await replaceLinks(k, 'liaison_relations', ['liaison_id', 'related_id', 'kind'], changed, all.flatMap((l) => l.related.map((r) => ({ liaison_id: l.id, ...r }))));
        // the items a liaison carries out: the link is the item's column, bookkeeping the item's own history does not show
        if (all.length) {
          await k.raw(`update action_items set liaison_id = null where liaison_id = any(?::int[])`, [all.map((l) => l.id)]);
          await setColumn(k, 'action_items', 'liaison_id', all.flatMap((l) => l.fulfils.map((item) => ({ id: item, value: l.id }))));
        }
      },
    };
  },
});
