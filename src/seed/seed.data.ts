/**
 * The seed data set: the knowledge graph built fact by fact from the two public source texts
 * under src/seed/sources (see /work/shared/seeds/README.md and design/DOMAIN.md, "Provenance").
 *
 * Every `excerpt` is a verbatim substring of the named document's text file. Note that the
 * Council report contains non-breaking spaces (written here as \u00a0) in "1\u00a0October",
 * "30\u00a0September", "Resolution\u00a01306" and "Rev.\u00a0Bucharest", and both texts use the
 * curly apostrophe ’ in some places and the straight one ' in others; excerpts keep them as found.
 * Where a value is read into the text rather than stated by it, the source carries a `note`.
 */
import type { Bundle, BundleSource } from '../bundle/bundle.types.js';
import type { BundleDocument } from '../document/document.bundle.js';

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

const REPORT = 'CWG-COP/COUNCIL-REPORT-21-22';
const LS = 'CWG-COP/LS-SG2-Q3-2';

// ---------------------------------------------------------------------------------------------
// Verbatim sentences used more than once (each occurs in the text(s) named where it is used)
// ---------------------------------------------------------------------------------------------

// Council report: purpose, mandate, Resolution 179
const R_PURPOSE =
  "This report summarizes the main results of the twenty-first and twenty-second meeting of the Council Working Group on child online protection (CWG-COP), held on 30 September to 1\u00a0October 2024 and on 12-13 February 2025 respectively, in accordance with ITU 2010 Council Resolution 1306 and Resolution 179 (Rev. Bucharest, 2022) of the Plenipotentiary Conference.";
const R_COUNCIL_NOTE = 'The Council is invited to note the report.';
const R_ESTABLISHED =
  'The ITU Council Working Group on child online protection (CWG-COP) was established by Council Resolution\u00a01306 (Mod. 2015), in accordance with Resolutions 179 of the ITU Plenipotentiary Conference (Rev.\u00a0Bucharest, 2022).';
const R_OPEN = 'CWG-COP is open to all relevant stakeholders.';
const R_RES179_COUNCIL = 'Plenipotentiary Conference Resolution 179 (Rev. Bucharest, 2022) requested the Council:';
const R_RES179_CONTINUE =
  "to continue the work of CWGCOP, in order to facilitate the membership's input and guidance on ITU's role in child online protection, and to serve as a platform for discussion and exchange of best practices;";
const R_RES179_INTERNET =
  'to encourage CWG-COP to liaise with the Council Working Group on international Internet-related public policy issues (CWG-Internet), as appropriate, in order to contribute in a mutually beneficial manner to fulfilment of work under the respective mandates of these Council working groups on the relevant issues;';
const R_RES179_SG2 =
  'to encourage CWG-COP to liaise with ITU-D Study Group (SG) 2, sharing the outputs of CWGCOP meetings, to benefit the discussion of the relevant study question;';
const R_RES179_YOUTH =
  'to encourage CWGCOP to conduct online consultations with youth to listen to their views and opinions on different matters related to child online protection, prior to and during its meeting;';
const R_RES179_PARTICIPATION =
  'to facilitate the contribution and participation of all relevant stakeholders in the work of CWGCOP to ensure maximum collaboration in implementing this resolution;';
const R_RES179_OPEN =
  'to continue to make output documents related to child online protection issues publicly accessible without password protection.';
const R_STRATEGIC_PLAN_HEADING = 'Relevant link(s) with the Strategic Plan';
const R_STRATEGIC_PLAN = 'Convening platforms, digital applications, development of policy framework and knowledge products.';
const R_FINANCIAL_HEADING = 'Financial implications';
const R_FINANCIAL = 'Within the allocated budget 2024-2025.';
const R_REFERENCES =
  'Resolution 179 (Rev. Bucharest. 2022) of the Plenipotentiary Conference; CWG-COP website and Summary Reports of the twenty-first and twenty-second meetings.';
const R_TERMS_OF_REFERENCE = 'The Terms of Reference for CWG-COP are specified in Annex 1 of the outcome of the 1st meeting.';
const R_FOCUS_INTRO = 'During this period, the work of the group focused on:';
const R_FOCUS_GLOBAL_PROGRAMME = 'Showcasing the results of the COP Global Programme and overall COP Initiative.';
const R_FOCUS_MEMBERSHIP = 'Promoting the work and the efforts of ITU membership and partners.';
const R_CHAIR_SUMMARY =
  'This document contains the Chair’s Summary Report of the two meetings of the CWG-COP held since the June 2024 session of the Council.';
const R_FOCUS_CHILDREN = 'Ensuring children’s voices are heard in child online protection efforts.';
const R_FOCUS_INDUSTRY =
  'Engaging more the ICTs companies working in this field to ensure dialogue and knowledge sharing.';
const R_FOCUS_BEST_PRACTICES = 'Sharing best practices and exploring collaboration.';

// Council report: meetings
const R_2_1 =
  'CWG-COP held its twenty-first and twenty-second meetings of CWG-COP on 30\u00a0September and 1\u00a0October 2024 and 12-13 February 2025, respectively, at the ITU Headquarters in Geneva, Switzerland, in a hybrid format.';
const R_2_2 = 'The reports of the twenty-first and twenty-second meetings were provided by the Chair and Vice-Chair.';
const R_2_3_COUNT =
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received.';
const R_2_3_FOCUS =
  'Discussions focused on strengthening multi-stakeholder cooperation, enhancing child participation, and improving coordination with ITU study groups.';
