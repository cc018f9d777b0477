import type { EntityManager } from '@mikro-orm/core';
import type DataLoader from 'dataloader';
import type { ClassType } from 'type-graphql';
import type { Loaders, ReadSettings } from './context.js';
import type { Selection } from './selection.js';
import type { PlannedType } from '../database/json-plan.js';
import type { BundleSection } from '../../bundle/bundle.section.js';

/** The keys of Loaders that domains add (see context.ts); the app adds the others. */
export type DomainLoaderKey = Exclude<keyof Loaders, 'settings' | 'nodeById' | 'readNodeAhead'>;

/** some of the domains' loaders, with the types their augmentations declare */
type DomainLoaders = Partial<Pick<Loaders, DomainLoaderKey>>;

/** A GraphQL type that implements Node: found by node(id:), named by the changes feed. */
export interface NodeTypeDescriptor {
  /** the GraphQL type name: the global id's prefix and the history's objectType */
  typename: string;
  /** how the changes feed names one in words ("Best practice") */
  label: string;
  /** its by-id loader among the request's loaders */
  byId(loaders: Loaders): DataLoader<number, object | null>;
  /** set for the objects secretariats edit: the type gets version, updatedAt and history(first, after) */
  editable?: ClassType;
  /**
   * For node(id:) and nodes(ids:): starts the reads `selection` asks of the object with row id
   * `id` (its sender, its replies, …) together with its own row, so they share its round trip
   * instead of waiting for it. The field resolvers then find them in their loaders.
   */
  readAhead?(loaders: Loaders, id: number, selection: Selection): void;
  /** the fields node(id:) may read in one statement, with the SQL of each (planned-execution.ts) */
  planned?: PlannedType;
}

/**
 * What a domain folder brings to the app, in one place (its *.module.ts): the app assembles the
 * list (app/modules.ts) and builds the schema, the ORM's entity list, the request's loaders,
 * node(id:), the history fields and the bundle format from it. L: what its `loaders` factory returns, keys of
 * Loaders that the module's own augmentation declares.
 */
export interface DomainModule<L extends DomainLoaders = object> {
  name: string;
  /** MikroORM entities (tables, for writes) */
  entities?: readonly ClassType[];
  /** type-graphql resolvers: queries, mutations, field resolvers */
  resolvers?: readonly ClassType[];
  /** this domain's read loaders for one request */
  loaders?(em: EntityManager, settings: ReadSettings): L;
  nodes?: readonly NodeTypeDescriptor[];
  /** its list in the knowledge-base bundle (its *.bundle.ts): format, export, import, canonical form */
  bundle?: BundleSection;
}

/** Declares a domain's module; L is inferred from what its loaders factory returns. */
export function defineModule<L extends DomainLoaders = object>(module: DomainModule<L>): DomainModule<L> {
  return module;
}

/** The Loaders keys a module (or a union of modules) provides. */
export type ModuleLoaderKeys<M> = M extends DomainModule<infer L> ? keyof L : never;
