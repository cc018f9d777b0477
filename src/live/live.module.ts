import { defineModule } from '../platform/graphql/module.js';
import { LiveResolver } from './live.resolver.js';

/** live updates: the subscriptions, fed by committed changes (live.hub.ts); no tables of its own */
export const liveModule = defineModule({
  name: 'live',
  resolvers: [LiveResolver],
});
