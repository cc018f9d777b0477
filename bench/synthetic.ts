/**
 * A realistic synthetic knowledge base, deterministic for a given seed: years of meetings of
 * dozens of groups, their outcomes, follow-up, liaison threads, travelling reports, practices
 * and documents with text. Written with multi-row INSERTs in one transaction (fast, and all or
 * nothing). Used by `npm run bench:data` and, at a tiny scale, by the tests that prove a query's
 * SQL cost depends on its shape, not on the size of its answer.
 */
import type { Knex } from '@mikro-orm/postgresql';

export interface SyntheticOptions {
  /** 1 ≈ 60 groups, 3,000 meetings, 12,000 outcomes, 20,000 action items, 15,000 liaisons, … */
  scale: number;
  seed?: number;
  onProgress?: (table: string, rows: number) => void;
}

export interface SyntheticCounts {
  groups: number;
  meetings: number;
  outcomes: number;
  actionItems: number;
  liaisons: number;
  reports: number;
  milestones: number;
  bestPractices: number;
  documents: number;
}

export function countsFor(scale: number): SyntheticCounts {
  const n = (base: number, min: number) => Math.max(min, Math.round(base * scale));
  const meetings = n(3000, 20);
  return {
    groups: n(60, 12),
    meetings,
    outcomes: meetings * 4,
    actionItems: n(20000, 100),
    liaisons: n(15000, 100),
    reports: n(500, 10),
    milestones: 0, // 2 to 5 per report, counted as generated
    bestPractices: n(2000, 20),
    documents: n(20000, 100),
  };
}

/** mulberry32: small, fast, deterministic */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
    chance: (p: number) => next() < p,
  };
}

const SUBJECTS = [
  'age verification', 'screen time', 'children’s helplines', 'youth participation', 'end-to-end encryption',
  'mobile phones in schools', 'industry engagement', 'online grooming', 'digital literacy', 'parental controls',
  'content moderation', 'safety by design', 'gap analysis', 'technical standards', 'capacity building',
  'national strategies', 'data protection for children', 'cyberbullying', 'reporting mechanisms', 'gaming platforms',
];
const VERBS = ['welcomed', 'agreed on', 'noted', 'endorsed', 'discussed', 'reaffirmed the importance of', 'requested work on', 'invited contributions on'];
const ACTORS = ['the Secretariat', 'member states', 'sector members', 'the co-conveners', 'the rapporteurs', 'industry partners', 'youth delegates'];
const OUTCOME_KINDS = ['AGREED', 'ENDORSED', 'WELCOMED', 'INVITED', 'REAFFIRMED', 'EXPECTED', 'NOTED', 'REQUESTED', 'ENCOURAGED'];
const GROUP_KINDS = ['COUNCIL_WORKING_GROUP', 'STUDY_GROUP', 'QUESTION', 'CORRESPONDENCE_GROUP', 'BUREAU', 'SECRETARIAT', 'OTHER'];
const SECTORS = ['GENERAL_SECRETARIAT', 'ITU_T', 'ITU_D', 'ITU_R', 'EXTERNAL'];
const DOC_KINDS = ['CONTRIBUTION', 'INFORMATION_DOCUMENT', 'LIAISON_STATEMENT', 'REPORT', 'SUMMARY_REPORT', 'CONCEPT_NOTE', 'OTHER'];
const CITIES = ['Geneva, Switzerland', 'Kigali, Rwanda', 'New Delhi, India', 'Buenos Aires, Argentina', 'virtual'];

