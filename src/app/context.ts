import { randomUUID } from 'node:crypto';
import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from '../platform/logging/logger.js';
import { createGroupQueries } from '../group/group.queries.js';
import { groupEntities } from '../group/group.service.js';
import { entityByIdLoader } from '../platform/database/batch.js';
import { Meeting } from '../meeting/meeting.entity.js';
import { Outcome } from '../outcome/outcome.entity.js';
import { Report } from '../report/report.entity.js';
import { createTopicQueries } from '../topic/topic.queries.js';
import { createSourceQueries } from '../source/source.queries.js';
import { createDocumentQueries } from '../document/document.queries.js';
import { createMeetingQueries } from '../meeting/meeting.queries.js';
import { createOutcomeQueries } from '../outcome/outcome.queries.js';
import { createActionItemQueries } from '../action-item/action-item.queries.js';
import { createLiaisonQueries, createLiaisonTemplateQueries } from '../liaison/liaison.queries.js';
import { createReportQueries } from '../report/report.queries.js';
import { createBestPracticeQueries } from '../best-practice/best-practice.queries.js';
import { createChangeQueries } from '../change/change.queries.js';
import type { Credentials, Viewer } from '../auth/viewer.js';
import { readFromPrimary } from '../platform/database/read-routing.js';
import { DEFAULT_DUE_SOON_DAYS } from '../config/config.js';
import { createFollowUpQueries } from '../follow-up/follow-up.queries.js';

/** What the read path's rules take from the configuration (config.ts reads it). */
export interface ReadSettings {
  /** see Config.dueSoonDays */
  dueSoonDays: number;
}
const DEFAULT_READ_SETTINGS: ReadSettings = { dueSoonDays: DEFAULT_DUE_SOON_DAYS };

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
  /** WEBHOOK_ALLOW_LOCAL: webhooks may point at loopback and private addresses (tests) */
  allowLocalWebhooks?: boolean;
}

/**
 * The read path's loaders: plain rows (see platform/database/rows.ts), batched per tick and
 * cached for one request (a loader shared between requests would serve one request's reads to
 * another, and outlive the writes that change them).
 */
export function createLoaders(em: EntityManager, settings: ReadSettings = DEFAULT_READ_SETTINGS) {
  const group = createGroupQueries(em);
  const loaders = {
    group,
    topic: createTopicQueries(em),
    source: createSourceQueries(em),
    document: createDocumentQueries(em),
    meeting: createMeetingQueries(em),
    outcome: createOutcomeQueries(em),
    actionItem: createActionItemQueries(em),
    liaison: createLiaisonQueries(em, settings.dueSoonDays),
    /** contacts, approval, related liaisons, the action items a liaison fulfils (the ITU template) */
    liaisonTemplate: createLiaisonTemplateQueries(em),
    /** replies due, action items open, milestones ahead: what concerns a group (follow-up/) */
    followUp: createFollowUpQueries(em, settings.dueSoonDays),
    /** the settings the rules were built with (the liaisons list reads dueSoonDays) */
    settings,
    report: createReportQueries(em),
    bestPractice: createBestPracticeQueries(em),
    change: createChangeQueries(em),
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

/**
 * What a write looks up by id or name while it checks its input: entities of the write's own
 * transaction (it links them to the objects it creates), batched and cached for that write only.
 */
export function createWriteLoaders(em: EntityManager) {
  return {
    group: groupEntities(em),
    meeting: { byId: entityByIdLoader(em, Meeting) },
    outcome: { byId: entityByIdLoader(em, Outcome) },
    report: { byId: entityByIdLoader(em, Report) },
  };
}
export type WriteLoaders = ReturnType<typeof createWriteLoaders>;

const NO_CREDENTIALS: Credentials = { viewer: null, credentialProblem: null };

export function createRequestContext(
  em: EntityManager,
  logger: Logger,
  requestId: string = randomUUID(),
  credentials: Credentials = NO_CREDENTIALS,
  invalidateCachedResponses: (changedTypes?: ReadonlySet<string>) => void = () => {},
  options: { allowLocalWebhooks?: boolean; settings?: ReadSettings } = {},
): RequestContext {
  const forked = em.fork();
  const settings = options.settings ?? DEFAULT_READ_SETTINGS;
  const loaders = createLoaders(forked, settings);
  return {
    requestId,
    em: forked,
    loaders,
    logger: logger.child({ requestId }),
    ...credentials,
    invalidateCachedResponses,
    allowLocalWebhooks: options.allowLocalWebhooks ?? false,
    afterWrite(changedTypes) {
      // in place: resolvers holding ctx.loaders see the fresh loaders
      forked.clear();
      // the rest of the request (the payload) reads from the primary: a replica may not have the write yet
      readFromPrimary();
      Object.assign(loaders, createLoaders(forked, settings));
      invalidateCachedResponses(changedTypes);
    },
  };
}
