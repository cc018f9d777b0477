import { Migration } from '@mikro-orm/migrations';

/**
 * Dates as precise as their source (issue 18, item 4): "April 2025" is a month, not 1 April.
 * A liaison's deadline, an action item's due date and a milestone's planned date keep the date
 * column (the period's first day: sorted and indexed as before) and gain its precision. Every
 * existing row was written as a day, so the default converts them; a month or a year starts on
 * its first day (a check keeps the pair consistent, so 2025-04-15 cannot be "a month").
 */
const DATES: [table: string, column: string][] = [
  ['liaisons', 'deadline'],
  ['action_items', 'due_on'],
  ['milestones', 'planned_for'],
];

export class Migration20261203001100_partial_dates extends Migration {
  override async up(): Promise<void> {
    for (const [table, column] of DATES) {
      this.addSql(`alter table ${table} add column ${column}_precision text not null default 'day'`);
      this.addSql(`alter table ${table} add constraint ${table}_${column}_precision check (
        ${column}_precision in ('year', 'month', 'day')
        and (${column} is null or ${column}_precision = 'day' or ${column} = date_trunc(${column}_precision, ${column}::timestamp)::date))`);
    }
  }

  override async down(): Promise<void> {
    for (const [table, column] of DATES) {
      this.addSql(`alter table ${table} drop constraint ${table}_${column}_precision`);
      this.addSql(`alter table ${table} drop column ${column}_precision`);
    }
  }
}
