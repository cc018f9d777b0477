import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  GroupMeetingsDocument,
  MeetingsOfDocument,
  NodeByIdDocument,
  NodesByIdsDocument,
  TopicListDocument,
} from '../graphql/generated.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(() => t?.stop());

describe('CWG-COP meetings from the seed', () => {
  it('gives both meetings with half-day dates, place, format and participant counts', async () => {
    const { data, errors } = await t.graphql(GroupMeetingsDocument, { acronym: 'CWG-COP' });
    expect(errors).toBeUndefined();
    const meetings = data!.group!.meetings.edges.map((e) => e.node);
    expect(meetings.map((m) => [m.number, m.startsOn, m.startHalf, m.endsOn, m.format, m.participantCount])).toEqual([
      [21, '2024-09-30', 'PM', '2024-10-01', 'HYBRID', 129],
      [22, '2025-02-12', 'PM', '2025-02-13', 'HYBRID', 191],
    ]);
    expect(meetings[1].location).toMatch(/Geneva/);
    expect(meetings[1].topics.map((topic) => topic.slug)).toEqual(
      expect.arrayContaining(['age-verification', 'screen-time', 'mobile-phones-in-schools', 'end-to-end-encryption']),
    );
  });

  it('traces the 22nd meeting to verbatim sentences of the source documents', async () => {
    const { data } = await t.graphql(GroupMeetingsDocument, { acronym: 'CWG-COP' });
    const sources = data!.group!.meetings.edges[1].node.sources;
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.some((s) => s.excerpt.includes('191 participants'))).toBe(true);
    expect(new Set(sources.map((s) => s.document.symbol))).toEqual(
      new Set(['CWG-COP/COUNCIL-REPORT-21-22', 'CWG-COP/LS-SG2-Q3-2']),
    );
  });

  it('lists meetings of a group by alias, and none for an unknown group', async () => {
    const byAlias = await t.graphql(MeetingsOfDocument, { groupAcronym: 'cwgcop' });
    expect(byAlias.data?.meetings.totalCount).toBe(2);
    const unknown = await t.graphql(MeetingsOfDocument, { groupAcronym: 'nobody' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.meetings.totalCount).toBe(0);
  });
});

describe('node(id:) and nodes(ids:)', () => {
  it('finds a meeting again by its global id', async () => {
    const { data } = await t.graphql(GroupMeetingsDocument, { acronym: 'CWG-COP' });
    const id = data!.group!.meetings.edges[0].node.id;
    const found = await t.graphql(NodeByIdDocument, { id });
    expect(found.data?.node).toMatchObject({ id, __typename: 'Meeting', number: 21 });
  });

  it('answers null for an id of nothing, an error for a malformed id', async () => {
    const missing = Buffer.from('Meeting:999999').toString('base64url');
    const none = await t.graphql(NodeByIdDocument, { id: missing });
    expect(none.errors).toBeUndefined();
    expect(none.data?.node).toBeNull();
    const bad = await t.graphql(NodeByIdDocument, { id: '%%%' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps the order of nodes(ids:) with null where nothing matches', async () => {
    const { data } = await t.graphql(GroupMeetingsDocument, { acronym: 'CWG-COP' });
    const [a, b] = data!.group!.meetings.edges.map((e) => e.node.id);
    const missing = Buffer.from('Group:999999').toString('base64url');
    const found = await t.graphql(NodesByIdsDocument, { ids: [b, missing, a] });
    expect(found.data?.nodes.map((n) => n?.id ?? null)).toEqual([b, null, a]);
  });
});

describe('topics', () => {
  it('lists the seeded topics', async () => {
    const { data } = await t.graphql(TopicListDocument, {});
    expect(data?.topics.map((topic) => topic.slug)).toContain('helplines');
  });
});
