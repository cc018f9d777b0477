import { Migration } from '@mikro-orm/migrations';

/**
 * Topics on liaisons and reports (issue 16, item 3): tagTopic tags them as it tags meetings,
 * outcomes and best practices, and a topic page lists them across groups. Pivot tables like
 * outcome_topics, with the topic index the topic page reads from.
 */
export class Migration20261203000600_liaison_report_topics extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table liaison_topics (
      liaison_id integer not null references liaisons(id) on delete cascade,
      topic_id integer not null references topics(id),
      primary key (liaison_id, topic_id)
    )`);
    this.addSql(`create index liaison_topics_topic on liaison_topics (topic_id)`);
    this.addSql(`create table report_topics (
      report_id integer not null references reports(id) on delete cascade,
      topic_id integer not null references topics(id),
      primary key (report_id, topic_id)
    )`);
    this.addSql(`create index report_topics_topic on report_topics (topic_id)`);
  }
}