const R_2_3_LIAISONS =
  'Furthermore, a liaison statement from ITU-D Study Group 2 Question 3/2 and a liaison statement on SG17 acknowledged CWG-COP’s contributions and highlighted progress in addressing gaps in technical standards for child online protection.';
const R_2_3_CHAIR =
  'The Chair emphasized the importance of industry engagement, child and youth input, and resource-sharing among members.';
const R_2_5_COUNT =
  'At the twenty-second meeting of the CWG-COP, the contributions and information documents received were discussed among the 191 participants.';
const R_2_5_TOPICS =
  "Key topics included concerns about the misuse of mobile phones in schools and technical solutions to manage children's excessive internet use and screen time, such as end-to-end encryption and age verification toolkits.";
const R_2_5_MULTI =
  'Additionally, the meeting reaffirmed the importance of multi-stakeholder engagement in child online protection efforts, underscoring the need to involve industry in both the meeting agenda and broader initiatives.';

// Liaison statement
const LS_OPEN_REPORT =
  'Following the 21st and 22nd meetings of the CWG-COP, the group sends this outcome report to ITU-D Study Group 2 Question 3/2 on child online protection for information.';
const LS_OPEN_REPORTS =
  'Following the 21st and 22nd meetings of the CWG-COP, the group sends this outcome reports to ITU-D Study Group 2 Question 3/2 on child online protection for information.';
const LS_CLOSE = 'CWG-COP is looking forward to hearing from ITU-D SG2 Q3/2 and to further collaboration.';
const LS_HELD_21 =
  'The outcomes of the twenty-first meeting, which was held on 30 September (p.m.) to Tuesday, 1 October 2024 in Geneva, Switzerland, were:';
const LS_HELD_22 =
  'The outcomes of the twenty-second meeting, which was held on Wednesday, 12 (p.m.) to Thursday, 13 February 2025 in Geneva, Switzerland, were:';

// The eight outcome bullets: identical in both documents (the report adds a trailing space,
// which is not part of the text).
const O21_1 =
  "The Chair welcomed youth input into ITU's child online protection work and praised the Secretariat for engaging children. He invited the Secretariat to share children's feedback on helplines with relevant parent organizations and the expert group of the Global Cybersecurity Index (GCI) for inclusion in child online protection questions. He also encouraged members to consider children’s inputs in related programs.";
const O21_1_WELCOME =
  "The Chair welcomed youth input into ITU's child online protection work and praised the Secretariat for engaging children.";
const O21_1_HELPLINES =
  "He invited the Secretariat to share children's feedback on helplines with relevant parent organizations and the expert group of the Global Cybersecurity Index (GCI) for inclusion in child online protection questions.";
const O21_1_MEMBERS = 'He also encouraged members to consider children’s inputs in related programs.';
const O21_2 =
  'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement. The Secretariat presented a proposal at the next meeting.';
const O21_2_SHIFT =
  'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement.';
const O21_3 =
  'It was further agreed to maintain a comprehensive record of all contributions and information documents shared by members on the ITU COP website, accessible without a password.';
const O21_4 =
  'The meeting agreed that the outcomes of this meeting and the January 2025 CWG-COP meeting would be sent to ITU-D Study Group 2 Question 3/2 for consideration.';
const O22_1 =
  'The meeting welcomed the Secretariat’s initiative to make all resources presented during CWG-COP meetings available on its dedicated website.';
const O22_2 =
  'The meeting endorsed the proposed ITU Industry Connect: Quarterly Intersectoral Discussions on Child Online Protection series and congratulated ITU BDT on this initiative. The Secretariat confirmed that event registration will be accessible via the ITU COP website. Additionally, the Secretariat was invited to update the Concept Note based on feedback, including references to ITU Resolutions 179 and 67, engagement of children, accessibility through sign language, and regional participation. The requested edits will be implemented accordingly.';
const O22_2_ENDORSED =
  'The meeting endorsed the proposed ITU Industry Connect: Quarterly Intersectoral Discussions on Child Online Protection series and congratulated ITU BDT on this initiative.';
const O22_2_REGISTRATION = 'The Secretariat confirmed that event registration will be accessible via the ITU COP website.';
const O22_2_CONCEPT_NOTE =
  'Additionally, the Secretariat was invited to update the Concept Note based on feedback, including references to ITU Resolutions 179 and 67, engagement of children, accessibility through sign language, and regional participation. The requested edits will be implemented accordingly.';
const O22_3 =
  'The meeting reaffirmed the importance of multi-stakeholder engagement in child online protection, emphasizing the need for industry participation in both the meeting agenda and broader COP initiatives.';
const O22_4 =
  'The meeting expressed the expectation that the gap analysis report prepared by the Correspondence Group on Child Online Protection (CG-COP) would be discussed at the next meeting in October 2025. The group’s co-convener confirmed that the report is still being updated. It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting of the CWG-COP.';
const O22_4_EXPECTATION =
  'The meeting expressed the expectation that the gap analysis report prepared by the Correspondence Group on Child Online Protection (CG-COP) would be discussed at the next meeting in October 2025.';
const O22_4_UPDATING = 'The group’s co-convener confirmed that the report is still being updated.';
const O22_4_SG17 =
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting of the CWG-COP.';

// Recurring notes
const NOTE_JANUARY =
  'The source says "the January 2025 CWG-COP meeting", but the 22nd meeting was held on 12-13 February 2025 (report §2.1; liaison statement). Kept as the source says it; read as the 22nd meeting.';
