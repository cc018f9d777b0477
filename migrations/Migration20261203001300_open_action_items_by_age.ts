import { Migration } from '@mikro-orm/migrations';

/**
 * The overdue list (`actionItems(filter: { overdue: true })`, the follow-up) is the open items
 * oldest first (created_at, id) that pass the overdue rule (OVERDUE_SQL), with their total.
 * Without an index in that order PostgreSQL read every action item, tested the rule on each
 * open one and sorted them all for a page of 50 (about 60 ms at scale 1, the follow-up's largest
 * cost). This partial index holds the open items in list order with the two columns the rule
 * tests (due_on, due_meeting_id): the page is a scan that stops after its last row, and the total
 * an index-only scan of the open items (EXPLAIN ANALYZE at scale 1: 60 ms → 20 ms).
 */
export class Migration20261203001300_open_action_items_by_age extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index action_items_open_created on action_items (created_at, id) include (due_on, due_meeting_id)
      where status in ('OPEN', 'IN_PROGRESS')`);
    this.addSql(`analyze action_items`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists action_items_open_created`);
  }
}
