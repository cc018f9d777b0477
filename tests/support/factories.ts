/**
 * Build exactly the rows a test needs, straight through the ORM (the write API comes later and
 * is tested on its own). Every factory takes what matters to the test and defaults the rest.
 */
import { ref, type EntityManager } from '@mikro-orm/core';
import { Group, type GroupKind } from '../../src/group/group.entity.js';
import { Meeting } from '../../src/meeting/meeting.entity.js';
import { Outcome } from '../../src/outcome/outcome.entity.js';
import { ActionItem, type ActionStatus } from '../../src/action-item/action-item.entity.js';
import { Liaison, LiaisonAddressee, strongestPurpose, type LiaisonPurpose, type LiaisonStatus } from '../../src/liaison/liaison.entity.js';
import { Milestone, Report, type MilestoneStatus } from '../../src/report/report.entity.js';

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 6)}`;

/** a date `days` from today (UTC), YYYY-MM-DD */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export class Factory {
  constructor(private readonly em: EntityManager) {}

  async group(fields: { acronym?: string; kind?: GroupKind; aliases?: string[] } = {}): Promise<Group> {
    const group = Object.assign(new Group(), {
      acronym: fields.acronym ?? unique('G'),
      name: 'A test group',
      kind: fields.kind ?? 'OTHER',
      sector: 'EXTERNAL',
      aliases: fields.aliases ?? [],
    });
    group.refreshLookupKeys();
    await this.em.persistAndFlush(group);
    return group;
  }

  async meeting(group: Group, fields: { startsOn?: string; endsOn?: string; number?: number } = {}): Promise<Meeting> {
    const startsOn = fields.startsOn ?? daysFromToday(-30);
    const meeting = Object.assign(new Meeting(), {
      group: ref(group),
      number: fields.number ?? ++counter,
      title: 'A test meeting',
      startsOn,
      endsOn: fields.endsOn ?? startsOn,
      format: 'VIRTUAL',
    });
    await this.em.persistAndFlush(meeting);
    return meeting;
  }

  async outcome(meeting: Meeting, position: number): Promise<Outcome> {
    const outcome = Object.assign(new Outcome(), { meeting: ref(meeting), position, kind: 'AGREED', text: `Outcome ${position}` });
    await this.em.persistAndFlush(outcome);
    return outcome;
  }

  async actionItem(
    assignee: Group,
    fields: { title?: string; status?: ActionStatus; dueOn?: string; dueMeeting?: Meeting; raisedBy?: Outcome; createdAt?: Date } = {},
  ): Promise<ActionItem> {
    const item = Object.assign(new ActionItem(), {
      title: fields.title ?? unique('Do something'),
      assignee: ref(assignee),
      status: fields.status ?? 'OPEN',
      dueOn: fields.dueOn ?? null,
      dueMeeting: fields.dueMeeting ? ref(fields.dueMeeting) : null,
      raisedBy: fields.raisedBy ? ref(fields.raisedBy) : null,
      ...(fields.createdAt ? { createdAt: fields.createdAt } : {}),
    });
    await this.em.persistAndFlush(item);
    return item;
  }

  async liaison(
    from: Group,
    to: { group: Group; purpose: LiaisonPurpose }[],
    fields: { title?: string; status?: LiaisonStatus; deadline?: string | null; inReplyTo?: Liaison; cc?: Group[] } = {},
  ): Promise<Liaison> {
    const liaison = Object.assign(new Liaison(), {
      title: fields.title ?? unique('Liaison'),
      fromGroup: ref(from),
      purpose: strongestPurpose(to.map((a) => a.purpose)),
      status: fields.status ?? 'SENT',
      deadline: fields.deadline ?? null,
      inReplyTo: fields.inReplyTo ? ref(fields.inReplyTo) : null,
    });
    this.em.persist(liaison);
    for (const a of to) this.em.persist(Object.assign(new LiaisonAddressee(), { liaison: ref(liaison), group: ref(a.group), role: 'TO', purpose: a.purpose }));
    for (const g of fields.cc ?? []) this.em.persist(Object.assign(new LiaisonAddressee(), { liaison: ref(liaison), group: ref(g), role: 'CC', purpose: null }));
    await this.em.flush();
    return liaison;
  }

  async report(owner: Group, milestones: { group: Group; plannedFor: string; status: MilestoneStatus }[]): Promise<Report> {
    const report = Object.assign(new Report(), { title: unique('Report'), kind: 'GAP_ANALYSIS', ownerGroup: ref(owner), status: 'UNDER_REVIEW' });
    this.em.persist(report);
    milestones.forEach((m, i) =>
      this.em.persist(Object.assign(new Milestone(), { key: `m${i}`, report: ref(report), group: ref(m.group), kind: 'DISCUSSION', plannedFor: m.plannedFor, status: m.status })),
    );
    await this.em.flush();
    return report;
  }
}
