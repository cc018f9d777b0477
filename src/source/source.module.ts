import { defineModule } from '../platform/graphql/module.js';
import { Source } from './source.entity.js';
import { createSourceQueries, type SourceQueries } from './source.queries.js';
import { SourceResolver } from './source.resolver.js';

declare module '../platform/graphql/context.js' {
  interface Loaders {
    source: SourceQueries;
  }
}

export const sourceModule = defineModule({
  name: 'source',
  entities: [Source],
  resolvers: [SourceResolver],
  loaders: (em) => ({ source: createSourceQueries(em) }),
});