const NOTE_CONSIDERATION =
  'This outcome says the outcomes would be sent "for consideration", while the liaison statement actually sent says "for information".';
const NOTE_SG17 =
  'The source says only "SG17" / "Study Group 17" without a sector; read as ITU-T Study Group 17 (security), the parent of CG-COP.';

/** The same sentence from both documents (the outcome bullets appear in each). */
function both(excerpt: string, note?: string): BundleSource[] {
  return note === undefined
    ? [{ document: REPORT, excerpt }, { document: LS, excerpt }]
    : [{ document: REPORT, excerpt, note }, { document: LS, excerpt, note }];
}

/**
 * The period's focus areas (a) and (d), which no other fact of the data set records (b, c and e
 * are the sources of best practices): sources of both meetings of the period.
 */
function focusAreas(meeting: string): BundleSource[] {
  const note = `A focus area of the period covered by the report (${meeting} meeting among them); the source does not say which meeting took it up.`;
  return [
    { document: REPORT, excerpt: R_FOCUS_INTRO },
    { document: REPORT, excerpt: R_FOCUS_GLOBAL_PROGRAMME, note: `Focus area (a). ${note}` },
    { document: REPORT, excerpt: R_FOCUS_MEMBERSHIP, note: `Focus area (d). ${note}` },
  ];
}

/** A bundle whose documents may name their text's file under src/seed/sources (seedAsBundle reads it into `text`). */
type SeedBundle = Omit<Bundle, 'documents'> & { documents: (BundleDocument & { textFile?: string })[] };

