import { defineModule } from '../platform/graphql/module.js';
import { Clause, Resolution } from './mandate.entity.js';
import { createMandateQueries, type MandateQueries } from './mandate.queries.js';
import { ClauseCoverageResolver, ClauseResolver, GroupClausesResolver, MandateMutationResolver, ResolutionResolver } from './mandate.resolver.js';
import { ClauseType, ResolutionType } from './mandate.type.js';
import { mandateBundle } from './mandate.bundle.js';

declare module '../platform/graphql/context.js' {
  interface Loaders {
    mandate: MandateQueries;
  }
}

/** Mandates: the resolutions groups work under, their clauses and what the graph shows of each (issue 18). */
export const mandateModule = defineModule({
  name: 'mandate',
  bundle: mandateBundle,
  entities: [Resolution, Clause],
  resolvers: [ResolutionResolver, ClauseResolver, ClauseCoverageResolver, GroupClausesResolver, MandateMutationResolver],
  loaders: (em) => ({ mandate: createMandateQueries(em) }),
  nodes: [
    { typename: 'Resolution', label: 'Resolution', byId: (l) => l.mandate.resolutionById, editable: ResolutionType },
    { typename: 'Clause', label: 'Resolution clause', byId: (l) => l.mandate.clauseById, editable: ClauseType },
  ],
});
