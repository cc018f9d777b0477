import { defineModule } from '../platform/graphql/module.js';
import { Change } from './change.entity.js';
import { createChangeQueries, type ChangeQueries } from './change.queries.js';
import { ChangeResolver } from './change.resolver.js';

declare module '../platform/graphql/context.js' {
  interface Loaders {
    change: ChangeQueries;
  }
}

/**
 * The history. The version, updatedAt and history fields of each editable type are built by the
 * app from the other modules' nodes (editableFieldsResolver), so this module names none of them.
 */
export const changeModule = defineModule({
  name: 'change',
  entities: [Change],
  resolvers: [ChangeResolver],
  loaders: (em) => ({ change: createChangeQueries(em) }),
  nodes: [{ typename: 'Change', label: 'Change', byId: (l) => l.change.byId }],
});
