import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the benchmark's hot lists (measured with EXPLAIN ANALYZE at scale 1):
 * a group's liaisons are read as keys (id, sender, created_at) and ordered by created_at, so the
 * sender index carries created_at: the keys come from the index alone (an index-only scan) and
 * `liaisons(filter: { from: … })` gets its order from it too. It replaces liaisons_from (from_group_id, id).
 */
export class Migration20261125003000_list_order_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index if exists liaisons_from`);
    this.addSql(`create index liaisons_from on liaisons (from_group_id, created_at, id)`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists liaisons_from`);
    this.addSql(`create index liaisons_from on liaisons (from_group_id, id)`);
  }
}
