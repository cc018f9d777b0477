import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125000001_initial } from './Migration20261125000001_initial.js';
import { Migration20261125001000_writes } from './Migration20261125001000_writes.js';
import { Migration20261125002000_search } from './Migration20261125002000_search.js';
import { Migration20261125003000_list_order_indexes } from './Migration20261125003000_list_order_indexes.js';
import { Migration20261202000000_group_liaisons } from './Migration20261202000000_group_liaisons.js';
import { Migration20261203000200_search_vectors_by_trigger } from './Migration20261203000200_search_vectors_by_trigger.js';
import { Migration20261203000300_group_liaison_counts } from './Migration20261203000300_group_liaison_counts.js';
import { Migration20261203000400_statement_triggers } from './Migration20261203000400_statement_triggers.js';
import { Migration20261203000500_group_liaison_counts_per_statement } from './Migration20261203000500_group_liaison_counts_per_statement.js';
import { Migration20261203000600_liaison_report_topics } from './Migration20261203000600_liaison_report_topics.js';
import { Migration20261203000700_liaison_template } from './Migration20261203000700_liaison_template.js';
import { Migration20261203000800_webhooks } from './Migration20261203000800_webhooks.js';
import { Migration20261203001000_mandates } from './Migration20261203001000_mandates.js';
import { Migration20261203001100_partial_dates } from './Migration20261203001100_partial_dates.js';
import { Migration20261203001300_open_action_items_by_age } from './Migration20261203001300_open_action_items_by_age.js';
import { Migration20261204000200_report_outcomes } from './Migration20261204000200_report_outcomes.js';
import { Migration20261204000210_mandate_writes } from './Migration20261204000210_mandate_writes.js';
import { Migration20261204000300_group_liaisons_unchecked } from './Migration20261204000300_group_liaisons_unchecked.js';

/**
 * Every migration, in order. Listed in code (not discovered on disk) so that the same list
 * runs under tsx, vitest and the compiled build.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261125000001_initial', class: Migration20261125000001_initial },
  { name: 'Migration20261125001000_writes', class: Migration20261125001000_writes },
  { name: 'Migration20261125002000_search', class: Migration20261125002000_search },
  { name: 'Migration20261125003000_list_order_indexes', class: Migration20261125003000_list_order_indexes },
  { name: 'Migration20261202000000_group_liaisons', class: Migration20261202000000_group_liaisons },
  { name: 'Migration20261203000200_search_vectors_by_trigger', class: Migration20261203000200_search_vectors_by_trigger },
  { name: 'Migration20261203000300_group_liaison_counts', class: Migration20261203000300_group_liaison_counts },
  { name: 'Migration20261203000400_statement_triggers', class: Migration20261203000400_statement_triggers },
  { name: 'Migration20261203000500_group_liaison_counts_per_statement', class: Migration20261203000500_group_liaison_counts_per_statement },
  { name: 'Migration20261203000600_liaison_report_topics', class: Migration20261203000600_liaison_report_topics },
  { name: 'Migration20261203000700_liaison_template', class: Migration20261203000700_liaison_template },
  { name: 'Migration20261203000800_webhooks', class: Migration20261203000800_webhooks },
  { name: 'Migration20261203001000_mandates', class: Migration20261203001000_mandates },
  { name: 'Migration20261203001100_partial_dates', class: Migration20261203001100_partial_dates },
  { name: 'Migration20261203001300_open_action_items_by_age', class: Migration20261203001300_open_action_items_by_age },
  { name: 'Migration20261204000200_report_outcomes', class: Migration20261204000200_report_outcomes },
  { name: 'Migration20261204000210_mandate_writes', class: Migration20261204000210_mandate_writes },
  { name: 'Migration20261204000300_group_liaisons_unchecked', class: Migration20261204000300_group_liaisons_unchecked },
];
