import { defineModule } from '../platform/graphql/module.js';
import { Outcome } from './outcome.entity.js';
import { createOutcomeQueries, type OutcomeQueries } from './outcome.queries.js';
import { MeetingOutcomesResolver, OutcomeMutationResolver, OutcomeResolver, ReportOutcomesResolver } from './outcome.resolver.js';
import { OutcomeType } from './outcome.type.js';
import { outcomeBundle } from './outcome.bundle.js';

declare module '../platform/graphql/context.js' {
  interface Loaders {
    outcome: OutcomeQueries;
  }
}

export const outcomeModule = defineModule({
  name: 'outcome',
  bundle: outcomeBundle,
  entities: [Outcome],
  resolvers: [OutcomeResolver, MeetingOutcomesResolver, ReportOutcomesResolver, OutcomeMutationResolver],
  loaders: (em) => ({ outcome: createOutcomeQueries(em) }),
  nodes: [{ typename: 'Outcome', label: 'Outcome', byId: (l) => l.outcome.byId, editable: OutcomeType }],
});
