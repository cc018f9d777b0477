/**
 * The lists under a parent (a group's liaisons, action items, meetings, reports; a meeting's
 * documents) and the filtered root lists are read with SQL tuned for scale: keys first, whole rows
 * for the page only, counts from indexes. Over a synthetic data set, every page and total must be
 * what the plain definition gives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from '@mikro-orm/postgresql';
import { generateSyntheticData } from '../../bench/synthetic.js';
import { decodeGlobalId } from '../../src/platform/graphql/global-id.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { GroupListsDocument, RootActionItemsDocument } from '../graphql/generated.js';

let t: TestApp;
let knex: Knex;
let groups: { id: number; acronym: string }[];

beforeAll(async () => {
  t = await startTestApp();
  knex = t.app.orm.em.getConnection().getKnex();
  await generateSyntheticData(knex, { scale: 0.02, seed: 7 });
  // the data is written in one transaction (one created_at): spread the times so that the
  // order by created_at is not the order by id, and let some groups address their own liaisons
  await knex.raw(`update liaisons set created_at = created_at - ((id * 7919) % 97) * interval '1 hour'`);
  await knex.raw(`update action_items set created_at = created_at - ((id * 104729) % 89) * interval '1 minute'`);
  await knex.raw(`update reports set created_at = created_at - ((id * 31) % 13) * interval '1 day'`);
  await knex.raw(`insert into liaison_addressees (liaison_id, group_id, role, purpose)
                  select id, from_group_id, 'CC', null from liaisons where id % 5 = 0 on conflict do nothing`);
  groups = (await knex.raw(`select id, acronym from groups order by acronym, id limit 4`)).rows;
}, 120_000);
afterAll(() => t?.stop());

const ids = (edges: { node: { id: string } }[]) => edges.map((e) => decodeGlobalId(e.node.id)!.id);
const column = async (sql: string, bindings: unknown[]) => ((await knex.raw(sql, bindings as never)).rows as { id: number }[]).map((r) => r.id);

/** the whole list for one parent, in order, by its plain definition */
const expected = {
  liaisons: (group: number, direction: 'SENT' | 'RECEIVED' | null) =>
    column(
      `select id from liaisons l where ${
        direction === 'SENT'
          ? 'l.from_group_id = ?'
          : direction === 'RECEIVED'
            ? 'exists (select 1 from liaison_addressees a where a.liaison_id = l.id and a.group_id = ?)'
            : 'l.from_group_id = ? or exists (select 1 from liaison_addressees a where a.liaison_id = l.id and a.group_id = ?)'
      } order by created_at, id`,
      direction ? [group] : [group, group],
    ),
  actionItems: (group: number, statuses: string[] | null) =>
    column(
      `select id from action_items where assignee_id = ? ${statuses ? 'and status = any(?)' : ''} order by created_at, id`,
      statuses ? [group, statuses] : [group],
    ),
  meetings: (group: number) => column('select id from meetings where group_id = ? order by starts_on, id', [group]),
  reports: (group: number) => column('select id from reports where owner_group_id = ? order by created_at, id', [group]),
  documents: (meeting: number) => column('select id from documents where meeting_id = ? order by symbol, id', [meeting]),
};

