import { Migration } from '@mikro-orm/migrations';

/**
 * The graph's tables. Closed value sets are text with CHECK constraints (simple to extend in a
 * later migration); rules that must hold whatever the writer (deadline for FOR_ACTION/FOR_COMMENT,
 * one position per outcome, half days) are constraints here as well as checks in the services.
 */
export class Migration20261125000001_initial extends Migration {
  override async up(): Promise<void> {
    const audit = `
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()`;

    this.addSql(`create table groups (
      id serial primary key,
      acronym text not null,
      name text not null,
      kind text not null check (kind in ('COUNCIL','COUNCIL_WORKING_GROUP','STUDY_GROUP','QUESTION','CORRESPONDENCE_GROUP','BUREAU','SECRETARIAT','OTHER')),
      sector text not null check (sector in ('GENERAL_SECRETARIAT','ITU_T','ITU_D','ITU_R','EXTERNAL')),
      parent_id integer references groups(id),
      aliases text[] not null default '{}',
      mandates text[] not null default '{}',
      officers jsonb not null default '[]',
      lookup_keys text[] not null default '{}',
      ${audit},
      check (acronym <> '' and name <> '')
    )`);
    this.addSql(`create unique index groups_acronym_unique on groups (lower(acronym))`);
    this.addSql(`create index groups_lookup_keys on groups using gin (lookup_keys)`);
    this.addSql(`create index groups_parent on groups (parent_id)`);

    this.addSql(`create table topics (
      id serial primary key,
      slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      name text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`);

    this.addSql(`create table meetings (
      id serial primary key,
      group_id integer not null references groups(id),
      number integer check (number > 0),
      title text not null check (title <> ''),
      starts_on date not null,
      start_half text check (start_half in ('AM','PM')),
      ends_on date not null,
      end_half text check (end_half in ('AM','PM')),
      location text,
      format text not null check (format in ('IN_PERSON','HYBRID','VIRTUAL')),
      participant_count integer check (participant_count >= 0),
      ${audit},
      check (ends_on >= starts_on),
      unique (group_id, number)
    )`);
    this.addSql(`create index meetings_group_starts on meetings (group_id, starts_on, id)`);
    this.addSql(`create index meetings_starts on meetings (starts_on, id)`);

    this.addSql(`create table meeting_topics (
      meeting_id integer not null references meetings(id) on delete cascade,
      topic_id integer not null references topics(id),
      primary key (meeting_id, topic_id)
    )`);
    this.addSql(`create index meeting_topics_topic on meeting_topics (topic_id)`);

    this.addSql(`create table documents (
      id serial primary key,
      symbol text not null check (symbol <> ''),
      title text not null check (title <> ''),
      kind text not null check (kind in ('CONTRIBUTION','INFORMATION_DOCUMENT','LIAISON_STATEMENT','REPORT','SUMMARY_REPORT','CONCEPT_NOTE','RESOLUTION','OTHER')),
      url text,
      public boolean not null default true,
      published_on date,
      text text,
      source_group_id integer references groups(id),
      meeting_id integer references meetings(id),
      ${audit}
    )`);
    this.addSql(`create unique index documents_symbol_unique on documents (lower(symbol))`);
    this.addSql(`create index documents_meeting on documents (meeting_id, id)`);
    this.addSql(`create index documents_source_group on documents (source_group_id)`);

    this.addSql(`create table sources (
      id serial primary key,
      subject_type text not null,
      subject_id integer not null,
      document_id integer not null references documents(id),
      excerpt text not null check (excerpt <> ''),
      note text,
      position integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`);
    this.addSql(`create index sources_subject on sources (subject_type, subject_id, position)`);
    this.addSql(`create index sources_document on sources (document_id)`);

    this.addSql(`create table outcomes (
      id serial primary key,
      meeting_id integer not null references meetings(id),
      position integer not null check (position > 0),
      kind text not null check (kind in ('AGREED','ENDORSED','WELCOMED','INVITED','REAFFIRMED','EXPECTED','NOTED','REQUESTED','ENCOURAGED')),
      text text not null check (text <> ''),
      ${audit},
      unique (meeting_id, position)
    )`);

    this.addSql(`create table outcome_topics (
      outcome_id integer not null references outcomes(id) on delete cascade,
      topic_id integer not null references topics(id),
      primary key (outcome_id, topic_id)
    )`);
    this.addSql(`create index outcome_topics_topic on outcome_topics (topic_id)`);

    this.addSql(`create table action_items (
      id serial primary key,
      key text unique,
      title text not null check (title <> ''),
      assignee_id integer not null references groups(id),
      raised_by_id integer references outcomes(id),
      resolved_by_id integer references outcomes(id),
      due_on date,
      due_meeting_id integer references meetings(id),
      status text not null default 'OPEN' check (status in ('OPEN','IN_PROGRESS','DONE','CANCELLED')),
      ${audit}
    )`);
    this.addSql(`create index action_items_assignee on action_items (assignee_id, created_at, id)`);
    this.addSql(`create index action_items_raised_by on action_items (raised_by_id)`);
    this.addSql(`create index action_items_resolved_by on action_items (resolved_by_id)`);
    this.addSql(`create index action_items_status on action_items (status, created_at, id)`);
    this.addSql(`create index action_items_due_meeting on action_items (due_meeting_id)`);

    this.addSql(`create table liaisons (
      id serial primary key,
      key text unique,
      reference text,
      title text not null check (title <> ''),
      from_group_id integer not null references groups(id),
      purpose text not null check (purpose in ('FOR_ACTION','FOR_COMMENT','FOR_INFORMATION','FOR_CONSIDERATION','IN_RESPONSE')),
      status text not null default 'DRAFT' check (status in ('DRAFT','APPROVED','SENT','ACKNOWLEDGED','RESPONDED','CLOSED','WITHDRAWN')),
      body text,
      sent_on date,
      deadline date,
      in_reply_to_id integer references liaisons(id),
      meeting_id integer references meetings(id),
      decided_by_id integer references outcomes(id),
      ${audit},
      constraint liaisons_deadline_required check (purpose not in ('FOR_ACTION','FOR_COMMENT') or deadline is not null),
      check (in_reply_to_id is null or in_reply_to_id <> id)
    )`);
    this.addSql(`create index liaisons_from on liaisons (from_group_id, id)`);
    this.addSql(`create index liaisons_in_reply_to on liaisons (in_reply_to_id)`);
    this.addSql(`create index liaisons_decided_by on liaisons (decided_by_id)`);
    this.addSql(`create index liaisons_meeting on liaisons (meeting_id)`);
    this.addSql(`create index liaisons_status on liaisons (status, purpose)`);

    this.addSql(`create table liaison_addressees (
      liaison_id integer not null references liaisons(id) on delete cascade,
      group_id integer not null references groups(id),
      role text not null check (role in ('TO','CC')),
      purpose text check (purpose in ('FOR_ACTION','FOR_COMMENT','FOR_INFORMATION','FOR_CONSIDERATION','IN_RESPONSE')),
      primary key (liaison_id, group_id),
      check ((role = 'TO') = (purpose is not null))
    )`);
    this.addSql(`create index liaison_addressees_group on liaison_addressees (group_id, role, liaison_id)`);

    this.addSql(`create table liaison_attachments (
      liaison_id integer not null references liaisons(id) on delete cascade,
      document_id integer not null references documents(id),
      primary key (liaison_id, document_id)
    )`);

    this.addSql(`create table reports (
      id serial primary key,
      key text unique,
      title text not null check (title <> ''),
      kind text not null check (kind ~ '^[A-Z][A-Z0-9_]*$'),
      owner_group_id integer not null references groups(id),
      status text not null check (status in ('IN_PREPARATION','UNDER_REVISION','UNDER_REVIEW','PRESENTED','ADOPTED','WITHDRAWN')),
      ${audit}
    )`);
    this.addSql(`create index reports_owner on reports (owner_group_id, id)`);

    this.addSql(`create table milestones (
      id serial primary key,
      key text,
      report_id integer not null references reports(id),
      group_id integer not null references groups(id),
      kind text not null check (kind in ('SUBMISSION','DISCUSSION','PRESENTATION','ADOPTION')),
      planned_for date,
      meeting_id integer references meetings(id),
      status text not null default 'PLANNED' check (status in ('PLANNED','DONE','SLIPPED','CANCELLED')),
      ${audit},
      unique (report_id, key)
    )`);
    this.addSql(`create index milestones_report on milestones (report_id, planned_for)`);
    this.addSql(`create index milestones_group on milestones (group_id)`);

    this.addSql(`create table best_practices (
      id serial primary key,
      key text unique,
      title text not null check (title <> ''),
      summary text not null,
      source_group_id integer references groups(id),
      meeting_id integer references meetings(id),
      ${audit}
    )`);
    this.addSql(`create table best_practice_topics (
      best_practice_id integer not null references best_practices(id) on delete cascade,
      topic_id integer not null references topics(id),
      primary key (best_practice_id, topic_id)
    )`);
    this.addSql(`create index best_practice_topics_topic on best_practice_topics (topic_id)`);
    this.addSql(`create table best_practice_documents (
      best_practice_id integer not null references best_practices(id) on delete cascade,
      document_id integer not null references documents(id),
      primary key (best_practice_id, document_id)
    )`);
  }
}
