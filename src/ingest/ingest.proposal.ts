import type { Half } from './ingest.dates.js';

/**
 * What an ingested document proposes: drafts of facts, each citing the sentences it was read
 * from, verbatim. Nothing here is written to the graph; a person reviews each fact first.
 * Keys name facts the way the bundle does ("CWG-COP#21", "CWG-COP#21/2"), so a proposal can be
 * compared with the graph, merged with another document's, and applied.
 */
export interface Citation {
  /** a verbatim substring of the document's text */
  excerpt: string;
  /** why the value was read so, where the sentence does not say it in so many words */
  note?: string;
}

interface Fact {
  /** the fact's identity: equal keys are the same fact (from two sentences or two documents) */
  key: string;
  sources: Citation[];
}

export interface ProposedMeeting extends Fact {
  kind: 'meeting';
  group: string;
  number: number;
  startsOn?: string;
  startHalf?: Half;
  endsOn?: string;
  endHalf?: Half;
  location?: string;
  format?: 'IN_PERSON' | 'HYBRID' | 'VIRTUAL';
  participantCount?: number;
}

export interface ProposedOutcome extends Fact {
  kind: 'outcome';
  meeting: string;
  position: number;
  outcomeKind: string;
  text: string;
}

export interface ProposedActionItem extends Fact {
  kind: 'actionItem';
  title: string;
  assignee: string;
  /** the outcome that raised it ("CWG-COP#21/2") */
  raisedBy: string;
  /** "at the next meeting": the meeting after the one that raised it, when the graph knows it */
  dueAtNextMeeting?: boolean;
  /** a deadline as precise as the text ("2026-03", "2026-03-15") */
  dueOn?: string;
}

export interface ProposedLiaison extends Fact {
  kind: 'liaison';
  from: string;
  to: { group: string; purpose: string }[];
  /** the meeting it was received or decided at, when the text says */
  meeting?: string;
  deadline?: string;
}

export interface ProposedMilestone extends Fact {
  kind: 'milestone';
  /** what the report is called in the text, and its owner when named ("prepared by CG-COP") */
  report: { title: string; owner: string | null };
  /** the report record it belongs to, when the graph holds it (found by title and owner, or named by the reviewer) */
  reportKey?: string;
  /** for a report the graph does not hold: its kind (REPORT unless the reviewer says, e.g. GAP_ANALYSIS) */
  reportKind?: string;
  group: string;
  milestoneKind: 'DISCUSSION' | 'PRESENTATION';
  /** as precise as the text: "2025-04" */
  plannedFor?: string;
}

export type ProposedFact = ProposedMeeting | ProposedOutcome | ProposedActionItem | ProposedLiaison | ProposedMilestone;
export type FactKind = ProposedFact['kind'];
export const FACT_KINDS: readonly FactKind[] = ['meeting', 'outcome', 'actionItem', 'liaison', 'milestone'];

export interface Proposal {
  facts: ProposedFact[];
}

/**
 * Adds a fact to a list, or merges it into the fact with the same key: fields the first draft
 * lacks are filled, and the sources of both are kept (one fact, several sentences).
 */
export function addFact(facts: ProposedFact[], fact: ProposedFact): void {
  const same = facts.find((f) => f.key === fact.key && f.kind === fact.kind);
  if (!same) {
    facts.push(fact);
    return;
  }
  const target = same as unknown as Record<string, unknown>;
  for (const [field, value] of Object.entries(fact)) {
    if (value === undefined) continue;
    const old = target[field];
    // a field the first draft lacks is filled; a place named more fully replaces a shorter one
    if (old === undefined || (typeof old === 'string' && typeof value === 'string' && field === 'location' && value.includes(old))) target[field] = value;
  }
  for (const source of fact.sources) if (!same.sources.some((s) => s.excerpt === source.excerpt)) same.sources.push(source);
}

/** one proposal from several documents' (the same fact found twice is proposed once) */
export function mergeProposals(proposals: readonly Proposal[]): Proposal {
  const facts: ProposedFact[] = [];
  for (const proposal of proposals) for (const fact of proposal.facts) addFact(facts, structuredClone(fact));
  return { facts };
}
