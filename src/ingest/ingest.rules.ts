import { dateRanges, partialDate } from './ingest.dates.js';
import type { GroupNames } from './ingest.groups.js';
import { addFact, type Citation, type Proposal, type ProposedFact, type ProposedMeeting } from './ingest.proposal.js';
import { splitSentences, type Sentence } from './ingest.sentences.js';

/**
 * The rules that read ITU reports and liaison statements: Council and working-group chairs'
 * reports, study-group meeting reports, liaison statements. They are written for the genre's
 * turns of phrase ("The outcomes of the twenty-first meeting … were:", "the Secretariat was
 * invited to …", "a liaison statement from …", "will be discussed in Study Group 17 in April
 * 2025"), not for one document; tests/ingest holds sentences of the genre besides the seeds.
 * Every fact cites the sentences it was read from, verbatim.
 */
export interface RuleOptions {
  groups: GroupNames;
  /**
   * who is proposed for a task the text gives no one ("It was agreed to maintain …"): in ITU
   * meetings that falls to the group's secretariat; null proposes no such task
   */
  defaultAssignee: string | null;
}

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const UNIT_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TENS_ORDINALS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** "twenty-first" → 21, "22nd" → 22, "tenth" → 10 */
const ORDINAL_WORDS = new Map<string, number>();
for (let n = 1; n < 100; n += 1) {
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  let word: string;
  if (n < 10) word = UNIT_ORDINALS[n]!;
  else if (n < 20) word = TEENS[n - 10]!;
  else if (unit === 0) word = TENS_ORDINALS[tens]!;
  else word = `${TENS[tens]}-${UNIT_ORDINALS[unit]}`;
  ORDINAL_WORDS.set(word, n);
}
void UNITS;
const ORDINAL = `(?:\\d{1,3}(?:st|nd|rd|th)|${[...ORDINAL_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})`;
const ORDINAL_LIST = new RegExp(`\\b(${ORDINAL}(?:(?:,\\s*|\\s+and\\s+)${ORDINAL})*)\\s+meetings?\\b`, 'gi');

function ordinalValue(word: string): number {
  const digits = /^(\d+)/.exec(word);
  return digits ? Number(digits[1]) : (ORDINAL_WORDS.get(word.toLowerCase()) ?? NaN);
}

/** the meeting numbers a sentence names ("the twenty-first and twenty-second meetings" → [21, 22]) */
function meetingNumbers(text: string): number[] {
  const numbers: number[] = [];
  for (const match of text.matchAll(ORDINAL_LIST)) {
    for (const word of match[1]!.split(/,\s*|\s+and\s+/)) {
      const n = ordinalValue(word.trim());
      if (Number.isFinite(n) && !numbers.includes(n)) numbers.push(n);
    }
  }
  return numbers;
}

const OUTCOME_KINDS: [RegExp, string][] = [
  [/\bexpress(?:ed|es)? the expectation\b|\bexpect(?:ed|s)\b/i, 'EXPECTED'],
  [/\bwelcom(?:ed|es)\b/i, 'WELCOMED'],
  [/\bendors(?:ed|es)\b|\bapprov(?:ed|es)\b/i, 'ENDORSED'],
  [/\breaffirm(?:ed|s)\b/i, 'REAFFIRMED'],
  [/\bagree(?:d|s)\b|\bdecided\b|\bconcluded\b/i, 'AGREED'],
  [/\bnot(?:ed|es)\b|\btook note\b/i, 'NOTED'],
  [/\brequest(?:ed|s)\b/i, 'REQUESTED'],
  [/\binvit(?:ed|es)\b/i, 'INVITED'],
  [/\bencourag(?:ed|es)\b/i, 'ENCOURAGED'],
];

/** the kind of an outcome: the first of the genre's verbs its first sentence uses */
function outcomeKind(sentence: string): string | null {
  let best: { index: number; kind: string } | null = null;
  for (const [pattern, kind] of OUTCOME_KINDS) {
    const match = pattern.exec(sentence);
    if (match && (!best || match.index < best.index)) best = { index: match.index, kind };
  }
  return best?.kind ?? null;
}