describe('lists under a group', () => {
  it.each([null, 'SENT', 'RECEIVED'] as const)('pages liaisons (direction %s) as the plain definition orders them', async (direction) => {
    for (const group of groups) {
      const all = await expected.liaisons(group.id, direction);
      expect(all.length).toBeGreaterThan(6);
      const first = await t.graphql(GroupListsDocument, { acronym: group.acronym, first: 5, direction });
      expect(first.errors).toBeUndefined();
      const page1 = first.data!.group!.liaisons;
      expect(page1.totalCount).toBe(all.length);
      expect(ids(page1.edges)).toEqual(all.slice(0, 5));
      const second = await t.graphql(GroupListsDocument, { acronym: group.acronym, first: 5, after: page1.pageInfo.endCursor, direction });
      expect(ids(second.data!.group!.liaisons.edges)).toEqual(all.slice(5, 10));
      expect(second.data!.group!.liaisons.totalCount).toBe(all.length);
    }
  });

  it('pages action items, meetings, reports and meeting documents, and counts them', async () => {
    for (const group of groups) {
      for (const status of [null, ['OPEN'] as const, ['OPEN', 'DONE'] as const]) {
        const answer = await t.graphql(GroupListsDocument, { acronym: group.acronym, first: 3, status: status ? [...status] : null });
        expect(answer.errors).toBeUndefined();
        const lists = answer.data!.group!;
        const items = await expected.actionItems(group.id, status ? [...status] : null);
        expect(lists.actionItems.totalCount).toBe(items.length);
        expect(ids(lists.actionItems.edges)).toEqual(items.slice(0, 3));
        const meetings = await expected.meetings(group.id);
        expect(lists.meetings.totalCount).toBe(meetings.length);
        expect(ids(lists.meetings.edges)).toEqual(meetings.slice(0, 3));
        for (const edge of lists.meetings.edges) {
          const documents = await expected.documents(decodeGlobalId(edge.node.id)!.id);
          expect(edge.node.documents.totalCount).toBe(documents.length);
          expect(ids(edge.node.documents.edges)).toEqual(documents.slice(0, 3));
        }
        const reports = await expected.reports(group.id);
        expect(lists.reports.totalCount).toBe(reports.length);
        expect(ids(lists.reports.edges)).toEqual(reports.slice(0, 3));
      }
    }
  });

  it('still counts a list when the page is past its end', async () => {
    const group = groups[0];
    const all = await expected.liaisons(group.id, null);
    let after: string | null | undefined;
    let seen = 0;
    // walk to the last page, then one past it
    for (;;) {
      const page = (await t.graphql(GroupListsDocument, { acronym: group.acronym, first: 100, after })).data!.group!.liaisons;
      seen += page.edges.length;
      expect(page.totalCount).toBe(all.length);
      if (!page.pageInfo.hasNextPage) {
        const past = await t.graphql(GroupListsDocument, { acronym: group.acronym, first: 100, after: page.pageInfo.endCursor });
        expect(past.data!.group!.liaisons.edges).toEqual([]);
        expect(past.data!.group!.liaisons.totalCount).toBe(all.length);
        break;
      }
      after = page.pageInfo.endCursor;
    }
    expect(seen).toBe(all.length);
  });
});

describe('root lists', () => {
  it.each([[['OPEN']], [['OPEN', 'IN_PROGRESS']], [null]] as const)('pages actionItems with status %j and counts them', async (status) => {
    const all = await column(
      `select id from action_items ${status ? 'where status = any(?)' : ''} order by created_at, id`,
      status ? [[...status]] : [],
    );
    const first = await t.graphql(RootActionItemsDocument, { first: 7, status: status ? [...status] : null });
    expect(first.data!.actionItems.totalCount).toBe(all.length);
    expect(ids(first.data!.actionItems.edges)).toEqual(all.slice(0, 7));
  });

  it('pages overdue action items and counts them', async () => {
    const all = await column(
      `select id from action_items t where t.status in ('OPEN', 'IN_PROGRESS')
         and (t.due_on < (current_timestamp at time zone 'UTC')::date
              or exists (select 1 from meetings m where m.id = t.due_meeting_id and m.ends_on < (current_timestamp at time zone 'UTC')::date))
       order by created_at, id`,
      [],
    );
    expect(all.length).toBeGreaterThan(10);
    const first = await t.graphql(RootActionItemsDocument, { first: 10, overdue: true });
    expect(first.data!.actionItems.totalCount).toBe(all.length);
    expect(ids(first.data!.actionItems.edges)).toEqual(all.slice(0, 10));
  });
});
