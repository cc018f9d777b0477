import type { EntityManager } from '@mikro-orm/core';
import { childRowsLoader, plain, rowByIdLoader, RowShape, selectRows, type NodeRow } from '../platform/database/rows.js';

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
  // topics are tagged on meetings, outcomes and best practices through pivot tables
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
  };
}
export type TopicQueries = ReturnType<typeof createTopicQueries>;
