import { ClauseAsk } from './mandate.entity.js';

/**
 * Coverage: what the graph shows of a clause being carried out. Written once, here: the SQL that
 * finds the evidence (run by mandate.queries.ts for a batch of clauses) and the status read from
 * it (coverageStatus); the API and the dashboard both show what these give. Never typed by hand.
 *
 * A clause is checked over its period (open at either end when not given); an object counts
 * when its date falls in the period (an undated object counts only when the period is open).
 * - LIAISE_WITH target: liaisons between the group and the target or any of its subgroups, in
 *   either direction (dated by their sentOn, else their meeting's start). One the group sent
 *   carries it out; only liaisons the target sent show the other side engaged (PARTLY).
 * - CONSULT constituency: the group's meetings in the period; a meeting carries it out when it
 *   is tagged with the clause's topic (the mark of a recorded consultation). All: MET; some: PARTLY.
 * - PUBLISH: the documents the group wrote (dated by publishedOn); public ones carry it out.
 *   All public: MET; some: PARTLY.
 * - REPORT_TO target: reports (documents of kind REPORT) the group wrote, and liaisons it sent
 *   to the target or its subgroups. Any: MET.
 * - PARTICIPATION, OTHER: not checkable from the graph (NOT_CHECKABLE), shown as text.
 * With no evidence the status is NO_EVIDENCE, since the period's start or else the group's first
 * recorded meeting: the graph holds nothing since then.
 */
export const CoverageStatus = {
  MET: 'MET',
  PARTLY: 'PARTLY',
  NO_EVIDENCE: 'NO_EVIDENCE',
  NOT_CHECKABLE: 'NOT_CHECKABLE',
} as const;
export type CoverageStatus = (typeof CoverageStatus)[keyof typeof CoverageStatus];

export const CHECKABLE_ASKS: readonly string[] = [ClauseAsk.LIAISE_WITH, ClauseAsk.CONSULT, ClauseAsk.PUBLISH, ClauseAsk.REPORT_TO];

/** in the clause's period `c`: a date expression (null: undated) */
const inPeriod = (day: string) =>
  `((c.period_start is null and c.period_end is null) or (${day} is not null and (c.period_start is null or ${day} >= c.period_start) and (c.period_end is null or ${day} <= c.period_end)))`;

/**
 * Evidence rows for the clause ids bound to `?` (an int array): clause_id, the evidence's type
 * and id, `counts` (it carries the ask out), and its date; ordered by date, type and id.
 */
export const COVERAGE_EVIDENCE_SQL = `
with recursive c as (
  select mc.id, mc.ask, mc.group_id, mc.target_id, mc.topic_id, mc.period_start, mc.period_end
  from mandate_clauses mc where mc.id = any(?) and mc.ask in ('${ClauseAsk.LIAISE_WITH}', '${ClauseAsk.CONSULT}', '${ClauseAsk.PUBLISH}', '${ClauseAsk.REPORT_TO}')
),
targets (clause_id, group_id) as (
  select c.id, c.target_id from c where c.target_id is not null
  union
  select t.clause_id, g.id from targets t join groups g on g.parent_id = t.group_id
),
liaison_dates as (
  select l.id, l.from_group_id, coalesce(l.sent_on, m.starts_on) as day
  from liaisons l left join meetings m on m.id = l.meeting_id
)
select c.id as clause_id, 'Liaison' as type, l.id, (l.from_group_id = c.group_id) as counts, l.day
from c join liaison_dates l on true
where c.ask in ('${ClauseAsk.LIAISE_WITH}', '${ClauseAsk.REPORT_TO}') and ${inPeriod('l.day')}
  and (
    (l.from_group_id = c.group_id and exists (select 1 from liaison_addressees a join targets t on t.group_id = a.group_id and t.clause_id = c.id where a.liaison_id = l.id))
    or (c.ask = '${ClauseAsk.LIAISE_WITH}' and l.from_group_id in (select t.group_id from targets t where t.clause_id = c.id)
        and exists (select 1 from liaison_addressees a where a.liaison_id = l.id and a.group_id = c.group_id))
  )
union all
select c.id, 'Meeting', m.id, exists (select 1 from meeting_topics mt where mt.meeting_id = m.id and mt.topic_id = c.topic_id), m.starts_on
from c join meetings m on m.group_id = c.group_id
where c.ask = '${ClauseAsk.CONSULT}' and ${inPeriod('m.starts_on')}
union all
select c.id, 'Document', d.id, d.public, d.published_on
from c join documents d on d.source_group_id = c.group_id
where (c.ask = '${ClauseAsk.PUBLISH}' or (c.ask = '${ClauseAsk.REPORT_TO}' and d.kind = 'REPORT')) and ${inPeriod('d.published_on')}
order by 1, 5 nulls last, 2, 3`;

/** since when a clause without evidence has had none: its period's start, else its group's first recorded meeting */
export const COVERAGE_SINCE_SQL = `
select mc.id as clause_id, to_char(coalesce(mc.period_start, (select min(m.starts_on) from meetings m where m.group_id = mc.group_id)), 'YYYY-MM-DD') as since
from mandate_clauses mc where mc.id = any(?)`;

export interface EvidenceRow {
  type: 'Liaison' | 'Meeting' | 'Document';
  id: number;
  /** it carries the ask out (a liaison the group sent, a tagged meeting, a public document) */
  counts: boolean;
}

/** The status a clause's evidence gives (see the rule above). */
export function coverageStatus(ask: string, evidence: readonly EvidenceRow[]): CoverageStatus {
  if (!CHECKABLE_ASKS.includes(ask)) return CoverageStatus.NOT_CHECKABLE;
  const counting = evidence.filter((e) => e.counts).length;
  if (ask === ClauseAsk.REPORT_TO) return counting > 0 ? CoverageStatus.MET : CoverageStatus.NO_EVIDENCE;
  if (ask === ClauseAsk.LIAISE_WITH) {
    if (counting > 0) return CoverageStatus.MET;
    return evidence.length > 0 ? CoverageStatus.PARTLY : CoverageStatus.NO_EVIDENCE;
  }
  // CONSULT and PUBLISH: every meeting / document of the period, or some of them
  if (counting === 0) return CoverageStatus.NO_EVIDENCE;
  return counting === evidence.length ? CoverageStatus.MET : CoverageStatus.PARTLY;
}

/** each ask's check, in words (ClauseCoverage.rule; the dashboard shows it) */
export const COVERAGE_RULE: Record<ClauseAsk, string> = {
  LIAISE_WITH: 'Liaisons between the group and the target (or its subgroups) in the period, either direction; one the group sent: MET; only received: PARTLY.',
  CONSULT: 'The group\'s meetings in the period tagged with the clause\'s topic: all of them MET, some PARTLY.',
  PUBLISH: 'The documents the group wrote in the period: all public (no password) MET, some PARTLY.',
  REPORT_TO: 'Reports the group wrote and liaisons it sent to the target in the period: any MET.',
  PARTICIPATION: 'Not checkable: the graph records who took part only as counts.',
  OTHER: 'Not checkable: the clause asks nothing the graph records.',
};
