import { randomUUID } from 'node:crypto';
import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from '../platform/logging/logger.js';
import type { Loaders, ReadSettings, RequestContext } from '../platform/graphql/context.js';
import type { DomainLoaderKey, ModuleLoaderKeys } from '../platform/graphql/module.js';
import type { Credentials } from '../auth/viewer.js';
import { readFromPrimary } from '../platform/database/read-routing.js';
import { DEFAULT_DUE_SOON_DAYS } from '../config/config.js';
import { modules, nodeTypes } from './modules.js';

const DEFAULT_READ_SETTINGS: ReadSettings = { dueSoonDays: DEFAULT_DUE_SOON_DAYS };

/** the Node types that read ahead for node(id:), by type name */
const readAhead = new Map(nodeTypes.flatMap((n) => (n.readAhead ? [[n.typename, n.readAhead] as const] : [])));

/** A compile error here names a Loaders key (a module's augmentation) that no module in the list provides. */
function everyLoaderProvided<_Missing extends never>(): void {}
everyLoaderProvided<Exclude<DomainLoaderKey, ModuleLoaderKeys<(typeof modules)[number]>>>();

/**
 * The read path's loaders of one request, from every module's factory (platform/graphql/context.ts
 * says why they live for one request only).
 */
export function createLoaders(em: EntityManager, settings: ReadSettings = DEFAULT_READ_SETTINGS): Loaders {
  const byTypename = new Map<string, DataLoader<number, object | null>>();
  const base: Pick<Loaders, 'settings' | 'nodeById' | 'readNodeAhead'> = {
    settings,
    nodeById: (typename) => byTypename.get(typename),
    readNodeAhead: (typename, id, selection) => readAhead.get(typename)?.(loaders, id, selection),
  };
  // complete: everyLoaderProvided holds the modules to every key of Loaders
  const loaders = Object.assign(base, ...modules.map((m) => m.loaders?.(em, settings))) as Loaders;
  for (const node of nodeTypes) byTypename.set(node.typename, node.byId(loaders));
  return loaders;
}

/** How the changes feed names each kind of object in words ("Best practice"). */
export const NODE_LABELS: Readonly<Record<string, string>> = Object.fromEntries(nodeTypes.map((n) => [n.typename, n.label]));

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