export const seedBundle: SeedBundle = {
  format: 'liaison-graph-bundle',
  version: 1,

  // -------------------------------------------------------------------------------------------
  groups: [
    {
      acronym: 'Council',
      name: 'ITU Council',
      kind: 'COUNCIL',
      sector: 'GENERAL_SECRETARIAT',
      aliases: ['ITU Council'],
      sources: [
        { document: REPORT, excerpt: R_COUNCIL_NOTE },
        { document: REPORT, excerpt: R_RES179_COUNCIL },
      ],
    },
    {
      acronym: 'CWG-COP',
      name: 'Council Working Group on Child Online Protection',
      kind: 'COUNCIL_WORKING_GROUP',
      sector: 'GENERAL_SECRETARIAT',
      parent: 'Council',
      aliases: [
        'CWGCOP',
        'CWG COP',
        'Council Working Group on Child Online Protection',
        'ITU Council Working Group on child online protection',
      ],
      mandates: [
        'Council Resolution 1306 (Mod. 2015)',
        'Resolution 179 (Rev. Bucharest, 2022) of the Plenipotentiary Conference',
      ],
      sources: [
        {
          document: REPORT,
          excerpt: R_ESTABLISHED,
          note: 'Mandates and parent (a working group of the Council) from this sentence.',
        },
        {
          document: REPORT,
          excerpt: R_PURPOSE,
          note: 'The purpose paragraph cites "ITU 2010 Council Resolution 1306" while §1.1 cites "Council Resolution 1306 (Mod. 2015)"; the mandate is recorded as in §1.1.',
        },
        { document: REPORT, excerpt: R_OPEN },
        { document: REPORT, excerpt: R_RES179_CONTINUE, note: 'The source spells the group "CWGCOP" here.' },
        {
          document: REPORT,
          excerpt: R_TERMS_OF_REFERENCE,
          note: 'Terms of Reference: Annex 1 of the outcome of the 1st meeting. That outcome is not among the sources, so its text is not recorded and no 1st meeting is recorded.',
        },
        {
          document: REPORT,
          excerpt: R_2_2,
          note: 'CWG-COP has a Chair and a Vice-Chair; the source does not name them, so no officers are recorded.',
        },
      ],
    },
    {
      acronym: 'CWG-Internet',
      name: 'Council Working Group on international Internet-related public policy issues',
      kind: 'COUNCIL_WORKING_GROUP',
      sector: 'GENERAL_SECRETARIAT',
      parent: 'Council',
      aliases: ['CWG Internet', 'Council Working Group on international Internet-related public policy issues'],
      sources: [{ document: REPORT, excerpt: R_RES179_INTERNET }],
    },
    {
      acronym: 'ITU-D SG2',
      name: 'ITU-D Study Group 2',
      kind: 'STUDY_GROUP',
      sector: 'ITU_D',
      aliases: ['SG2', 'ITU-D Study Group 2', 'ITU-D SG 2', 'ITU-D Study Group (SG) 2'],
      sources: [{ document: REPORT, excerpt: R_RES179_SG2 }],
    },
    {
      acronym: 'ITU-D SG2 Q3/2',
      name: 'ITU-D Study Group 2, Question 3/2 (child online protection)',
      kind: 'QUESTION',
      sector: 'ITU_D',
      parent: 'ITU-D SG2',
      aliases: [
        'SG2 Q3/2',
        'Q3/2',
        'Question 3/2',
        'ITU-D Study Group 2 Question 3/2',
        'ITU-D Q3/2',
      ],
      sources: [
        {
          document: LS,
          excerpt: LS_OPEN_REPORT,
          note: 'Named "ITU-D Study Group 2 Question 3/2 on child online protection"; the liaison also writes "ITU-D SG2 Q3/2".',
        },
        { document: LS, excerpt: LS_CLOSE },
        { document: REPORT, excerpt: R_2_3_LIAISONS },
        {
          document: REPORT,
          excerpt: R_RES179_SG2,
          note: 'Resolution 179 speaks of "the relevant study question" of ITU-D SG2; read as Question 3/2.',
        },
      ],
    },
    {
      acronym: 'ITU-T SG17',
      name: 'ITU-T Study Group 17 (security)',
      kind: 'STUDY_GROUP',
      sector: 'ITU_T',
      aliases: ['SG17', 'Study Group 17', 'ITU-T Study Group 17', 'SG 17'],
      sources: [
        { document: REPORT, excerpt: R_2_3_LIAISONS, note: NOTE_SG17 },
        ...both(O22_4_SG17, NOTE_SG17),
      ],
    },
    {
      acronym: 'CG-COP',
      name: 'Correspondence Group on Child Online Protection',
      kind: 'CORRESPONDENCE_GROUP',
      sector: 'ITU_T',
      parent: 'ITU-T SG17',
      aliases: ['CG COP', 'Correspondence Group on Child Online Protection'],
      sources: [
        ...both(O22_4_EXPECTATION),
        ...both(
          O22_4_UPDATING,
          'CG-COP has a co-convener; the source does not name them, so no officers are recorded.',
        ),
        {
          document: REPORT,
          excerpt: O22_4_SG17,
          note: 'The source does not state CG-COP\'s parent; it is recorded under ITU-T SG17 (as in the design), which is where its report is to be discussed.',
        },
      ],
    },
    {
      acronym: 'BDT',
      name: 'Telecommunication Development Bureau',
      kind: 'BUREAU',
      sector: 'ITU_D',
      aliases: ['ITU BDT', 'Telecommunication Development Bureau'],
      sources: [
        { document: REPORT, excerpt: O21_2_SHIFT },
        { document: REPORT, excerpt: O22_2_ENDORSED },
      ],
    },
    {
      acronym: 'Secretariat',
      name: 'CWG-COP Secretariat',
      kind: 'SECRETARIAT',
      sector: 'GENERAL_SECRETARIAT',
      parent: 'CWG-COP',
      aliases: ['CWG-COP Secretariat'],
      sources: [
        {
          document: REPORT,
          excerpt: O21_1_WELCOME,
          note: 'The sources say "the Secretariat"; read as the secretariat serving CWG-COP.',
        },
        { document: REPORT, excerpt: O22_1 },
      ],
    },
  ],

  // -------------------------------------------------------------------------------------------
  topics: [
    { slug: 'youth-participation', name: 'Youth participation' },
    { slug: 'helplines', name: 'Helplines' },
    { slug: 'screen-time', name: 'Screen time' },
    { slug: 'age-verification', name: 'Age verification' },
    { slug: 'end-to-end-encryption', name: 'End-to-end encryption' },
    { slug: 'mobile-phones-in-schools', name: 'Mobile phones in schools' },
    { slug: 'industry-engagement', name: 'Industry engagement' },
    { slug: 'multi-stakeholder-cooperation', name: 'Multi-stakeholder cooperation' },
    { slug: 'open-access', name: 'Open access (outputs accessible without password)' },
    // the mark of a meeting that recorded an online consultation with youth (Resolution 179's clause);
    // no source records one yet, so no meeting carries it
    { slug: 'youth-consultation', name: 'Youth consultation (online, before and during a meeting)' },
  ],

  // -------------------------------------------------------------------------------------------
  documents: [
    {
      symbol: REPORT,
      title: 'Report to the ITU Council on the 21st and 22nd meetings of CWG-COP',
      kind: 'REPORT',
      public: true,
      sourceGroup: 'CWG-COP',
      textFile: 'council-report-cwg-cop-21-22.txt',
      sources: [
        {
          document: REPORT,
          excerpt: R_PURPOSE,
          note: 'The text states no title or symbol; both are descriptive and were chosen for this knowledge base.',
        },
        { document: REPORT, excerpt: R_COUNCIL_NOTE },
        { document: REPORT, excerpt: R_CHAIR_SUMMARY },
        { document: REPORT, excerpt: R_STRATEGIC_PLAN_HEADING },
        {
          document: REPORT,
          excerpt: R_STRATEGIC_PLAN,
          note: 'The report\'s link with the Strategic Plan: "Convening platforms, digital applications, development of policy framework and knowledge products."',
        },
        { document: REPORT, excerpt: R_FINANCIAL_HEADING },
        { document: REPORT, excerpt: R_FINANCIAL, note: 'The report\'s financial implications: within the allocated budget 2024-2025.' },
        {
          document: REPORT,
          excerpt: R_REFERENCES,
          note: 'The report\'s references. The source writes "Rev. Bucharest. 2022" (a full stop) here and "Rev. Bucharest, 2022" elsewhere; read as the same resolution. The CWG-COP website and the summary reports are not among the sources, so they are not recorded as documents.',
        },
      ],
    },
    {
      symbol: LS,
      title: 'Outcome liaison from CWG-COP to ITU-D SG2 Q3/2',
      kind: 'LIAISON_STATEMENT',
      public: true,
      sourceGroup: 'CWG-COP',
      textFile: 'liaison-cwg-cop-to-sg2-q3-2.txt',
      sources: [
        {
          document: LS,
          excerpt: LS_OPEN_REPORT,
          note: 'The text states no title, symbol or date; title and symbol are descriptive and were chosen for this knowledge base.',
        },
      ],
    },
  ],

  // -------------------------------------------------------------------------------------------
  meetings: [
    {
      group: 'CWG-COP',
      number: 21,
      title: 'Twenty-first meeting of CWG-COP',
      startsOn: '2024-09-30',
      startHalf: 'PM',
      endsOn: '2024-10-01',
      location: 'ITU Headquarters, Geneva, Switzerland',
      format: 'HYBRID',
      participantCount: 129,
      topics: ['multi-stakeholder-cooperation', 'youth-participation', 'industry-engagement'],
      sources: [
        { document: REPORT, excerpt: R_PURPOSE },
        { document: REPORT, excerpt: R_2_1, note: 'Location and hybrid format from this sentence.' },
        {
          document: LS,
          excerpt: LS_HELD_21,
          note: 'Start on the afternoon of 30 September from "(p.m.)"; the report does not mention the half day.',
        },
        { document: REPORT, excerpt: R_2_3_COUNT },
        {
          document: REPORT,
          excerpt: R_2_3_FOCUS,
          note: '"enhancing child participation" is tagged youth-participation; "improving coordination with ITU study groups" has no topic of its own.',
        },
        { document: REPORT, excerpt: R_2_3_CHAIR },
        ...focusAreas('the 21st'),
      ],
    },
    {
      group: 'CWG-COP',
      number: 22,
      title: 'Twenty-second meeting of CWG-COP',
      startsOn: '2025-02-12',
      startHalf: 'PM',
      endsOn: '2025-02-13',
      location: 'ITU Headquarters, Geneva, Switzerland',
      format: 'HYBRID',
      participantCount: 191,
      topics: [
        'mobile-phones-in-schools',
        'screen-time',
        'end-to-end-encryption',
        'age-verification',
        'multi-stakeholder-cooperation',
        'industry-engagement',
      ],
      sources: [
        { document: REPORT, excerpt: R_PURPOSE },
        { document: REPORT, excerpt: R_2_1, note: 'Location and hybrid format from this sentence.' },
        {
          document: LS,
          excerpt: LS_HELD_22,
          note: 'Start on the afternoon of 12 February from "12 (p.m.)"; the report does not mention the half day.',
        },
        { document: REPORT, excerpt: R_2_5_COUNT },
        { document: REPORT, excerpt: R_2_5_TOPICS },
        { document: REPORT, excerpt: R_2_5_MULTI },
        ...focusAreas('the 22nd'),
      ],
    },
  ],

  // -------------------------------------------------------------------------------------------
  outcomes: [
    {
      meeting: 'CWG-COP#21',
      position: 1,
      kind: 'WELCOMED',
      text: O21_1,
      topics: ['youth-participation', 'helplines'],
      sources: both(
        O21_1,
        'Kind WELCOMED read from "The Chair welcomed"; the welcome is the Chair\'s, and the bullet also records an invitation to the Secretariat and an encouragement to members.',
      ),
    },
    {
      meeting: 'CWG-COP#21',
      position: 2,
      kind: 'AGREED',
      text: O21_2,
      topics: ['industry-engagement'],
      sources: both(
        O21_2,
        '"The Secretariat presented a proposal at the next meeting" is in the past tense in both sources, written after the 22nd meeting; read as: the Secretariat was to present a proposal at the next meeting, and did.',
      ),
    },
    {
      meeting: 'CWG-COP#21',
      position: 3,
      kind: 'AGREED',
      text: O21_3,
      topics: ['open-access'],
      sources: both(O21_3),
    },
    {
      meeting: 'CWG-COP#21',
      position: 4,
      kind: 'AGREED',
      text: O21_4,
      sources: both(O21_4, `${NOTE_JANUARY} ${NOTE_CONSIDERATION}`),
    },
    {
      meeting: 'CWG-COP#22',
      position: 1,
      kind: 'WELCOMED',
      text: O22_1,
      topics: ['open-access'],
      sources: both(O22_1),
    },
    {
      meeting: 'CWG-COP#22',
      position: 2,
      kind: 'ENDORSED',
      text: O22_2,
      topics: ['industry-engagement', 'youth-participation'],
      sources: both(O22_2),
    },
    {
      meeting: 'CWG-COP#22',
      position: 3,
      kind: 'REAFFIRMED',
      text: O22_3,
      topics: ['multi-stakeholder-cooperation', 'industry-engagement'],
      sources: both(O22_3),
    },
    {
      meeting: 'CWG-COP#22',
      position: 4,
      kind: 'EXPECTED',
      text: O22_4,
      sources: both(O22_4),
    },
  ],

  // -------------------------------------------------------------------------------------------
  actionItems: [
    {
      key: 'share-children-helpline-feedback',
      title:
        "Share children's feedback on helplines with relevant parent organizations and the expert group of the Global Cybersecurity Index (GCI)",
      assignee: 'Secretariat',
      raisedBy: 'CWG-COP#21/1',
      status: 'OPEN',
      sources: both(O21_1_HELPLINES, 'No source reports that the feedback has been shared; status left OPEN.'),
    },
    {
      key: 'present-industry-dialogue-proposal',
      title: 'Present a proposal for the less formal ICT industry dialogue led by BDT at the next meeting',
      assignee: 'Secretariat',
      raisedBy: 'CWG-COP#21/2',
      dueMeeting: 'CWG-COP#22',
      resolvedBy: 'CWG-COP#22/2',
      status: 'DONE',
      sources: [
        ...both(
          O21_2,
          '"The Secretariat presented a proposal at the next meeting": due at the next meeting, read as the 22nd.',
        ),
        ...both(
          O22_2_ENDORSED,
          'Read as the proposal the 21st meeting asked for: the 22nd meeting endorsed "the proposed ITU Industry Connect" series; the sources do not link the two explicitly.',
        ),
      ],
    },
    {
      key: 'keep-contributions-record-on-cop-website',
      title:
        'Maintain a comprehensive record of all contributions and information documents shared by members on the ITU COP website, accessible without a password',
      assignee: 'Secretariat',
      raisedBy: 'CWG-COP#21/3',
      status: 'OPEN',
      sources: [
        ...both(O21_3, 'The source names no assignee ("It was further agreed to maintain…"); assigned to the Secretariat.'),
        ...both(
          O22_1,
          'Why the Secretariat: the 22nd meeting welcomed the Secretariat’s initiative to make all resources available on the website. The record is a standing task; status left OPEN.',
        ),
      ],
    },
    {
      key: 'send-outcomes-to-sg2-q3-2',
      title: 'Send the outcomes of the 21st meeting and of the "January 2025" (22nd) CWG-COP meeting to ITU-D SG2 Q3/2',
      assignee: 'CWG-COP',
      raisedBy: 'CWG-COP#21/4',
      status: 'DONE',
      sources: [
        ...both(O21_4, `${NOTE_JANUARY} ${NOTE_CONSIDERATION}`),
        {
          document: LS,
          excerpt: LS_OPEN_REPORT,
          note: 'DONE: this liaison statement shows the outcomes of both meetings were sent (date not stated).',
        },
      ],
    },
    {
      key: 'update-industry-connect-concept-note',
      title:
        'Update the ITU Industry Connect Concept Note based on feedback (references to ITU Resolutions 179 and 67, engagement of children, accessibility through sign language, regional participation)',
      assignee: 'Secretariat',
      raisedBy: 'CWG-COP#22/2',
      status: 'OPEN',
      sources: both(
        O22_2_CONCEPT_NOTE,
        '"the Concept Note" read as the concept note of the ITU Industry Connect series endorsed in the same outcome. "will be implemented" is future; no source reports completion, so status is OPEN.',
      ),
    },
    {
      key: 'industry-connect-registration-on-cop-website',
      title: 'Make ITU Industry Connect event registration accessible via the ITU COP website',
      assignee: 'Secretariat',
      raisedBy: 'CWG-COP#22/2',
      status: 'OPEN',
      sources: both(
        O22_2_REGISTRATION,
        'A commitment the Secretariat confirmed at the meeting; "event registration" read as registration for the Industry Connect events. No source reports completion.',
      ),
    },
  ],

  // -------------------------------------------------------------------------------------------
  liaisons: [
    {
      key: 'cwg-cop-to-sg2-q3-2-outcomes-21-22',
      title: 'Outcomes of the 21st and 22nd CWG-COP meetings',
      from: 'CWG-COP',
      to: [{ group: 'ITU-D SG2 Q3/2', purpose: 'FOR_INFORMATION' }],
      status: 'SENT',
      body: `${LS_OPEN_REPORT}\n${LS_CLOSE}`,
      decidedBy: 'CWG-COP#21/4',
      meeting: 'CWG-COP#22',
      attachments: [LS],
      sources: [
        {
          document: LS,
          excerpt: LS_OPEN_REPORT,
          note: 'Purpose FOR_INFORMATION as stated here. The document states no reference number and no date, so none is recorded. Status SENT: the document is the statement as sent.',
        },
        {
          document: LS,
          excerpt: LS_OPEN_REPORTS,
          note: 'The same opening sentence is repeated with "reports" instead of "report": one fact, two source sentences.',
        },
        {
          document: LS,
          excerpt: LS_CLOSE,
          note: 'CWG-COP looks forward to hearing from Q3/2, but as the statement is for information no reply or deadline is set.',
        },
        {
          document: REPORT,
          excerpt: O21_4,
          note: `Decided by the 21st meeting (outcome 4). ${NOTE_JANUARY} ${NOTE_CONSIDERATION} The liaison's meeting is recorded as the 22nd, after which it was sent ("Following the 21st and 22nd meetings").`,
        },
        {
          document: REPORT,
          excerpt: R_RES179_SG2,
          note: 'Background: Resolution 179 encourages CWG-COP to share its outputs with ITU-D SG2.',
        },
      ],
    },
    {
      key: 'sg2-q3-2-to-cwg-cop-21',
      title: 'Liaison statement from ITU-D SG2 Q3/2 acknowledging CWG-COP’s contributions',
      from: 'ITU-D SG2 Q3/2',
      to: [{ group: 'CWG-COP', purpose: 'FOR_INFORMATION' }],
      status: 'SENT',
      meeting: 'CWG-COP#21',
      sources: [
        {
          document: REPORT,
          excerpt: R_2_3_LIAISONS,
          note: 'Received and considered at the 21st meeting. The purpose is not stated in the source; FOR_INFORMATION is assumed (it acknowledged contributions and reported progress; no request is mentioned). Status SENT rather than ACKNOWLEDGED: the source records that it reached CWG-COP but no acknowledgement or reply by CWG-COP; the word "acknowledged" in the sentence is the liaison acknowledging CWG-COP’s contributions. No reference, date or text is stated.',
        },
      ],
    },
    {
      key: 'sg17-to-cwg-cop-21',
      title: 'Liaison statement on SG17 acknowledging CWG-COP’s contributions',
      from: 'ITU-T SG17',
      to: [{ group: 'CWG-COP', purpose: 'FOR_INFORMATION' }],
      status: 'SENT',
      meeting: 'CWG-COP#21',
      sources: [
        {
          document: REPORT,
          excerpt: R_2_3_LIAISONS,
          note: 'The source says "a liaison statement on SG17", not "from"; the sender is read as ITU-T SG17. The purpose is not stated; FOR_INFORMATION is assumed. Status SENT: received at the 21st meeting, no acknowledgement or reply by CWG-COP is recorded. No reference, date or text is stated.',
        },
      ],
    },
  ],

  // -------------------------------------------------------------------------------------------
  reports: [
    {
      key: 'cg-cop-gap-analysis',
      title: 'CG-COP gap analysis report',
      kind: 'GAP_ANALYSIS',
      ownerGroup: 'CG-COP',
      status: 'UNDER_REVISION',
      // outcome 4 of the 22nd meeting: "the expectation that the gap analysis report prepared by" CG-COP "would be discussed at the next meeting"
      outcomes: ['CWG-COP#22/4'],
      milestones: [
        {
          key: 'sg17-discussion-2025-04',
          group: 'ITU-T SG17',
          kind: 'DISCUSSION',
          plannedFor: '2025-04',
          status: 'PLANNED',
          sources: both(
            O22_4_SG17,
            `"April 2025" recorded as the month 2025-04. ${NOTE_SG17} PLANNED as of the sources (written after February 2025); no source reports whether it took place.`,
          ),
        },
        {
          key: 'cwg-cop-presentation-2025-10',
          group: 'CWG-COP',
          kind: 'PRESENTATION',
          plannedFor: '2025-10',
          status: 'PLANNED',
          sources: [
            ...both(
              O22_4_EXPECTATION,
              '"October 2025" recorded as the month 2025-10. The meeting expected the report to be "discussed"; the co-convener spoke of it being "presented". The number of "the next meeting" is not stated, so no meeting is linked.',
            ),
            ...both(O22_4_SG17),
          ],
        },
      ],
      sources: [
        ...both(O22_4_EXPECTATION, 'Title and kind are descriptive: the source speaks of "the gap analysis report prepared by" CG-COP.'),
        ...both(O22_4_UPDATING, 'Status UNDER_REVISION from "still being updated".'),
        {
          document: REPORT,
          excerpt: R_2_3_LIAISONS,
          note: 'Possibly related (not stated): the liaisons received at the 21st meeting "highlighted progress in addressing gaps in technical standards for child online protection".',
        },
      ],
    },
  ],

  // -------------------------------------------------------------------------------------------
  bestPractices: [
    {
      key: 'youth-consultations',
      title: 'Consulting children and youth in child online protection work',
      summary:
        'Children and young people are heard in CWG-COP’s work: Resolution 179 encourages CWG-COP to consult youth online before and during its meetings, and the 21st meeting welcomed youth input into ITU’s child online protection work, praised the Secretariat for engaging children and encouraged members to consider children’s inputs in related programmes.',
      topics: ['youth-participation'],
      sourceGroup: 'Secretariat',
      meeting: 'CWG-COP#21',
      documents: [REPORT, LS],
      sources: [
        { document: REPORT, excerpt: R_RES179_YOUTH },
        { document: REPORT, excerpt: R_FOCUS_CHILDREN },
        ...both(O21_1_WELCOME, 'Source group: the Secretariat, praised for engaging children.'),
        ...both(O21_1_MEMBERS),
      ],
    },
    {
      key: 'children-feedback-on-helplines',
      title: 'Children’s feedback on helplines',
      summary:
        'Children’s feedback on helplines, gathered by the Secretariat in engaging children, is to be shared with relevant parent organizations and with the expert group of the Global Cybersecurity Index (GCI) for inclusion in child online protection questions.',
      topics: ['helplines', 'youth-participation'],
      sourceGroup: 'Secretariat',
      meeting: 'CWG-COP#21',
      documents: [REPORT, LS],
      sources: [
        ...both(O21_1_WELCOME),
        ...both(
          O21_1_HELPLINES,
          'That the Secretariat gathered the feedback is read from the preceding sentence (praised for engaging children); "for inclusion in child online protection questions" read as questions of the GCI.',
        ),
      ],
    },
    {
      key: 'ict-sector-roundtables',
      title: 'ICT sector roundtables led by BDT',
      summary:
        'Dialogue with the ICT industry moves to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement of the companies working on child online protection.',
      topics: ['industry-engagement'],
      sourceGroup: 'BDT',
      meeting: 'CWG-COP#21',
      documents: [REPORT, LS],
      sources: [...both(O21_2_SHIFT), { document: REPORT, excerpt: R_FOCUS_INDUSTRY }],
    },
    {
      key: 'itu-industry-connect',
      title: 'ITU Industry Connect: Quarterly Intersectoral Discussions on Child Online Protection',
      summary:
        'A quarterly series of intersectoral discussions on child online protection, an initiative of ITU BDT endorsed by the 22nd CWG-COP meeting; event registration is to be accessible via the ITU COP website, and the Secretariat was invited to update the concept note based on feedback, including references to ITU Resolutions 179 and 67, engagement of children, accessibility through sign language and regional participation.',
      topics: ['industry-engagement', 'multi-stakeholder-cooperation'],
      sourceGroup: 'BDT',
      meeting: 'CWG-COP#22',
      documents: [REPORT, LS],
      sources: [
        ...both(O22_2_ENDORSED, 'Source group BDT read from "congratulated ITU BDT on this initiative".'),
        ...both(O22_2_REGISTRATION),
        ...both(O22_2_CONCEPT_NOTE),
      ],
    },
    {
      key: 'technical-solutions-screen-time',
      title: 'Technical solutions to manage children’s excessive internet use and screen time',
      summary:
        'Technical solutions to manage children’s excessive internet use and screen time, such as end-to-end encryption and age verification toolkits, were a key topic at the 22nd meeting, alongside concerns about the misuse of mobile phones in schools.',
      topics: ['screen-time', 'end-to-end-encryption', 'age-verification', 'mobile-phones-in-schools'],
      meeting: 'CWG-COP#22',
      documents: [REPORT],
      sources: [
        {
          document: REPORT,
          excerpt: R_2_5_TOPICS,
          note: 'Recorded as the source words it (end-to-end encryption listed among solutions for screen time). The source names no group or member that presented these solutions, so no source group is recorded.',
        },
        { document: REPORT, excerpt: R_FOCUS_BEST_PRACTICES },
      ],
    },
    {
      key: 'open-access-cop-resources',
      title: 'Open access to COP resources on the ITU COP website',
      summary:
        'CWG-COP keeps its outputs public: the 21st meeting agreed to maintain a comprehensive record of all contributions and information documents shared by members on the ITU COP website, accessible without a password, and the 22nd meeting welcomed the Secretariat’s initiative to make all resources presented during CWG-COP meetings available on the dedicated website.',
      topics: ['open-access'],
      sourceGroup: 'Secretariat',
      meeting: 'CWG-COP#22',
      documents: [REPORT, LS],
      sources: [
        ...both(O22_1),
        ...both(O21_3, 'Agreed at the 21st meeting; the 22nd meeting is recorded as where the practice was shared.'),
        { document: REPORT, excerpt: R_RES179_OPEN },
      ],
    },
  ],

  // -------------------------------------------------------------------------------------------
  // Resolutions and their clauses (issue 18). Resolution 179's clauses are quoted in §1.3 of the
  // report; Council Resolution 1306 is cited, none of its clauses is quoted, so it has none.
  resolutions: [
    {
      key: 'pp-179-bucharest-2022',
      number: '179',
      revision: 'Rev. Bucharest, 2022',
      adoptedBy: 'PLENIPOTENTIARY_CONFERENCE',
      sources: [
        { document: REPORT, excerpt: R_RES179_COUNCIL },
        { document: REPORT, excerpt: R_ESTABLISHED, note: 'Its title is not in the sources, so none is recorded.' },
        { document: REPORT, excerpt: R_PURPOSE },
      ],
      clauses: [
        {
          position: 1,
          text: R_RES179_CONTINUE,
          group: 'CWG-COP',
          ask: 'OTHER',
          sources: [{ document: REPORT, excerpt: R_RES179_CONTINUE, note: 'Requested of the Council; the work is CWG-COP\'s, so the clause is addressed to CWG-COP.' }],
        },
        {
          position: 2,
          text: R_RES179_PARTICIPATION,
          group: 'CWG-COP',
          ask: 'PARTICIPATION',
          sources: [
            { document: REPORT, excerpt: R_RES179_PARTICIPATION, note: 'Requested of the Council, for the work of CWG-COP.' },
            { document: REPORT, excerpt: R_OPEN, note: 'Related: the group is open to all relevant stakeholders.' },
          ],
        },
        {
          position: 3,
          text: R_RES179_INTERNET,
          group: 'CWG-COP',
          ask: 'LIAISE_WITH',
          target: 'CWG-Internet',
          sources: [{ document: REPORT, excerpt: R_RES179_INTERNET, note: 'The Council is to encourage CWG-COP to liaise: addressed to CWG-COP.' }],
        },
        {
          position: 4,
          text: R_RES179_SG2,
          group: 'CWG-COP',
          ask: 'LIAISE_WITH',
          target: 'ITU-D SG2',
          sources: [
            {
              document: REPORT,
              excerpt: R_RES179_SG2,
              note: 'The Council is to encourage CWG-COP to liaise: addressed to CWG-COP. "The relevant study question" is read as Question 3/2, a subgroup of ITU-D SG2, so liaisons with it count.',
            },
          ],
        },
        {
          position: 5,
          text: R_RES179_YOUTH,
          group: 'CWG-COP',
          ask: 'CONSULT',
          constituency: 'youth',
          topic: 'youth-consultation',
          sources: [
            {
              document: REPORT,
              excerpt: R_RES179_YOUTH,
              note: 'A meeting that recorded an online consultation with youth carries the topic youth-consultation. The sources record youth input welcomed at the 21st meeting, but no consultation, so no meeting carries it.',
            },
          ],
        },
        {
          position: 6,
          text: R_RES179_OPEN,
          group: 'CWG-COP',
          ask: 'PUBLISH',
          sources: [{ document: REPORT, excerpt: R_RES179_OPEN, note: 'Output documents of CWG-COP: checked against the public flag of the documents it wrote.' }],
        },
      ],
    },
    {
      key: 'council-1306-2015',
      number: '1306',
      revision: 'Mod. 2015',
      adoptedBy: 'COUNCIL',
      sources: [
        { document: REPORT, excerpt: R_ESTABLISHED, note: 'CWG-COP was established by this resolution. None of its clauses is quoted in the sources, so none is recorded.' },
        { document: REPORT, excerpt: R_PURPOSE, note: 'Cited here as "ITU 2010 Council Resolution 1306"; recorded as §1.1 cites it ("Mod. 2015").' },
      ],
      clauses: [],
    },
  ],
};