const PURPOSES: Record<string, string> = {
  information: 'FOR_INFORMATION',
  action: 'FOR_ACTION',
  comment: 'FOR_COMMENT',
  comments: 'FOR_COMMENT',
  consideration: 'FOR_CONSIDERATION',
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const clause = (text: string) => capitalize(text.replace(/[\s.;:]+$/, '').trim());

/** Reads one document's text into a proposal. */
export function draftFacts(text: string, options: RuleOptions): Proposal {
  const { groups } = options;
  const G = groups.source.replace(/^\(\?<!\[\\w\/-\]\)/, '').replace(/\(\?!\[\\w\/-\]\)$/, '');
  const sentences = splitSentences(text);
  const facts: ProposedFact[] = [];
  const cite = (sentence: Sentence, note?: string): Citation => (note ? { excerpt: sentence.text, note } : { excerpt: sentence.text });

  const documentGroup = subjectGroup(sentences, groups);
  const meetingKey = (n: number) => `${documentGroup}#${n}`;
  const meeting = (number: number, sentence: Sentence, fields: Partial<ProposedMeeting> = {}, note?: string) => {
    if (!documentGroup) return;
    addFact(facts, { kind: 'meeting', key: meetingKey(number), group: documentGroup, number, ...fields, sources: [cite(sentence, note)] });
  };

  let currentMeeting: number | null = null;
  /** the meeting whose outcomes the bullets that follow are, and the last position given */
  let outcomesOf: { number: number; position: number } | null = null;
  const byParagraph = new Map<number, Sentence[]>();
  for (const sentence of sentences) byParagraph.set(sentence.paragraph, [...(byParagraph.get(sentence.paragraph) ?? []), sentence]);

  for (const [, paragraph] of [...byParagraph].sort(([a], [b]) => a - b)) {
    const first = paragraph[0]!;
    const bullet = first.marker !== null && /^[–\-•·*]$/.test(first.marker);
    if (outcomesOf && !bullet) outcomesOf = null;

    if (outcomesOf && bullet) {
      outcomesOf.position += 1;
      const key = `${meetingKey(outcomesOf.number)}/${outcomesOf.position}`;
      const outcomeText = text.slice(first.start, paragraph.at(-1)!.end);
      const kind = outcomeKind(first.text);
      if (kind && documentGroup) {
        addFact(facts, {
          kind: 'outcome',
          key,
          meeting: meetingKey(outcomesOf.number),
          position: outcomesOf.position,
          outcomeKind: kind,
          text: outcomeText,
          sources: [{ excerpt: outcomeText }],
        });
      }
      for (const sentence of paragraph) {
        for (const fact of actionItems(sentence, key, outcomesOf.number)) addFact(facts, fact);
        for (const fact of liaisons(sentence, outcomesOf.number)) addFact(facts, fact);
      }
      for (const fact of milestones(paragraph)) addFact(facts, fact);
      continue;
    }

    for (const sentence of paragraph) {
      const numbers = meetingNumbers(sentence.text);
      if (numbers.length === 1) currentMeeting = numbers[0]!;
      if (numbers.length > 0 && /\bheld\b/i.test(sentence.text)) {
        const ranges = dateRanges(sentence.text);
        const place = location(sentence.text);
        const format = meetingFormat(sentence.text);
        const paired = ranges.length === numbers.length ? numbers.map((n, i) => [n, ranges[i]!] as const) : [];
        for (const n of numbers) {
          const range = paired.find(([m]) => m === n)?.[1];
          const fields: Partial<ProposedMeeting> = {
            ...(range ? { startsOn: range.startsOn, endsOn: range.endsOn } : {}),
            ...(range?.startHalf ? { startHalf: range.startHalf } : {}),
            ...(range?.endHalf ? { endHalf: range.endHalf } : {}),
            ...(place ? { location: place } : {}),
            ...(format ? { format } : {}),
          };
          if (Object.keys(fields).length > 0) meeting(n, sentence, fields, numbers.length > 1 && range ? 'Dates paired with meetings in the order given ("respectively").' : undefined);
        }
      }
      const participants = /\b(\d[\d,]*)\s+participants\b/i.exec(sentence.text);
      if (participants && numbers.length <= 1 && (numbers[0] ?? currentMeeting) !== null) {
        meeting((numbers[0] ?? currentMeeting)!, sentence, { participantCount: Number(participants[1]!.replace(/,/g, '')) });
      }
      for (const fact of liaisons(sentence, currentMeeting)) addFact(facts, fact);
      if (/:\s*$/.test(sentence.text) && /\b(?:outcomes?|results?|conclusions?|decisions?)\s+of\s+the\b[^:]*\bmeeting\b/i.test(sentence.text)) {
        const number = numbers[0] ?? currentMeeting;
        if (number !== null) outcomesOf = { number, position: 0 };
        if (numbers[0] !== undefined) currentMeeting = numbers[0];
      }
    }
  }
  return { facts };

  function actionItems(sentence: Sentence, raisedBy: string, meetingNumber: number): ProposedFact[] {
    const found: ProposedFact[] = [];
    const s = sentence.text;
    const add = (assignee: string | null, title: string, extra: { dueAtNextMeeting?: boolean; note?: string } = {}) => {
      if (!assignee) return;
      const due = partialDate(s.replace(/^.*?\b(?:by|before|no later than)\s+/i, ''));
      found.push({
        kind: 'actionItem',
        key: `${raisedBy}|${assignee}|${title.slice(0, 40).toLowerCase()}`,
        title: clause(title),
        assignee,
        raisedBy,
        ...(extra.dueAtNextMeeting ? { dueAtNextMeeting: true } : {}),
        ...(/\b(?:by|no later than)\s+\d/i.test(s) && due ? { dueOn: due.value } : {}),
        sources: [cite(sentence, extra.note)],
      });
    };
    let m: RegExpExecArray | null;
    if ((m = new RegExp(`\\b(?:invited|requested|asked|tasked|instructed)\\s+(?:the\\s+)?(${G})\\s+to\\s+(.+)$`, 'i').exec(s))) {
      add(groups.resolve(m[1]!), m[2]!);
    } else if ((m = new RegExp(`(?:the\\s+)?(${G})\\s+(?:was|were|is|are)\\s+(?:invited|requested|asked|tasked|instructed)\\s+to\\s+(.+)$`, 'i').exec(s))) {
      add(groups.resolve(m[1]!), m[2]!);
    } else if ((m = new RegExp(`^(?:the\\s+)?(${G})\\s+(?:confirmed|committed|undertook)\\s+(?:that\\s+|to\\s+)?(.+\\b(?:will|would|shall)\\b.+)$`, 'i').exec(s))) {
      add(groups.resolve(m[1]!), m[2]!, { note: 'A commitment made at the meeting, read as a task of the one who made it.' });
    } else if ((m = new RegExp(`^(?:the\\s+)?(${G})\\s+(?:will|would|shall|is to|was to|presented|present)\\b(.*)\\bat the next meeting\\b`, 'i').exec(s))) {
      add(groups.resolve(m[1]!), `${/presented/i.test(s) ? 'present' : ''}${m[2]!}at the next meeting`, {
        dueAtNextMeeting: true,
        note: '"at the next meeting": due at the meeting after the one that raised it.',
      });
    } else if ((m = /\bit was (?:further\s+|also\s+)?agreed to\s+(.+)$/i.exec(s))) {
      add(options.defaultAssignee, m[1]!, { note: 'The text names no one for this task; proposed for the secretariat, whose work such tasks are.' });
    } else if ((m = new RegExp(`\\bthat\\s+(.+?)\\s+(?:would|will|shall)\\s+be\\s+(?:sent|transmitted|forwarded|communicated|submitted)\\s+to\\s+(?:the\\s+)?(${G})`, 'i').exec(s))) {
      const to = groups.resolve(m[2]!);
      if (to && documentGroup) add(documentGroup, `send ${m[1]!} to ${to}`, { note: `To be sent by the group whose meeting (${meetingKey(meetingNumber)}) decided it.` });
    }
    return found;
  }

  function liaisons(sentence: Sentence, atMeeting: number | null): ProposedFact[] {
    const found: ProposedFact[] = [];
    const s = sentence.text;
    const sent = new RegExp(
      `\\b(?:sends?|sent|transmits?|transmitted|forwards?|forwarded)\\s+(?:this|the|a|its)\\s+(?:[\\w-]+\\s+){0,3}?(?:reports?|liaison statements?|statements?|LS|documents?)\\s+to\\s+(?:the\\s+)?(${G})\\b.*?\\bfor\\s+(information|action|comments?|consideration)\\b`,
      'i',
    ).exec(s);
    if (sent && documentGroup) {
      const to = groups.resolve(sent[1]!);
      const by = /\b(?:by|no later than|before)\s+(\d{1,2}\s+\w+\s+\d{4})/i.exec(s);
      const deadline = by ? partialDate(by[1]!)?.value : undefined;
      if (to) {
        found.push({
          kind: 'liaison',
          key: `${documentGroup}->${to}`,
          from: documentGroup,
          to: [{ group: to, purpose: PURPOSES[sent[2]!.toLowerCase()]! }],
          ...(deadline ? { deadline } : {}),
          sources: [cite(sentence)],
        });
      }
    }
    for (const m of s.matchAll(new RegExp(`\\bliaison statements?\\s+(from|on|by)\\s+(?:the\\s+)?(${G})`, 'gi'))) {
      const from = groups.resolve(m[2]!);
      if (!from || !documentGroup || from === documentGroup) continue;
      const meetingKeyed = atMeeting !== null ? meetingKey(atMeeting) : undefined;
      found.push({
        kind: 'liaison',
        key: `${from}->${documentGroup}`,
        from,
        to: [{ group: documentGroup, purpose: 'FOR_INFORMATION' }],
        ...(meetingKeyed ? { meeting: meetingKeyed } : {}),
        sources: [cite(sentence, `Received${meetingKeyed ? ` at ${meetingKeyed}` : ''}; the purpose is not stated (FOR_INFORMATION proposed).${m[1]!.toLowerCase() === 'on' ? ` "a liaison statement on ${m[2]}" read as from ${from}.` : ''}`)],
      });
    }
    return found;
  }

  function milestones(paragraph: Sentence[]): ProposedFact[] {
    const whole = paragraph.map((s) => s.text).join(' ');
    const report = new RegExp(`\\b(?:the|a|its)\\s+((?:[\\w-]+\\s+){0,4}?report)\\s+prepared\\s+by\\s+(?:the\\s+)?([^,.;]+)`, 'i').exec(whole);
    if (!report) return [];
    // the owner is named before the clause goes on ("prepared by CG-COP and expected the report to be discussed in SG17")
    const ownerMentions = groups.mentions(report[2]!.split(/\s+(?:and|which|who|to\s+be|for)\s+/i)[0]!);
    const owner = ownerMentions.at(-1)?.acronym ?? null;
    const title = report[1]!.trim();
    const nextMeetingDate = /\bnext meeting in\s+((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})/i.exec(whole);
    const found: ProposedFact[] = [];
    const add = (group: string | null, kind: 'DISCUSSION' | 'PRESENTATION', plannedFor: string | undefined, sentence: Sentence) => {
      if (!group) return;
      found.push({
        kind: 'milestone',
        key: `${title.toLowerCase()}|${group}|${plannedFor ?? ''}`,
        report: { title, owner },
        group,
        milestoneKind: kind,
        ...(plannedFor ? { plannedFor } : {}),
        sources: [cite(sentence)],
      });
    };
    // presentations first: "discussed at the next meeting" and "presented to the next meeting of …" are one milestone
    for (const sentence of paragraph) {
      for (const m of sentence.text.matchAll(new RegExp(`\\b(?:presented|submitted)\\s+to\\s+the\\s+next\\s+meeting\\s+of\\s+(?:the\\s+)?(${G})`, 'gi'))) {
        add(groups.resolve(m[1]!), 'PRESENTATION', nextMeetingDate ? partialDate(nextMeetingDate[1]!)?.value : undefined, sentence);
      }
    }
    for (const sentence of paragraph) {
      const s = sentence.text;
      for (const m of s.matchAll(new RegExp(`\\b(?:discussed|considered|reviewed|examined)\\s+(?:in|by|at)\\s+(?:the\\s+)?(${G})\\s+in\\s+(\\w+\\s+\\d{4})`, 'gi'))) {
        add(groups.resolve(m[1]!), 'DISCUSSION', partialDate(m[2]!)?.value, sentence);
      }
      const atNext = /\b(?:discussed|considered|presented)\s+at\s+the\s+next\s+meeting\s+in\s+(\w+\s+\d{4})/i.exec(s);
      if (atNext && documentGroup) {
        const plannedFor = partialDate(atNext[1]!)?.value;
        const presented = found.find((f) => f.kind === 'milestone' && f.group === documentGroup && f.plannedFor === plannedFor);
        add(documentGroup, presented?.kind === 'milestone' ? presented.milestoneKind : 'DISCUSSION', plannedFor, sentence);
      }
    }
    return found;
  }
}

/**
 * The group a document is about: the first named in "meeting(s) of (the) …", else the one
 * named most often.
 */
function subjectGroup(sentences: readonly Sentence[], groups: GroupNames): string | null {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const mention of groups.mentions(sentence.text)) {
      const before = sentence.text.slice(Math.max(0, mention.start - 40), mention.start);
      if (/\bmeetings?\s+of\s+(?:the\s+)?(?:[\w\s]+\()?$/i.test(before)) return mention.acronym;
      counts.set(mention.acronym, (counts.get(mention.acronym) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

const MONTH_NAMES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** "at the ITU Headquarters in Geneva, Switzerland" → "ITU Headquarters, Geneva, Switzerland" */
function location(sentence: string): string | null {
  const m = /(?:\bat\s+(?:the\s+)?((?:[A-Z][\w-]*\s+)*?[A-Z][\w-]*)\s+)?\bin\s+([A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)*)/.exec(sentence);
  if (!m || MONTH_NAMES.test(m[2]!.split(/[,\s]/)[0]!)) return null;
  return m[1] ? `${m[1]}, ${m[2]}` : m[2]!;
}

function meetingFormat(sentence: string): ProposedMeeting['format'] | null {
  if (/\bhybrid\b/i.test(sentence)) return 'HYBRID';
  // "online" alone is not enough: "child online protection"
  if (/\b(?:virtual(?:ly)?|fully online|held online|online meetings?|fully remote)\b/i.test(sentence)) return 'VIRTUAL';
  if (/\bin[- ]person\b|\bphysical\b/i.test(sentence)) return 'IN_PERSON';
  return null;
}
