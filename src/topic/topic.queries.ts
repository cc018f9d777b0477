import type { EntityManager } from '@mikro-orm/core';
import { childRowsLoader, countLoader, pagedChildRowsLoader, plain, rowByIdLoader, RowShape, selectRows, type NodeRow } from '../platform/database/rows.js';
import { LoaderCache } from '../platform/database/batch.js';
import { pageKey, type PageRequest } from '../platform/graphql/paging.js';
import { MEETING } from '../meeting/meeting.queries.js';
import { OUTCOME } from '../outcome/outcome.queries.js';
import { LIAISON, LIAISON_LIST_COLUMNS } from '../liaison/liaison.queries.js';
import { REPORT } from '../report/report.queries.js';
import { BEST_PRACTICE } from '../best-practice/best-practice.queries.js';

/** A topic as the read path sees it (see platform/database/rows.ts). */
export interface TopicRow extends NodeRow {
  slug: string;
  name: string;
}

export const TOPIC = new RowShape<TopicRow>('Topic', 'topics', {
  id: plain('id'),
  slug: plain('slug'),
  name: plain('name'),
});
const COLUMNS = TOPIC.select();

/** Every topic, by name. */
export function listTopics(em: EntityManager): Promise<TopicRow[]> {
  return selectRows(em, TOPIC, `select ${COLUMNS} from topics t order by t.name, t.id`);
}

/**
 * The topic a person means by `text` and its slug (topic.service.ts's topicSlug): the one with
 * that slug, or whose name is `text` in any case; the oldest if several. Writes look topics up
 * here too, so the rule has one home.
 */
export async function findTopic(em: EntityManager, text: string, slug: string): Promise<TopicRow | null> {
  const name = text.trim().replace(/[\\%_]/g, '\\$&');
  const [row] = await selectRows(em, TOPIC, `select ${COLUMNS} from topics t where t.slug = ? or t.name ilike ? order by t.id limit 1`, [slug, name]);
  return row ?? null;
}

/**
 * Per-request batched reads of topics. Per request because each loader caches what it read:
 * shared, it would serve one request's reads to another and outlive writes.
 */
export function createTopicQueries(em: EntityManager) {
  const paged = new LoaderCache();
  // topics are tagged on meetings, outcomes, best practices, liaisons and reports through pivot tables
  const ofPivot = (pivot: string, ownerColumn: string) =>
    childRowsLoader(em, TOPIC,
      `select ${COLUMNS}, p.${ownerColumn} as __parent from ${pivot} p join topics t on t.id = p.topic_id
       where p.${ownerColumn} = any(?) order by t.name, t.id`);
  return {
    byId: rowByIdLoader(em, TOPIC),
    /** each meeting's topics, by name */
    ofMeeting: ofPivot('meeting_topics', 'meeting_id'),
    /** each outcome's topics, by name */
    ofOutcome: ofPivot('outcome_topics', 'outcome_id'),
    /** each best practice's topics, by name */
    ofBestPractice: ofPivot('best_practice_topics', 'best_practice_id'),
    /** each liaison's topics, by name */
    ofLiaison: ofPivot('liaison_topics', 'liaison_id'),
    /** each report's topics, by name */
    ofReport: ofPivot('report_topics', 'report_id'),
    /** a page of what each topic tags, of one kind (the topic page), and how many */
    tagged: {
      meetings: taggedLoaders(em, paged, MEETING, TAGGED.meetings),
      outcomes: taggedLoaders(em, paged, OUTCOME, TAGGED.outcomes),
      liaisons: taggedLoaders(em, paged, LIAISON, TAGGED.liaisons),
      reports: taggedLoaders(em, paged, REPORT, TAGGED.reports),
      bestPractices: taggedLoaders(em, paged, BEST_PRACTICE, TAGGED.bestPractices),
    },
  };
}
export type TopicQueries = ReturnType<typeof createTopicQueries>;

/**
 * What a topic tags, by kind: the table, its pivot, the columns a list shows and the list's order.
 * The columns are read when a loader is made: the shapes come from modules that import this one.
 */
const TAGGED = {
  meetings: { table: 'meetings', pivot: 'meeting_topics', owner: 'meeting_id', columns: () => MEETING.select('t'), order: ['t.starts_on, t.id', 'r."startsOn", r.id'] },
  outcomes: { table: 'outcomes', pivot: 'outcome_topics', owner: 'outcome_id', columns: () => OUTCOME.select('t'), order: ['t.id', 'r.id'] },
  // newest first, without the body (as every list of liaisons)
  liaisons: { table: 'liaisons', pivot: 'liaison_topics', owner: 'liaison_id', columns: () => LIAISON_LIST_COLUMNS, order: ['t.created_at desc, t.id desc', 'r."createdAt" desc, r.id desc'] },
  reports: { table: 'reports', pivot: 'report_topics', owner: 'report_id', columns: () => REPORT.select('t'), order: ['t.id', 'r.id'] },
  bestPractices: { table: 'best_practices', pivot: 'best_practice_topics', owner: 'best_practice_id', columns: () => BEST_PRACTICE.select('t'), order: ['t.id', 'r.id'] },
} as const;

function taggedLoaders<T extends NodeRow>(em: EntityManager, paged: LoaderCache, shape: RowShape<T>, kind: (typeof TAGGED)[keyof typeof TAGGED]) {
  return {
    page: (page: PageRequest) =>
      paged.get(`${kind.table}:${pageKey(page)}`, () =>
        pagedChildRowsLoader(em, shape,
          `select ${kind.columns()} from ${kind.pivot} x join ${kind.table} t on t.id = x.${kind.owner}
           where x.topic_id = p.__parent order by ${kind.order[0]} limit ? offset ?`,
          kind.order[1], page),
      ),
    count: countLoader(em, `select x.topic_id as __parent, count(*) as total from ${kind.pivot} x where x.topic_id = any(?) group by x.topic_id`),
  };
}

/** a topic's page and count loaders for one kind of object */
export type TaggedLoaders = ReturnType<typeof taggedLoaders<NodeRow>>;
