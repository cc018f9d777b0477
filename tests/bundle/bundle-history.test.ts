/**
 * The importer writes history without entities (src/bundle/bundle.rows.ts); the API's writes
 * record it through the services' HistorySubjects. Both must show an object the same way: for
 * every object an import creates, its CREATE holds what the API's history would record for it —
 * the same snapshot, the same fields in the same order, the same groups.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { importBundle } from '../../src/app/bundle.js';
import type { Bundle } from '../../src/bundle/bundle.types.js';
import { Write, type HistorySubject } from '../../src/change/change.write.js';
import { COMMAND_LINE_VIEWER } from '../../src/auth/viewer.js';
import { Group } from '../../src/group/group.entity.js';
import { Topic } from '../../src/topic/topic.entity.js';
import { Document } from '../../src/document/document.entity.js';
import { Meeting } from '../../src/meeting/meeting.entity.js';
import { Outcome } from '../../src/outcome/outcome.entity.js';
import { ActionItem } from '../../src/action-item/action-item.entity.js';
import { Liaison } from '../../src/liaison/liaison.entity.js';
import { Milestone, Report } from '../../src/report/report.entity.js';
import { BestPractice } from '../../src/best-practice/best-practice.entity.js';
import { groupHistory } from '../../src/group/group.service.js';
import { topicHistory } from '../../src/topic/topic.service.js';
import { documentHistory } from '../../src/document/document.service.js';
import { meetingHistory } from '../../src/meeting/meeting.service.js';
import { outcomeHistory } from '../../src/outcome/outcome.service.js';
import { actionItemHistory } from '../../src/action-item/action-item.service.js';
import { liaisonHistory } from '../../src/liaison/liaison.service.js';
import { milestoneHistory, reportHistory } from '../../src/report/report.service.js';
import { bestPracticeHistory } from '../../src/best-practice/best-practice.service.js';
import { sql } from '../support/tokens.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: true });
});
afterAll(() => app?.stop());

const KINDS: Record<string, [EntityClass<{ id: number }>, HistorySubject<never>]> = {
  Group: [Group, groupHistory as HistorySubject<never>],
  Topic: [Topic, topicHistory as HistorySubject<never>],
  Document: [Document, documentHistory as HistorySubject<never>],
  Meeting: [Meeting, meetingHistory as HistorySubject<never>],
  Outcome: [Outcome, outcomeHistory as HistorySubject<never>],
  ActionItem: [ActionItem, actionItemHistory as HistorySubject<never>],
  Liaison: [Liaison, liaisonHistory as HistorySubject<never>],
  Report: [Report, reportHistory as HistorySubject<never>],
  Milestone: [Milestone, milestoneHistory as HistorySubject<never>],
  BestPractice: [BestPractice, bestPracticeHistory as HistorySubject<never>],
};

/** what the seed lacks: a meeting without a number (named by id), what refers to it, a thread, cc, a new group with a parent */
const extra: Bundle = {
  format: 'liaison-graph-bundle',
  version: 1,
  groups: [{ acronym: 'CG-COP YOUTH', name: 'CG-COP youth panel', kind: 'OTHER', sector: 'GENERAL_SECRETARIAT', parent: 'CG-COP', aliases: ['Youth panel'] }],
  topics: [{ slug: 'gap-analysis', name: 'Gap analysis' }],
  documents: [{ symbol: 'CG-COP/TEST-1', title: 'Draft', kind: 'REPORT', public: false, url: 'https://www.itu.int/x', sourceGroup: 'BDT', meeting: 'CG-COP@2026-01-20', publishedOn: '2026-01-21' }],
  meetings: [{ group: 'CG-COP', title: 'Online session', startsOn: '2026-01-20', startHalf: 'PM', endsOn: '2026-01-20', format: 'VIRTUAL', topics: ['youth-participation', 'gap-analysis'] }],
  outcomes: [{ meeting: 'CG-COP@2026-01-20', position: 1, kind: 'AGREED', text: 'to circulate the draft', topics: ['gap-analysis'] }],
  actionItems: [{ key: 'circulate', title: 'Circulate the draft', assignee: 'BDT', raisedBy: 'CG-COP@2026-01-20/1', dueMeeting: 'CG-COP@2026-01-20', dueOn: '2026-02-01', status: 'OPEN' }],
  liaisons: [
    {
      key: 'ask', title: 'Comments on the draft, please', from: 'CG-COP', status: 'SENT', deadline: '2026-03-01', sentOn: '2026-01-22', body: 'Please comment.',
      to: [{ group: 'CWG-COP', purpose: 'FOR_COMMENT' }, { group: 'BDT', purpose: 'FOR_INFORMATION' }], cc: ['ITU-T SG17', 'CG-COP YOUTH'],
      meeting: 'CG-COP@2026-01-20', decidedBy: 'CG-COP@2026-01-20/1', attachments: ['CG-COP/TEST-1'],
    },
    { key: 'answer', title: 'Our comments', from: 'CWG-COP', status: 'SENT', to: [{ group: 'CG-COP', purpose: 'IN_RESPONSE' }], inReplyTo: 'ask', reference: 'CWG-COP/LS/9' },
  ],
  reports: [{
    key: 'panel-report', title: 'Panel report', kind: 'SURVEY', ownerGroup: 'CG-COP YOUTH', status: 'IN_PREPARATION',
    milestones: [{ key: 'first', group: 'CWG-COP', kind: 'PRESENTATION', plannedFor: '2026-06-01', meeting: 'CG-COP@2026-01-20', status: 'PLANNED' }],
  }],
  bestPractices: [{ key: 'panel', title: 'A youth panel', summary: 'Young people review drafts.', sourceGroup: 'CG-COP YOUTH', meeting: 'CG-COP@2026-01-20', topics: ['youth-participation'], documents: ['CG-COP/TEST-1'] }],
};

describe('the history an import writes', () => {
  it('shows every object as the API’s history does: the same snapshot, fields and groups, for every kind', async () => {
    await importBundle(app.app.orm.em.fork(), extra);
    const created = await sql<{ object_type: string; object_id: number; fields: string[]; after: Record<string, unknown>; group_ids: number[] }>(app,
      `select object_type, object_id, fields, after, group_ids from changes where action = 'CREATE' and actor_label like 'import%' order by id`);
    expect(new Set(created.map((c) => c.object_type))).toEqual(new Set(Object.keys(KINDS)));
    expect(created.length).toBeGreaterThan(55);

    const em = app.app.orm.em.fork() as EntityManager;
    const w = new Write(em, COMMAND_LINE_VIEWER, null);
    for (const change of created) {
      const [entityClass, history] = KINDS[change.object_type];
      const entity = await em.findOneOrFail(entityClass, { id: change.object_id } as never);
      const snapshot = await history.snapshot(w, entity as never);
      const what = `${change.object_type} ${change.object_id}`;
      expect(change.after, what).toEqual(snapshot);
      expect(change.fields, what).toEqual(Object.keys(snapshot));
      expect(change.group_ids, what).toEqual([...new Set(await history.groupIds(w, entity as never))].sort((a, b) => a - b));
    }
  });
});
