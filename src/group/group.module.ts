import { defineModule } from '../platform/graphql/module.js';
import { Group } from './group.entity.js';
import { createGroupQueries, GROUP_PLAN, type GroupQueries } from './group.queries.js';
import { GroupResolver } from './group.resolver.js';
import { GroupType } from './group.type.js';
import { groupBundle } from './group.bundle.js';

declare module '../platform/graphql/context.js' {
  interface Loaders {
    group: GroupQueries;
  }
}

export const groupModule = defineModule({
  name: 'group',
  bundle: groupBundle,
  entities: [Group],
  resolvers: [GroupResolver],
  loaders: (em) => ({ group: createGroupQueries(em) }),
  nodes: [{ typename: 'Group', label: 'Group', planned: GROUP_PLAN, byId: (l) => l.group.byId, editable: GroupType }],
});
