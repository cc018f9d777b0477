import { defineModule } from '../platform/graphql/module.js';
import { createFollowUpQueries, type FollowUpQueries } from './follow-up.queries.js';
import { GroupFollowUpEntryResolver, GroupFollowUpResolver } from './follow-up.resolver.js';

declare module '../platform/graphql/context.js' {
  interface Loaders {
    /** replies due, action items open, milestones ahead: what concerns a group */
    followUp: FollowUpQueries;
  }
}

/** "what concerns a group" (Group.followUp), built on the other domains' rules: no table of its own */
export const followUpModule = defineModule({
  name: 'follow-up',
  resolvers: [GroupFollowUpEntryResolver, GroupFollowUpResolver],
  loaders: (em, settings) => ({ followUp: createFollowUpQueries(em, settings.dueSoonDays) }),
});
