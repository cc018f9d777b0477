import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens } from '../support/tokens.js';
import { historyOf } from '../support/history.js';
import {
  CreateMeetingDocument,
  GroupByNameDocument,
  GroupMeetingsDocument,
  MeetingByIdDocument,
  RecordOutcomeDocument,
  TagTopicDocument,
  UpdateMeetingDocument,
  type CreateMeetingInput,
} from '../graphql/generated.js';

let t: TestApp;
let headers: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
  headers = (await createRoleTokens(t)).cwgCop.headers;
});
afterAll(() => t?.stop());

const input = (more: Partial<CreateMeetingInput> = {}): CreateMeetingInput => ({
  group: 'cwg cop',
  number: 23,
  title: 'Twenty-third meeting of CWG-COP',
  startsOn: '2025-09-29',
  startHalf: 'PM',
  endsOn: '2025-09-30',
  format: 'HYBRID',
  location: 'Geneva',
  topics: ['helplines'],
  sources: [{ document: 'CWG-COP/COUNCIL-REPORT-21-22', excerpt: 'the next meeting' }],
  ...more,
});

describe('createMeeting and updateMeeting', () => {
  it('records a meeting, found again as "ACRONYM#number"', async () => {
    const res = await t.graphql(CreateMeetingDocument, { input: input() }, { headers });
    expect(res.data!.createMeeting!.userErrors).toEqual([]);
    expect(res.data!.createMeeting!.meeting).toMatchObject({
      number: 23, startHalf: 'PM', endsOn: '2025-09-30', version: 1, group: { acronym: 'CWG-COP' }, topics: [{ slug: 'helplines' }],
      sources: [{ excerpt: 'the next meeting', document: { symbol: 'CWG-COP/COUNCIL-REPORT-21-22' } }],
    });
    const meetings = await t.graphql(GroupMeetingsDocument, { acronym: 'CWG-COP' });
    expect(meetings.data!.group!.meetings.edges.map((e) => e.node.number)).toEqual([21, 22, 23]);
  });

  it('takes the group by id as well as by acronym or alias', async () => {
    const group = (await t.graphql(GroupByNameDocument, { acronym: 'CWG-COP' })).data!.group!;
    const res = await t.graphql(CreateMeetingDocument, { input: input({ group: group.id, number: 26, startsOn: '2026-09-01', endsOn: null, startHalf: null }) }, { headers });
    expect(res.data!.createMeeting!.meeting).toMatchObject({ number: 26, group: { acronym: 'CWG-COP' } });
  });

  it('answers bad input with userErrors', async () => {
    const cases: [Partial<CreateMeetingInput>, string, string][] = [
      [{ number: 22 }, 'number', 'CONFLICT'],
      [{ group: 'Nobody' }, 'group', 'NOT_FOUND'],
      [{ title: '' }, 'title', 'BAD_USER_INPUT'],
      [{ startsOn: '29 September 2025' }, 'startsOn', 'BAD_USER_INPUT'],
      [{ endsOn: '2025-09-28' }, 'endsOn', 'BAD_USER_INPUT'],
      [{ endsOn: '2025-09-29', endHalf: 'AM' }, 'endHalf', 'BAD_USER_INPUT'],
      [{ participantCount: -1 }, 'participantCount', 'BAD_USER_INPUT'],
      [{ topics: ['no-such-topic'] }, 'topics[0]', 'NOT_FOUND'],
      [{ sources: [{ document: 'NO/SUCH', excerpt: 'x' }] }, 'sources[0].document', 'NOT_FOUND'],
    ];
    for (const [more, field, code] of cases) {
      const res = await t.graphql(CreateMeetingDocument, { input: input({ number: 30, ...more }) }, { headers });
      expect(res.data!.createMeeting, field).toEqual({ meeting: null, userErrors: [expect.objectContaining({ field, code })] });
    }
  });

  it('updates a meeting named "ACRONYM#number"; history shows before and after', async () => {
    const created = (await t.graphql(CreateMeetingDocument, { input: input({ number: 24, startsOn: '2026-02-10', endsOn: null, startHalf: null }) }, { headers })).data!.createMeeting!.meeting!;
    expect(created.endsOn).toBe('2026-02-10');
    const res = await t.graphql(UpdateMeetingDocument, { input: { meeting: 'CWG-COP#24', version: 1, participantCount: 140, location: null } }, { headers });
    expect(res.data!.updateMeeting!.meeting).toMatchObject({ participantCount: 140, location: null, version: 2 });
    const { changes } = await historyOf(t, created.id);
    expect(changes[1]).toMatchObject({ action: 'UPDATE', fields: ['location', 'participantCount'], before: { location: 'Geneva', participantCount: null }, after: { location: null, participantCount: 140 } });
    const bad = await t.graphql(UpdateMeetingDocument, { input: { meeting: 'CWG-COP#24', version: 2, endsOn: '2026-01-01' } }, { headers });
    expect(bad.data!.updateMeeting!.userErrors).toEqual([expect.objectContaining({ field: 'endsOn', code: 'BAD_USER_INPUT' })]);
  });
});

