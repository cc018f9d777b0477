import type { Bundle } from '../bundle/bundle.types.js';
import { FACT_KINDS, type FactKind, type Proposal } from './ingest.proposal.js';

/**
 * How a proposal compares with a hand-built data set, kind by kind: a proposed fact is right
 * when the data set holds the same fact (same identity and the values that define it), so
 * precision is right/proposed and recall is found/expected.
 */
export interface KindScore {
  kind: FactKind | 'meeting fields';
  expected: number;
  proposed: number;
  right: number;
}

/** what identifies and defines each fact, written the same way for both sides */
function signatures(kind: FactKind, bundle: Bundle): string[] {
  switch (kind) {
    case 'meeting':
      return (bundle.meetings ?? []).map((m) => `${m.group}#${m.number}`);
    case 'outcome':
      return (bundle.outcomes ?? []).map((o) => `${o.meeting}/${o.position}|${o.kind}|${o.text}`);
    case 'actionItem':
      return (bundle.actionItems ?? []).map((a) => `${a.raisedBy}|${a.assignee}`);
    case 'liaison':
      return (bundle.liaisons ?? []).map((l) => `${l.from}->${l.to.map((t) => `${t.group}:${t.purpose}`).sort().join(',')}`);
    case 'milestone':
      return (bundle.reports ?? []).flatMap((r) => (r.milestones ?? []).map((m) => `${m.group}|${m.kind}|${(m.plannedFor ?? '').slice(0, 7)}`));
  }
}

function proposedSignatures(kind: FactKind, proposal: Proposal): string[] {
  return proposal.facts.flatMap((f): string[] => {
    if (f.kind !== kind) return [];
    switch (f.kind) {
      case 'meeting':
        return [`${f.group}#${f.number}`];
      case 'outcome':
        return [`${f.meeting}/${f.position}|${f.outcomeKind}|${f.text}`];
      case 'actionItem':
        return [`${f.raisedBy}|${f.assignee}`];
      case 'liaison':
        return [`${f.from}->${f.to.map((t) => `${t.group}:${t.purpose}`).sort().join(',')}`];
      case 'milestone':
        return [`${f.group}|${f.milestoneKind}|${(f.plannedFor ?? '').slice(0, 7)}`];
    }
  });
}

/** matches as multisets: two equal proposals for one expected fact count once */
function score(kind: KindScore['kind'], expected: string[], proposed: string[]): KindScore {
  const left = [...expected];
  let right = 0;
  for (const p of proposed) {
    const i = left.indexOf(p);
    if (i >= 0) {
      left.splice(i, 1);
      right += 1;
    }
  }
  return { kind, expected: expected.length, proposed: proposed.length, right };
}

const MEETING_FIELDS = ['startsOn', 'startHalf', 'endsOn', 'endHalf', 'location', 'format', 'participantCount'] as const;

export function compareWithBundle(proposal: Proposal, bundle: Bundle): KindScore[] {
  const scores = FACT_KINDS.map((kind) => score(kind, signatures(kind, bundle), proposedSignatures(kind, proposal)));
  // each meeting value as a fact of its own: dates, half days, place, format, participants
  const expectedFields = (bundle.meetings ?? []).flatMap((m) =>
    MEETING_FIELDS.filter((f) => m[f] != null).map((f) => `${m.group}#${m.number}.${f}=${String(m[f])}`),
  );
  const proposedFields = proposal.facts.flatMap((f) =>
    f.kind === 'meeting' ? MEETING_FIELDS.filter((k) => f[k] !== undefined).map((k) => `${f.key}.${k}=${String(f[k])}`) : [],
  );
  scores.splice(1, 0, score('meeting fields', expectedFields, proposedFields));
  return scores;
}
