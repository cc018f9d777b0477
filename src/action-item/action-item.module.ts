import { defineModule } from '../platform/graphql/module.js';
import { ActionItem } from './action-item.entity.js';
import { createActionItemQueries, type ActionItemQueries } from './action-item.queries.js';
import { ActionItemMutationResolver, ActionItemResolver, GroupActionItemsResolver, OutcomeActionItemsResolver } from './action-item.resolver.js';
import { ActionItemType } from './action-item.type.js';
import { actionItemBundle } from './action-item.bundle.js';

declare module '../platform/graphql/context.js' {
  interface Loaders {
    actionItem: ActionItemQueries;
  }
}

export const actionItemModule = defineModule({
  name: 'action-item',
  bundle: actionItemBundle,
  entities: [ActionItem],
  resolvers: [ActionItemResolver, OutcomeActionItemsResolver, GroupActionItemsResolver, ActionItemMutationResolver],
  loaders: (em) => ({ actionItem: createActionItemQueries(em) }),
  nodes: [{ typename: 'ActionItem', label: 'Action item', byId: (l) => l.actionItem.byId, editable: ActionItemType }],
});
