/**
 * The ingestion rules on sentences of the genre written for these tests (not the seed's): a
 * study group's meeting report and liaison statements, as ITU secretariats write them.
 */
import { describe, expect, it } from 'vitest';
import { draftFacts } from '../../src/ingest/ingest.rules.js';
import { GroupNames } from '../../src/ingest/ingest.groups.js';
import { splitSentences } from '../../src/ingest/ingest.sentences.js';
import { dateRanges, partialDate } from '../../src/ingest/ingest.dates.js';
import type { ProposedFact } from '../../src/ingest/ingest.proposal.js';

const groups = new GroupNames([
  { acronym: 'ITU-T SG17', name: 'ITU-T Study Group 17', aliases: ['SG17', 'Study Group 17'] },
  { acronym: 'ITU-D SG2 Q3/2', name: 'ITU-D Study Group 2 Question 3/2', aliases: ['Q3/2', 'ITU-D SG2 Q3/2'] },
  { acronym: 'CWG-COP', name: 'Council Working Group on Child Online Protection', aliases: ['CWGCOP'] },
  { acronym: 'TSB', name: 'Telecommunication Standardization Bureau', aliases: ['the TSB Secretariat'] },
  { acronym: 'ITU-T SG13', name: 'ITU-T Study Group 13', aliases: ['SG13', 'Study Group 13'] },
]);
const draft = (text: string) => draftFacts(text, { groups, defaultAssignee: 'TSB' }).facts;
const ofKind = <K extends ProposedFact['kind']>(facts: ProposedFact[], kind: K) => facts.filter((f): f is Extract<ProposedFact, { kind: K }> => f.kind === kind);

const REPORT = [
  'Report of the fifth meeting of Study Group 17',
  '1\tThe fifth meeting of ITU-T Study Group 17 was held on Monday, 2 (a.m.) to Friday, 6 March 2026 in Geneva, Switzerland, in a hybrid format.',
  '2\tThe meeting was attended by 212 participants.',
  '3\tThe conclusions of the fifth meeting were:',
  '–\tThe meeting noted the liaison statement from Study Group 13 on trust frameworks.',
  '–\tThe meeting agreed to send a liaison statement to ITU-D SG2 Q3/2 for action, asking for comments by 15 May 2026. TSB was requested to circulate the draft to all members before the next meeting.',
  '–\tThe meeting invited the CWG-COP to share its questionnaire on age assurance.',
  '–\tThe meeting approved the work programme (Rev. 3) as amended.',
  'The next meeting of the group will be held in September 2026.',
].join('\n');

describe('ingestion rules on a study group report', () => {
  const facts = draft(REPORT);

  it('reads the meeting: number, dates with half days, place, format, participants', () => {
    expect(ofKind(facts, 'meeting')).toEqual([
      expect.objectContaining({ key: 'ITU-T SG17#5', startsOn: '2026-03-02', startHalf: 'AM', endsOn: '2026-03-06', location: 'Geneva, Switzerland', format: 'HYBRID', participantCount: 212 }),
    ]);
  });

  it('reads the outcomes in order, with their kinds, each quoting its whole bullet', () => {
    const outcomes = ofKind(facts, 'outcome');
    expect(outcomes.map((o) => [o.position, o.outcomeKind])).toEqual([[1, 'NOTED'], [2, 'AGREED'], [3, 'INVITED'], [4, 'ENDORSED']]);
    expect(outcomes[1]!.text).toContain('TSB was requested to circulate the draft');
  });

  it('reads who was asked to do what, and by when', () => {
    const items = ofKind(facts, 'actionItem');
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ assignee: 'TSB', raisedBy: 'ITU-T SG17#5/2', title: 'Circulate the draft to all members before the next meeting' }),
        expect.objectContaining({ assignee: 'CWG-COP', raisedBy: 'ITU-T SG17#5/3', title: 'Share its questionnaire on age assurance' }),
      ]),
    );
  });

  it('reads a liaison received, with the meeting it came to, and one to send, with its purpose and deadline', () => {
    expect(ofKind(facts, 'liaison')).toEqual([
      expect.objectContaining({ from: 'ITU-T SG13', to: [{ group: 'ITU-T SG17', purpose: 'FOR_INFORMATION' }], meeting: 'ITU-T SG17#5' }),
      expect.objectContaining({ from: 'ITU-T SG17', to: [{ group: 'ITU-D SG2 Q3/2', purpose: 'FOR_ACTION' }], deadline: '2026-05-15' }),
    ]);
  });

  it('quotes every sentence verbatim', () => {
    for (const fact of facts) for (const source of fact.sources) expect(REPORT).toContain(source.excerpt);
  });

  it('proposes no meeting for one merely named ("the 1st meeting") and no task for an encouragement of members', () => {
    const more = draft('The Terms of Reference are in Annex 1 of the outcome of the 1st meeting of CWG-COP.\nThe outcomes of the third meeting of CWG-COP were:\n–\tThe Chair encouraged members to send contributions.');
    expect(ofKind(more, 'meeting')).toEqual([]);
    expect(ofKind(more, 'actionItem')).toEqual([]);
    expect(ofKind(more, 'outcome').map((o) => o.outcomeKind)).toEqual(['ENCOURAGED']);
  });
});

describe('ingestion rules on a liaison statement', () => {
  it('reads the sender, the addressee and the purpose', () => {
    const facts = draft('Following its fifth meeting, ITU-T SG17 sends this liaison statement to ITU-D Study Group 2 Question 3/2 for comment.');
    expect(ofKind(facts, 'liaison')).toEqual([expect.objectContaining({ from: 'ITU-T SG17', to: [{ group: 'ITU-D SG2 Q3/2', purpose: 'FOR_COMMENT' }] })]);
  });
});

describe('sentences and dates', () => {
  it('does not split after "(p.m.)", "Rev." or "No."', () => {
    const text = 'The meeting was held on 3 (p.m.) to 4 June 2026. It approved Resolution 179 (Rev. Bucharest, 2022) and Decision No. 5.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['The meeting was held on 3 (p.m.) to 4 June 2026.', 'It approved Resolution 179 (Rev. Bucharest, 2022) and Decision No. 5.']);
  });

  it('reads ranges across months and single days', () => {
    expect(dateRanges('on 30 December 2025 and on 28 April (p.m.) to 1 May 2026')).toEqual([
      expect.objectContaining({ startsOn: '2025-12-30', endsOn: '2025-12-30' }),
      expect.objectContaining({ startsOn: '2026-04-28', startHalf: 'PM', endsOn: '2026-05-01' }),
    ]);
  });

  it('keeps the precision of a date: a month is a month', () => {
    expect(partialDate('in April 2025')?.value).toBe('2025-04');
    expect(partialDate('by 15 March 2026')?.value).toBe('2026-03-15');
    expect(partialDate('at the next meeting')).toBeNull();
  });
});