describe('recordOutcome', () => {
  it('appends outcomes in order, also when they arrive at the same time', async () => {
    const created = await t.graphql(CreateMeetingDocument, { input: input({ number: 25, startsOn: '2026-06-01', endsOn: null, startHalf: null }) }, { headers });
    expect(created.data!.createMeeting!.meeting).not.toBeNull();
    const first = await t.graphql(RecordOutcomeDocument, { input: { meeting: 'CWG-COP#25', kind: 'AGREED', text: 'The meeting agreed its agenda.', topics: ['helplines'] } }, { headers });
    expect(first.data!.recordOutcome!.outcome).toMatchObject({ position: 1, version: 1, meeting: { number: 25 }, topics: [{ slug: 'helplines' }] });
    const texts = ['Second', 'Third', 'Fourth', 'Fifth', 'Sixth'];
    const results = await Promise.all(
      texts.map((text) => t.graphql(RecordOutcomeDocument, { input: { meeting: 'CWG-COP#25', kind: 'NOTED', text } }, { headers })),
    );
    expect(results.map((r) => r.data!.recordOutcome!.userErrors)).toEqual(texts.map(() => []));
    const meeting = (await t.graphql(GroupMeetingsDocument, { acronym: 'CWG-COP' })).data!.group!.meetings.edges.find((e) => e.node.number === 25)!.node;
    const full = await t.graphql(MeetingByIdDocument, { id: meeting.id });
    const outcomes = (full.data!.node as { outcomes: { position: number; text: string }[] }).outcomes;
    expect(outcomes.map((o) => o.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(outcomes.slice(1).map((o) => o.text))).toEqual(new Set(texts));
  });

  it('refuses an empty text, an unknown meeting and an oversized text', async () => {
    const cases: [string, string, string, string][] = [
      ['CWG-COP#22', '  ', 'text', 'BAD_USER_INPUT'],
      ['CWG-COP#99', 'x', 'meeting', 'NOT_FOUND'],
      ['CWG-COP#22', 'x'.repeat(50_001), 'text', 'BAD_USER_INPUT'],
    ];
    for (const [meeting, text, field, code] of cases) {
      const res = await t.graphql(RecordOutcomeDocument, { input: { meeting, kind: 'NOTED', text } }, { headers });
      expect(res.data!.recordOutcome).toEqual({ outcome: null, userErrors: [expect.objectContaining({ field, code })] });
    }
  });
});

describe('tagTopic', () => {
  it('tags a meeting with a topic (a new one only when asked), raising its version once', async () => {
    const meetingId = (await t.graphql(GroupMeetingsDocument, { acronym: 'CWG-COP' })).data!.group!.meetings.edges[0].node.id;
    const unknown = await t.graphql(TagTopicDocument, { input: { subject: meetingId, topic: 'Cyberbullying' } }, { headers });
    expect(unknown.data!.tagTopic!.userErrors).toEqual([expect.objectContaining({ field: 'topic', code: 'NOT_FOUND' })]);
    const tagged = await t.graphql(TagTopicDocument, { input: { subject: meetingId, topic: 'Cyberbullying', create: true } }, { headers });
    expect(tagged.data!.tagTopic!.topic).toEqual({ slug: 'cyberbullying', name: 'Cyberbullying' });
    const subject = tagged.data!.tagTopic!.subject as { version: number; topics: { slug: string }[] };
    expect(subject.topics.map((x) => x.slug)).toContain('cyberbullying');
    expect(subject.version).toBe(2);
    const again = await t.graphql(TagTopicDocument, { input: { subject: meetingId, topic: 'cyberbullying' } }, { headers });
    expect((again.data!.tagTopic!.subject as { version: number }).version).toBe(2);
    // the seed load recorded the meeting's creation; tagging it twice, one TAG
    const { changes } = await historyOf(t, meetingId);
    expect(changes.map((c) => c.action)).toEqual(['CREATE', 'TAG']);
    expect(changes[1].fields).toEqual(['topics']);
  });
});
