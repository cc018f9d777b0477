import { defineModule } from '../platform/graphql/module.js';
import { MandateClause, Resolution } from './mandate.entity.js';
import { createMandateQueries, type MandateQueries } from './mandate.queries.js';
import { ClauseCoverageResolver, ClauseResolver, GroupClausesResolver, ResolutionResolver } from './mandate.resolver.js';

declare module '../platform/graphql/context.js' {
  interface Loaders {
    mandate: MandateQueries;
  }
}

/** Mandates: the resolutions groups work under, their clauses and what the graph shows of each (issue 18). */
export const mandateModule = defineModule({
  name: 'mandate',
  entities: [Resolution, MandateClause],
  resolvers: [ResolutionResolver, ClauseResolver, ClauseCoverageResolver, GroupClausesResolver],
  loaders: (em) => ({ mandate: createMandateQueries(em) }),
  nodes: [
    { typename: 'Resolution', label: 'Resolution', byId: (l) => l.mandate.resolutionById },
    { typename: 'Clause', label: 'Resolution clause', byId: (l) => l.mandate.clauseById },
  ],
});
