import { Migration } from '@mikro-orm/migrations';

/**
 * Mandates as records (issue 18): the resolutions groups work under and their clauses, each
 * clause with the group it addresses and what it asks in a typed form the graph can check
 * (src/mandate/mandate.rules.ts). Clauses go with their resolution. A clause's period may be
 * open at either end but never ends before it begins.
 */
export class Migration20261203001000_mandates extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table resolutions (
      id serial primary key,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      key text not null unique,
      number text not null,
      revision text,
      title text,
      adopted_by text not null check (adopted_by in ('PLENIPOTENTIARY_CONFERENCE', 'COUNCIL', 'WORLD_TELECOMMUNICATION_DEVELOPMENT_CONFERENCE', 'WORLD_TELECOMMUNICATION_STANDARDIZATION_ASSEMBLY', 'OTHER'))
    )`);
    this.addSql(`create table mandate_clauses (
      id serial primary key,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      resolution_id integer not null references resolutions(id) on delete cascade,
      position integer not null check (position > 0),
      text text not null,
      group_id integer not null references groups(id),
      ask text not null check (ask in ('LIAISE_WITH', 'CONSULT', 'PUBLISH', 'REPORT_TO', 'PARTICIPATION', 'OTHER')),
      target_id integer references groups(id),
      constituency text,
      topic_id integer references topics(id),
      interval text,
      period_start date,
      period_end date,
      unique (resolution_id, position),
      check (period_start is null or period_end is null or period_end >= period_start)
    )`);
    this.addSql(`create index mandate_clauses_group on mandate_clauses (group_id, resolution_id, position)`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists mandate_clauses');
    this.addSql('drop table if exists resolutions');
  }
}
