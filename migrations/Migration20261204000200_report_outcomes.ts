import { Migration } from '@mikro-orm/migrations';

/**
 * The meeting outcomes that concern a report (issue 18, item 3): outcome 4 of the 22nd CWG-COP
 * meeting expects the CG-COP gap-analysis report at the next meeting. A pivot table like
 * report_topics, read from both sides (Report.outcomes, Outcome.reports).
 */
export class Migration20261204000200_report_outcomes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table report_outcomes (
      report_id integer not null references reports(id) on delete cascade,
      outcome_id integer not null references outcomes(id) on delete cascade,
      primary key (report_id, outcome_id)
    )`);
    this.addSql(`create index report_outcomes_outcome on report_outcomes (outcome_id)`);
  }
}
