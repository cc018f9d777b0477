/**
 * A query's SQL cost depends on its shape, not on the size of its answer: over a synthetic data
 * set, the deepest dashboard read costs the same number of statements at first: 10 and first: 100.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticData } from '../../bench/synthetic.js';
import { DASHBOARD, THREAD } from '../../bench/operations.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { GroupFollowUpDocument, GroupsFollowUpCountsDocument, NestedDashboardDocument } from '../graphql/generated.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  const knex = t.app.orm.em.getConnection().getKnex();
  await generateSyntheticData(knex, { scale: 0.05, seed: 3 });
  // the synthetic data has no history: three recorded changes per liaison, four per report
  for (const [table, type, group, count] of [['liaisons', 'Liaison', 'from_group_id', 3], ['reports', 'Report', 'owner_group_id', 4]] as const) {
    await knex.raw(
      `insert into changes (at, actor_label, actor_role, object_type, object_id, object_version, action, fields, after, group_ids)
       select o.created_at + n * interval '1 hour', 'bench', 'SECRETARIAT', ?, o.id, n, case when n = 1 then 'CREATE' else 'UPDATE' end,
              array['title'], jsonb_build_object('title', o.title), array[o.${group}]
       from ${table} o cross join generate_series(1, ?) n`,
      [type, count],
    );
  }
}, 120_000);
afterAll(() => t?.stop());

describe('SQL statements per request', () => {
  it('are the same for the nested dashboard at first: 10 and first: 100', async () => {
    const small = await t.graphql(NestedDashboardDocument, { first: 10 });
    const large = await t.graphql(NestedDashboardDocument, { first: 100 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    // both executed (not answered from the response cache), and the larger answer is much larger
    expect(small.extensions?.responseCache).toBe('MISS');
    expect(large.extensions?.responseCache).toBe('MISS');
    const size = (answer: typeof small) =>
      answer.data!.meetings.edges.reduce(
        (m, e) => m + 1 + e.node.liaisons.length + e.node.outcomes.reduce((o, outcome) => o + 1 + outcome.actionItems.length, 0),
        0,
      );
    expect(size(large)).toBeGreaterThan(2 * size(small));
    expect(small.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
  });

  it('are the same for the benchmark dashboard at first: 10 and first: 100', async () => {
    // as the benchmark measures it (groups: 20); 100 groups with 100 liaisons each is over the cost limit
    const count = async (groups: number, first: number) => (await t.post({ query: DASHBOARD, variables: { groups, first } })).json;
    const small = await count(10, 10);
    const large = await count(20, 100);
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.groups.edges.length).toBeGreaterThan(small.data.groups.edges.length);
    expect(large.extensions.sqlStatements).toBe(small.extensions.sqlStatements);
  });

  it('are the same for what concerns a group at first: 10 and first: 100, and for its figures over all groups', async () => {
    const groups = await t.graphql(GroupsFollowUpCountsDocument, {});
    expect(groups.errors).toBeUndefined();
    const busiest = [...groups.data!.groups.edges].sort(
      (a, b) => b.node.followUp.counts.repliesOwedToItOverdue - a.node.followUp.counts.repliesOwedToItOverdue,
    )[0]!.node.acronym;
    const small = await t.graphql(GroupFollowUpDocument, { acronym: busiest, first: 10 });
    const large = await t.graphql(GroupFollowUpDocument, { acronym: busiest, first: 100 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    const rows = (answer: typeof small) => {
      const f = answer.data!.group!.followUp;
      return f.repliesItOwes.edges.length + f.repliesOwedToIt.edges.length + f.openActionItems.edges.length + f.liaisonsReceived.edges.length;
    };
    expect(rows(large)).toBeGreaterThan(rows(small));
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
    // the figures of every group: one statement for them all, besides the groups' own page
    expect(groups.extensions?.sqlStatements).toBe(2);
  });

  // the domains that read entities until issue 13: topics, reports and milestones, best practices, the history
  const SHAPES: Record<string, string> = {
    'reports and milestones': `query ($first: Int) {
      reports(first: $first) { totalCount edges { node { title ownerGroup { acronym }
        milestones { kind plannedFor group { acronym } meeting { title } report { title } }
        nextMilestone { kind } history(first: $first) { totalCount edges { node { at action } } } } } }
      groups(first: 20) { edges { node { acronym reports(first: $first) { totalCount edges { node { title } } } } } } }`,
    'best practices and topics': `query ($first: Int) {
      topics { slug name }
      bestPractices(first: $first) { totalCount edges { node { title topics { name } documents { symbol } sourceGroup { acronym }
        meeting { title topics { name } } } } } }`,
    history: `query ($first: Int) {
      changes(first: $first) { totalCount edges { node { at action objectType fields before after by { label role }
        object { id ... on Liaison { title history(first: $first) { totalCount edges { node { action } } } }
                    ... on Report { title updatedAt history(first: $first) { totalCount edges { node { at } } } } } } } } }`,
  };
  for (const [name, query] of Object.entries(SHAPES)) {
    it(`are the same for ${name} at first: 10 and first: 100`, async () => {
      const small = (await t.post({ query, variables: { first: 10 } })).json;
      const large = (await t.post({ query, variables: { first: 100 } })).json;
      expect(small.errors).toBeUndefined();
      expect(large.errors).toBeUndefined();
      // objects in the answer: the larger page really is larger
      const size = (answer: unknown) => JSON.stringify(answer).split('{').length;
      expect(size(large.data)).toBeGreaterThan(2 * size(small.data));
      expect(small.extensions.sqlStatements).toBeGreaterThan(0);
      expect(large.extensions.sqlStatements).toBe(small.extensions.sqlStatements);
    });
  }
});

describe('a thread read ahead', () => {
  // the thread as the benchmark asks it: replies two levels deep, each with its sender and attachments
  const REPLY = /* GraphQL */ `
    query ReplyAlone($id: ID!) {
      node(id: $id) { id ... on Liaison { title status sentOn fromGroup { id acronym } attachments { id symbol title } replies { id title status sentOn } } }
    }
  `;
  const LIST = /* GraphQL */ `
    query ThreadRoots { liaisons(first: 100) { edges { node { id replies { id attachments { id } replies { id } } } } } }
  `;

  it("answers each reply's sender, attachments and replies as reading that reply alone does, at the same statement count for any thread", async () => {
    const list = (await t.post({ query: LIST })).json;
    expect(list.errors).toBeUndefined();
    type Root = { id: string; replies: { id: string; attachments: unknown[]; replies: unknown[] }[] };
    const roots = (list.data.liaisons.edges as { node: Root }[]).map((e) => e.node);
    const rich = roots.find((r) => r.replies.some((reply) => reply.attachments.length > 0 && reply.replies.length > 0));
    const bare = roots.find((r) => r.replies.length === 0);
    expect(rich, 'the synthetic data holds a thread whose replies have attachments and replies').toBeDefined();
    expect(bare).toBeDefined();

    const thread = async (id: string) => (await t.post({ query: THREAD, variables: { id } })).json;
    const answer = await thread(rich!.id);
    expect(answer.errors).toBeUndefined();
    const replies = answer.data.node.replies as { id: string }[];
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) {
      const alone = (await t.post({ query: REPLY, variables: { id: reply.id } })).json;
      expect(alone.errors).toBeUndefined();
      expect(reply).toEqual(alone.data.node);
    }
    const empty = await thread(bare!.id);
    expect(empty.errors).toBeUndefined();
    expect(empty.extensions.sqlStatements).toBe(answer.extensions.sqlStatements);
    // read by id, the liaison's sender, addressees, attachments, parent, replies and what is asked
    // of them go out with its own row: one message to PostgreSQL for the whole thread
    expect(answer.extensions.sqlRoundTrips).toBe(1);
    expect(empty.extensions.sqlRoundTrips).toBe(1);
  });

  it('reads a reply by id with its parent and its state in one round trip, the answer as read field by field', async () => {
    const list = (await t.post({ query: LIST })).json;
    const roots = (list.data.liaisons.edges as { node: { id: string; replies: { id: string }[] } }[]).map((e) => e.node);
    const reply = roots.find((r) => r.replies.length > 0)!.replies[0]!;
    const fields = 'id title fromGroup { id acronym } toGroups { id } ccGroups { id } addressees { role group { id } } awaitingReply replyOverdue replyDueSoon';
    const AHEAD = `query($id: ID!) { node(id: $id) { ... on Liaison { ${fields} inReplyTo { id title } replies { id } } } }`;
    const ahead = (await t.post({ query: AHEAD, variables: { id: reply.id } })).json;
    expect(ahead.errors).toBeUndefined();
    expect(ahead.extensions.sqlRoundTrips).toBe(1);
    expect(ahead.data.node.inReplyTo).not.toBeNull();
    // the same fields read a level down, as one of its parent's replies (nothing read ahead by id): the same values
    const root = roots.find((r) => r.replies.some((x) => x.id === reply.id))!;
    const BELOW = `query($id: ID!) { node(id: $id) { ... on Liaison { replies { ${fields} inReplyTo { id title } replies { id } } } } }`;
    const below = (await t.post({ query: BELOW, variables: { id: root.id } })).json;
    expect(below.errors).toBeUndefined();
    expect(ahead.data.node).toEqual(below.data.node.replies.find((x: { id: string }) => x.id === reply.id));
    // an id that names no liaison: null, with what was read ahead dropped quietly
    const gone = (await t.post({ query: AHEAD, variables: { id: Buffer.from('Liaison:999999999').toString('base64url') } })).json;
    expect(gone.errors).toBeUndefined();
    expect(gone.data.node).toBeNull();
  });
});
