import { randomUUID } from 'node:crypto';
import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from '../platform/logging/logger.js';
import type { Loaders, ReadSettings, RequestContext } from '../platform/graphql/context.js';
import type { DomainLoaderKey, ModuleLoaderKeys } from '../platform/graphql/module.js';
import type { Selection } from '../platform/graphql/selection.js';
import type { Credentials } from '../auth/viewer.js';
import { readFromPrimary } from '../platform/database/read-routing.js';
import { DEFAULT_DUE_SOON_DAYS } from '../config/config.js';
import { modules, nodeTypes } from './modules.js';
import { bundleFormat } from './bundle.js';

const DEFAULT_READ_SETTINGS: ReadSettings = { dueSoonDays: DEFAULT_DUE_SOON_DAYS };

/** the Node types that read ahead for node(id:), by type name */
const readAhead = new Map(nodeTypes.flatMap((n) => (n.readAhead ? [[n.typename, n.readAhead] as const] : [])));

/** A compile error here names a Loaders key (a module's augmentation) that no module in the list provides. */
function everyLoaderProvided<_Missing extends never>(): void {}
everyLoaderProvided<Exclude<DomainLoaderKey, ModuleLoaderKeys<(typeof modules)[number]>>>();

/** where a request's loaders keep what they have made (a symbol: no module's key can clash with it) */
const MADE = Symbol('loaders made');

/** A request's loaders before any is asked for: the modules' factories run on first use. */
interface LazyLoaders {
  readonly settings: ReadSettings;
  [MADE]: {
    readonly em: EntityManager;
    /** each module's loaders once made, by its index in `modules` */
    modules: (object | undefined)[];
    /** each Node type's by-id loader once asked for */
    byTypename: Map<string, DataLoader<number, object | null>>;
  };
}

/**
 * The getters of every module's loader keys (`loaders.liaison` makes the liaison module's loaders
 * on first use). A request asks for a few domains of some thirty: making all of them up front was
 * a tenth of the server's work for a small query. Learnt from the first request's factories.
 */
let lazyLoadersPrototype: object | undefined;

function loadersPrototype(em: EntityManager, settings: ReadSettings): object {
  if (lazyLoadersPrototype) return lazyLoadersPrototype;
  const prototype = {
    nodeById(this: LazyLoaders & Loaders, typename: string) {
      const { byTypename } = this[MADE];
      let loader = byTypename.get(typename);
      if (!loader) {
        const node = nodeTypes.find((n) => n.typename === typename);
        if (!node) return undefined;
        loader = node.byId(this);
        byTypename.set(typename, loader);
      }
      return loader;
    },
    readNodeAhead(this: LazyLoaders & Loaders, typename: string, id: number, selection: Selection) {
      readAhead.get(typename)?.(this, id, selection);
    },
  };
  modules.forEach((module, index) => {
    const factory = module.loaders;
    if (!factory) return;
    for (const key of Object.keys(factory(em, settings))) {
      Object.defineProperty(prototype, key, {
        enumerable: true,
        get(this: LazyLoaders) {
          const made = this[MADE];
          return ((made.modules[index] ??= factory(made.em, this.settings)) as Record<string, unknown>)[key];
        },
      });
    }
  });
  return (lazyLoadersPrototype = prototype);
}

/**
 * The read path's loaders of one request, from every module's factory (platform/graphql/context.ts
 * says why they live for one request only), each module's made when first asked for.
 */
export function createLoaders(em: EntityManager, settings: ReadSettings = DEFAULT_READ_SETTINGS): Loaders {
  const loaders: LazyLoaders = Object.create(loadersPrototype(em, settings));
  Object.assign(loaders, { settings, [MADE]: { em, modules: [], byTypename: new Map() } });
  // complete: everyLoaderProvided holds the modules to every key of Loaders
  return loaders as unknown as Loaders;
}

/** Forgets what a request's loaders have read: the next use makes them again (after a write). */
function forgetReads(loaders: Loaders): void {
  const made = (loaders as unknown as LazyLoaders)[MADE];
  made.modules = [];
  made.byTypename = new Map();
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
    bundle: bundleFormat,
    afterWrite(changedTypes) {
      // in place: resolvers holding ctx.loaders see the fresh loaders
      forked.clear();
      // the rest of the request (the payload) reads from the primary: a replica may not have the write yet
      readFromPrimary();
      forgetReads(loaders);
      invalidateCachedResponses(changedTypes);
    },
  };
}
