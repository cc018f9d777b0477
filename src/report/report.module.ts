import { defineModule } from '../platform/graphql/module.js';
import { Milestone, Report } from './report.entity.js';
import { createReportQueries, type ReportQueries } from './report.queries.js';
import { GroupReportsResolver, MilestoneResolver, OutcomeReportsResolver, ReportMutationResolver, ReportResolver } from './report.resolver.js';
import { MilestoneType, ReportType } from './report.type.js';
import { reportBundle } from './report.bundle.js';

declare module '../platform/graphql/context.js' {
  interface Loaders {
    report: ReportQueries;
  }
}

export const reportModule = defineModule({
  name: 'report',
  bundle: reportBundle,
  entities: [Report, Milestone],
  resolvers: [ReportResolver, MilestoneResolver, GroupReportsResolver, OutcomeReportsResolver, ReportMutationResolver],
  loaders: (em) => ({ report: createReportQueries(em) }),
  nodes: [
    { typename: 'Report', label: 'Report', byId: (l) => l.report.byId, editable: ReportType },
    { typename: 'Milestone', label: 'Milestone', byId: (l) => l.report.milestoneById, editable: MilestoneType },
  ],
});
