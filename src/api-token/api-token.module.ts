import { defineModule } from '../platform/graphql/module.js';
import { ApiToken } from './api-token.entity.js';
import { ApiTokenResolver } from './api-token.resolver.js';

/** tokens are read by ADMINs through apiTokens(), not by node(id:): no loaders */
export const apiTokenModule = defineModule({
  name: 'api-token',
  entities: [ApiToken],
  resolvers: [ApiTokenResolver],
});