function isoDate(day: number): string {
  return new Date(Date.UTC(2010, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

async function insert(knex: Knex, table: string, rows: Record<string, unknown>[], returning = false): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    if (returning) {
      const result = (await knex(table).insert(chunk).returning('id')) as { id: number }[];
      ids.push(...result.map((r) => r.id));
    } else {
      await knex(table).insert(chunk);
    }
  }
  return ids;
}

export async function generateSyntheticData(knex: Knex, options: SyntheticOptions): Promise<SyntheticCounts> {
  const counts = countsFor(options.scale);
  const rnd = random(options.seed ?? 1);
  const sentence = () => `${rnd.pick(['The meeting', 'The group', 'Participants', 'The Chair'])} ${rnd.pick(VERBS)} ${rnd.pick(SUBJECTS)} and asked ${rnd.pick(ACTORS)} to follow up on ${rnd.pick(SUBJECTS)}.`;
  const paragraph = (sentences: number) => Array.from({ length: sentences }, sentence).join(' ');
  const progress = (table: string, rows: number) => options.onProgress?.(table, rows);
  const prefix = `S${options.seed ?? 1}`;

  return knex.transaction(async (trx) => {
    // topics
    const topicRows = SUBJECTS.map((name) => ({ slug: `${prefix.toLowerCase()}-${name.normalize('NFKD').replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`, name: `${name} (${prefix})` }));
    const topicIds = await insert(trx, 'topics', topicRows, true);

    // groups: a few roots, the rest children of earlier groups
    const groupRows = Array.from({ length: counts.groups }, (_, i) => {
      const acronym = `${prefix}-G${String(i + 1).padStart(3, '0')}`;
      return {
        acronym,
        name: `Synthetic group ${i + 1} on ${rnd.pick(SUBJECTS)}`,
        kind: i < 3 ? 'COUNCIL' : rnd.pick(GROUP_KINDS),
        sector: rnd.pick(SECTORS),
        aliases: [`${prefix} group ${i + 1}`],
        mandates: [],
        lookup_keys: [acronym.toLowerCase().replace(/[\s\-_.]+/g, ''), `${prefix}group${i + 1}`.toLowerCase()],
      };
    });
    const groupIds = await insert(trx, 'groups', groupRows, true);
    for (let i = 3; i < groupIds.length; i++) {
      await trx('groups').where({ id: groupIds[i] }).update({ parent_id: groupIds[rnd.int(0, i - 1)] });
    }
    progress('groups', groupIds.length);

    // meetings: spread across groups and 16 years, numbered per group
    const perGroup = new Map<number, number>();
    const meetingRows = Array.from({ length: counts.meetings }, () => {
      const group = rnd.pick(groupIds);
      const number = (perGroup.get(group) ?? 0) + 1;
      perGroup.set(group, number);
      const start = rnd.int(0, 16 * 365);
      return {
        group_id: group,
        number,
        title: `Meeting ${number} on ${rnd.pick(SUBJECTS)}`,
        starts_on: isoDate(start),
        start_half: rnd.chance(0.3) ? 'PM' : null,
        ends_on: isoDate(start + rnd.int(0, 3)),
        location: rnd.pick(CITIES),
        format: rnd.pick(['IN_PERSON', 'HYBRID', 'VIRTUAL']),
        participant_count: rnd.int(10, 400),
      };
    });
    const meetingIds = await insert(trx, 'meetings', meetingRows, true);
    await insert(trx, 'meeting_topics', meetingIds.flatMap((id) => {
      const picked = new Set(Array.from({ length: rnd.int(1, 3) }, () => rnd.pick(topicIds)));
      return [...picked].map((topic) => ({ meeting_id: id, topic_id: topic }));
    }));
    progress('meetings', meetingIds.length);

    // documents with text
    const documentRows = Array.from({ length: counts.documents }, (_, i) => ({
      symbol: `${prefix}/DOC/${i + 1}`,
      title: `${rnd.pick(['Contribution', 'Report', 'Information document', 'Liaison statement'])} on ${rnd.pick(SUBJECTS)}`,
      kind: rnd.pick(DOC_KINDS),
      public: rnd.chance(0.95),
      text: paragraph(rnd.int(8, 30)),
      source_group_id: rnd.pick(groupIds),
      meeting_id: rnd.chance(0.8) ? rnd.pick(meetingIds) : null,
    }));
    const documentIds = await insert(trx, 'documents', documentRows, true);
    progress('documents', documentIds.length);

    // outcomes: four per meeting, in order
    const outcomeRows = meetingIds.flatMap((meeting) =>
      [1, 2, 3, 4].map((position) => ({ meeting_id: meeting, position, kind: rnd.pick(OUTCOME_KINDS), text: paragraph(2) })),
    );
    const outcomeIds = await insert(trx, 'outcomes', outcomeRows, true);
    progress('outcomes', outcomeIds.length);

    // action items: raised by outcomes, owed by groups, due by date or meeting
    const actionRows = Array.from({ length: counts.actionItems }, (_, i) => {
      const byMeeting = rnd.chance(0.3);
      return {
        key: `${prefix}-action-${i + 1}`,
        title: `Follow up: ${sentence()}`,
        assignee_id: rnd.pick(groupIds),
        raised_by_id: rnd.pick(outcomeIds),
        resolved_by_id: rnd.chance(0.2) ? rnd.pick(outcomeIds) : null,
        due_on: byMeeting ? null : isoDate(rnd.int(0, 17 * 365)),
        due_meeting_id: byMeeting ? rnd.pick(meetingIds) : null,
        status: rnd.pick(['OPEN', 'OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED']),
        created_at: new Date(Date.UTC(2010, 0, 1) + i * 60_000),
      };
    });
    await insert(trx, 'action_items', actionRows);
    progress('action_items', actionRows.length);

    // liaisons: a third are replies to earlier ones (IN_RESPONSE), which are then RESPONDED
    const liaisonIds: number[] = [];
    const liaisonRows: Record<string, unknown>[] = [];
    const replyTo: (number | null)[] = [];
    for (let i = 0; i < counts.liaisons; i++) {
      const isReply = i > 10 && rnd.chance(0.33);
      const purpose = isReply ? 'IN_RESPONSE' : rnd.pick(['FOR_ACTION', 'FOR_COMMENT', 'FOR_INFORMATION', 'FOR_CONSIDERATION']);
      const sent = rnd.int(0, 16 * 365);
      liaisonRows.push({
        key: `${prefix}-liaison-${i + 1}`,
        reference: `${prefix}/LS/${i + 1}`,
        title: `Liaison on ${rnd.pick(SUBJECTS)}`,
        from_group_id: rnd.pick(groupIds),
        purpose,
        status: rnd.pick(['SENT', 'SENT', 'ACKNOWLEDGED', 'CLOSED']),
        body: paragraph(rnd.int(3, 8)),
        sent_on: isoDate(sent),
        deadline: purpose === 'FOR_ACTION' || purpose === 'FOR_COMMENT' ? isoDate(sent + rnd.int(30, 180)) : null,
        meeting_id: rnd.chance(0.7) ? rnd.pick(meetingIds) : null,
        decided_by_id: rnd.chance(0.5) ? rnd.pick(outcomeIds) : null,
      });
      replyTo.push(isReply ? rnd.int(0, i - 1) : null);
    }
    liaisonIds.push(...(await insert(trx, 'liaisons', liaisonRows, true)));
    const answered = new Set<number>();
    const updates: [number, number][] = [];
    replyTo.forEach((target, i) => {
      if (target !== null) {
        updates.push([liaisonIds[i], liaisonIds[target]]);
        answered.add(liaisonIds[target]);
      }
    });
    for (let i = 0; i < updates.length; i += 1000) {
      const chunk = updates.slice(i, i + 1000);
      await trx.raw(
        `update liaisons l set in_reply_to_id = v.target from (select unnest(?::int[]) as id, unnest(?::int[]) as target) v where l.id = v.id`,
        [chunk.map((u) => u[0]), chunk.map((u) => u[1])] as never,
      );
    }
    if (answered.size) await trx('liaisons').whereIn('id', [...answered]).update({ status: 'RESPONDED' });
    const addressees: Record<string, unknown>[] = [];
    liaisonIds.forEach((id, i) => {
      const from = liaisonRows[i].from_group_id;
      const chosen = new Set<number>();
      const to = rnd.int(1, 3);
      const cc = rnd.int(0, 2);
      while (chosen.size < to + cc) {
        const g = rnd.pick(groupIds);
        if (g !== from) chosen.add(g);
      }
      [...chosen].forEach((group, j) => {
        const isTo = j < to;
        // the first TO addressee carries the liaison's own (strongest) purpose, others may ask less
        const purpose = isTo ? (j === 0 ? liaisonRows[i].purpose : 'FOR_INFORMATION') : null;
        addressees.push({ liaison_id: id, group_id: group, role: isTo ? 'TO' : 'CC', purpose });
      });
    });
    await insert(trx, 'liaison_addressees', addressees);
    await insert(trx, 'liaison_attachments', liaisonIds.filter(() => rnd.chance(0.5)).map((id) => ({ liaison_id: id, document_id: rnd.pick(documentIds) })));
    progress('liaisons', liaisonIds.length);

    // reports travelling between groups
    const reportIds = await insert(trx, 'reports', Array.from({ length: counts.reports }, (_, i) => ({
      key: `${prefix}-report-${i + 1}`,
      title: `${rnd.pick(['Gap analysis', 'Survey', 'Guidelines', 'Toolkit'])} on ${rnd.pick(SUBJECTS)}`,
      kind: rnd.pick(['GAP_ANALYSIS', 'SURVEY', 'GUIDELINES', 'TOOLKIT']),
      owner_group_id: rnd.pick(groupIds),
      status: rnd.pick(['IN_PREPARATION', 'UNDER_REVISION', 'UNDER_REVIEW', 'PRESENTED', 'ADOPTED']),
    })), true);
    const milestoneRows = reportIds.flatMap((report) => {
      let day = rnd.int(0, 14 * 365);
      return Array.from({ length: rnd.int(2, 5) }, (_, j) => {
        day += rnd.int(30, 200);
        return {
          key: `m${j + 1}`,
          report_id: report,
          group_id: rnd.pick(groupIds),
          kind: rnd.pick(['SUBMISSION', 'DISCUSSION', 'PRESENTATION', 'ADOPTION']),
          planned_for: isoDate(day),
          status: rnd.pick(['PLANNED', 'DONE', 'DONE', 'SLIPPED']),
        };
      });
    });
    await insert(trx, 'milestones', milestoneRows);
    progress('reports', reportIds.length);

    // best practices
    const practiceIds = await insert(trx, 'best_practices', Array.from({ length: counts.bestPractices }, (_, i) => ({
      key: `${prefix}-practice-${i + 1}`,
      title: `Practice on ${rnd.pick(SUBJECTS)}`,
      summary: paragraph(3),
      source_group_id: rnd.pick(groupIds),
      meeting_id: rnd.chance(0.6) ? rnd.pick(meetingIds) : null,
    })), true);
    await insert(trx, 'best_practice_topics', practiceIds.map((id) => ({ best_practice_id: id, topic_id: rnd.pick(topicIds) })));
    progress('best_practices', practiceIds.length);

    return { ...counts, milestones: milestoneRows.length };
  });
}
