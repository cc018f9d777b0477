import { Migration } from '@mikro-orm/migrations';

/**
 * Writes for mandates (issue 18): resolutions and their clauses become editable objects like the
 * others, with a version an update names (a stale one is refused with CONFLICT). Existing rows
 * start at version 1.
 */
export class Migration20261204000210_mandate_writes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table resolutions add column version integer not null default 1`);
    this.addSql(`alter table mandate_clauses add column version integer not null default 1`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table mandate_clauses drop column version`);
    this.addSql(`alter table resolutions drop column version`);
  }
}
