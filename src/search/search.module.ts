import { defineModule } from '../platform/graphql/module.js';
import { SearchResolver } from './search.resolver.js';

/** full-text search over the domains' tables: a query, no table or loader of its own */
export const searchModule = defineModule({
  name: 'search',
  resolvers: [SearchResolver],
});
