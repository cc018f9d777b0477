import { defineModule } from '../platform/graphql/module.js';
import { BestPractice } from './best-practice.entity.js';
import { createBestPracticeQueries, type BestPracticeQueries } from './best-practice.queries.js';
import { BestPracticeMutationResolver, BestPracticeResolver, DocumentBestPracticesResolver } from './best-practice.resolver.js';
import { BestPracticeType } from './best-practice.type.js';
import { bestPracticeBundle } from './best-practice.bundle.js';

declare module '../platform/graphql/context.js' {
  interface Loaders {
    bestPractice: BestPracticeQueries;
  }
}

export const bestPracticeModule = defineModule({
  name: 'best-practice',
  bundle: bestPracticeBundle,
  entities: [BestPractice],
  resolvers: [DocumentBestPracticesResolver, BestPracticeResolver, BestPracticeMutationResolver],
  loaders: (em) => ({ bestPractice: createBestPracticeQueries(em) }),
  nodes: [{ typename: 'BestPractice', label: 'Best practice', byId: (l) => l.bestPractice.byId, editable: BestPracticeType }],
});
