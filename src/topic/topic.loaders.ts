import type { EntityManager } from '@mikro-orm/core';
import { entityByIdLoader, pivotLoader } from '../platform/database/batch.js';
import { Topic } from './topic.entity.js';

/** Topics are tagged on meetings, outcomes and best practices through pivot tables. */
export function createTopicLoaders(em: EntityManager) {
  const ofPivot = (pivot: string, ownerColumn: string) =>
    pivotLoader(em, Topic, { pivot, ownerColumn, targetColumn: 'topic_id', target: 'topics', orderBy: 't.name, t.id' });
  return {
    byId: entityByIdLoader(em, Topic),
    ofMeeting: ofPivot('meeting_topics', 'meeting_id'),
    ofOutcome: ofPivot('outcome_topics', 'outcome_id'),
    ofBestPractice: ofPivot('best_practice_topics', 'best_practice_id'),
  };
}
export type TopicLoaders = ReturnType<typeof createTopicLoaders>;
