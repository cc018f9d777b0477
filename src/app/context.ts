import { randomUUID } from 'node:crypto';
import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from '../platform/logging/logger.js';
import { createGroupLoaders } from '../group/group.loaders.js';
import { createTopicLoaders } from '../topic/topic.loaders.js';
import { createSourceLoaders } from '../source/source.loaders.js';
import { createDocumentLoaders } from '../document/document.loaders.js';
import { createMeetingLoaders } from '../meeting/meeting.loaders.js';
import { createOutcomeLoaders } from '../outcome/outcome.loaders.js';
import { createActionItemLoaders } from '../action-item/action-item.loaders.js';
import { createLiaisonLoaders } from '../liaison/liaison.loaders.js';
import { createReportLoaders } from '../report/report.loaders.js';
import { createBestPracticeLoaders } from '../practice/best-practice.loaders.js';
import { createChangeLoaders } from '../history/change.loaders.js';
import type { Credentials, Viewer } from '../auth/viewer.js';
import { readFromPrimary } from '../platform/database/read-routing.js';

/**
 * What every resolver gets for one request. The EntityManager is forked per request (its
 * identity map is that request's), and so are the DataLoaders: they batch the reads of one
 * request and cache them for that request only.
 */
export interface RequestContext extends Credentials {
  requestId: string;
  em: EntityManager;
  loaders: Loaders;
  logger: Logger;
  /** who is asking (from `Authorization: Bearer <token>`); null: no valid token, reads only */
  viewer: Viewer | null;
  /**
   * after a committed write (runWrite calls it): forget this request's cached reads, and the
   * cached answers that showed the changed types, so the payload and later reads show the new state
   */
  afterWrite(changedTypes?: ReadonlySet<string>): void;
  /** drops the cached answers that show these types, or all (platform/server/response-cache.ts) */
  invalidateCachedResponses(changedTypes?: ReadonlySet<string>): void;
}

export function createLoaders(em: EntityManager) {
  const loaders = {
    group: createGroupLoaders(em),
    topic: createTopicLoaders(em),
    source: createSourceLoaders(em),
    document: createDocumentLoaders(em),
    meeting: createMeetingLoaders(em),
    outcome: createOutcomeLoaders(em),
    actionItem: createActionItemLoaders(em),
    liaison: createLiaisonLoaders(em),
    report: createReportLoaders(em),
    bestPractice: createBestPracticeLoaders(em),
    change: createChangeLoaders(em),
    /** the by-id loader of a Node type, for node(id:); undefined for a name that is not one */
    nodeById(typename: string): DataLoader<number, object | null> | undefined {
      return byTypename[typename];
    },
  };
  const byTypename: Record<string, DataLoader<number, object | null>> = {
    Group: loaders.group.byId,
    Topic: loaders.topic.byId,
    Document: loaders.document.byId,
    Meeting: loaders.meeting.byId,
    Outcome: loaders.outcome.byId,
    ActionItem: loaders.actionItem.byId,
    Liaison: loaders.liaison.byId,
    Report: loaders.report.byId,
    Milestone: loaders.report.milestoneById,
    BestPractice: loaders.bestPractice.byId,
    Change: loaders.change.byId,
  };
  return loaders;
}
export type Loaders = ReturnType<typeof createLoaders>;

const NO_CREDENTIALS: Credentials = { viewer: null, credentialProblem: null };

export function createRequestContext(
  em: EntityManager,
  logger: Logger,
  requestId: string = randomUUID(),
  credentials: Credentials = NO_CREDENTIALS,
  invalidateCachedResponses: (changedTypes?: ReadonlySet<string>) => void = () => {},
): RequestContext {
  const forked = em.fork();
  const loaders = createLoaders(forked);
  return {
    requestId,
    em: forked,
    loaders,
    logger: logger.child({ requestId }),
    ...credentials,
    invalidateCachedResponses,
    afterWrite(changedTypes) {
      // in place: resolvers holding ctx.loaders see the fresh loaders
      forked.clear();
      // the rest of the request (the payload) reads from the primary: a replica may not have the write yet
      readFromPrimary();
      Object.assign(loaders, createLoaders(forked));
      invalidateCachedResponses(changedTypes);
    },
  };
}
