import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from '../logging/logger.js';
import type { Selection } from './selection.js';

/**
 * The request context's type, here so that domains import it without reaching up into src/app
 * (the composition root, which builds it: app/context.ts). What a domain adds to it, it declares
 * in its own *.module.ts by augmenting these interfaces (`declare module
 * '../platform/graphql/context.js'`): the platform names no domain.
 */

/** What the read path's rules take from the configuration (config.ts reads it). */
export interface ReadSettings {
  /** see Config.dueSoonDays */
  dueSoonDays: number;
}

/**
 * The read path's loaders: plain rows (see platform/database/rows.ts), batched per tick and
 * cached for one request (a loader shared between requests would serve one request's reads to
 * another, and outlive the writes that change them). Each domain adds its own key (`group`,
 * `liaison`, …) with its queries' type; the app builds the object from the modules' factories.
 */
export interface Loaders {
  /** the settings the rules were built with (the liaisons list reads dueSoonDays) */
  settings: ReadSettings;
  /** the by-id loader of a Node type, for node(id:); undefined for a name that is not one */
  nodeById(typename: string): DataLoader<number, object | null> | undefined;
  /** starts what `selection` asks of the object read by nodeById (NodeTypeDescriptor.readAhead); nothing for other types */
  readNodeAhead(typename: string, id: number, selection: Selection): void;
}

/**
 * What every resolver gets for one request. The EntityManager is forked per request (its
 * identity map is that request's), and so are the loaders: they batch the reads of one request
 * and cache them for that request only. Who is asking (`viewer`, `credentialProblem`) is added
 * by auth/viewer.ts.
 */
export interface RequestContext {
  requestId: string;
  em: EntityManager;
  loaders: Loaders;
  logger: Logger;
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
