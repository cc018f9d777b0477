/**
 * What each field of the schema costs, in one place, keyed by schema coordinate (`Meeting.outcomes`).
 * The unit is one object the server reads or builds: a row loaded by a loader or a page, a search
 * hit, a COUNT. Scalars on a row already loaded cost nothing; a field that reads costs its reads;
 * a list costs its size times what each item costs (see query-cost.ts for how they combine).
 *
 * tests/platform/cost-estimates.test.ts walks schema/schema.graphql and fails when a field that
 * returns an object or a list, or a root field, has no entry here (connection plumbing and
 * introspection excepted: their cost follows from their shape), and when an entry names a field
 * the schema does not have.
 */

export type FieldEstimate =
  /** a Relay connection: `first` items (default 20, at most 100); its `totalCount` is one COUNT */
  | { kind: 'page' }
  /** a plain list: about `size` items, each costing `each` (1 for a row read, 0 when built from the parent's row) */
  | { kind: 'list'; size: number; each: number }
  /** `nodes(ids:)`: one read per id (at most 100) */
  | { kind: 'ids'; argument: string }
  /** full-text search: the statement itself, then `first` hits (default 20), each a row */
  | { kind: 'search'; statement: number }
  /** one read (a loader call, a query, a write) that returns an object or a derived value */
  | { kind: 'read'; cost: number }
  /** nothing of its own: the value is on the parent's row or built in memory */
  | { kind: 'free' };

const page: FieldEstimate = { kind: 'page' };
const free: FieldEstimate = { kind: 'free' };
const read = (cost = 1): FieldEstimate => ({ kind: 'read', cost });
/** rows read through a loader: about `size` of them per parent */
const rows = (size: number): FieldEstimate => ({ kind: 'list', size, each: 1 });
/** items built from the parent's row (JSON columns, userErrors): they cost only what they nest */
const embedded = (size: number): FieldEstimate => ({ kind: 'list', size, each: 0 });
/** a mutation: its writes, history and checks, counted as ten reads */
const write = read(10);

/**
 * Sizes of plain lists: not the largest an input allows (a write may list 100 sources) but what
 * a parent usually has, rounded up: about twice the mean of the scale-1 synthetic data
 * (`npm run bench:data -- --scale 1`: per meeting 4 outcomes, 3.6 liaisons, 1.9 topics; per
 * outcome 2.1 action items raised, 1.2 resolved, 1.3 liaisons; per liaison 3 addressees, 1.3
 * replies, 1 attachment; 2.1 subgroups a parent group; 3.5 milestones a report). A parent with more
 * costs more than counted; the connections, where large numbers are, count exactly.
 */
const SOURCES = rows(3);
const TOPICS = rows(3);

export const FIELD_ESTIMATES: Readonly<Record<string, FieldEstimate>> = {
  // roots: what a request can start from
  'Query.actionItems': page,
  'Query.apiTokens': page,
  'Query.bestPractices': page,
  'Query.changes': page,
  'Query.group': read(),
  'Query.groups': page,
  'Query.liaisons': page,
  'Query.meetings': page,
  'Query.node': read(),
  'Query.nodes': { kind: 'ids', argument: 'ids' },
  'Query.reports': page,
  'Query.resolution': read(),
  'Query.resolutions': rows(10),
  'Query.search': { kind: 'search', statement: 10 },
  'Query.topic': read(),
  'Query.topics': rows(50),
  'Query.viewer': read(),
  'Query.webhookDeliveries': page,
  'Query.webhooks': page,

  'Mutation.addClause': write,
  'Mutation.addMilestone': write,
  'Mutation.createResolution': write,
  'Mutation.updateClause': write,
  'Mutation.updateResolution': write,
  'Mutation.createActionItem': write,
  'Mutation.createApiToken': write,
  'Mutation.createBestPractice': write,
  'Mutation.createDocument': write,
  'Mutation.createLiaison': write,
  'Mutation.createMeeting': write,
  'Mutation.createReport': write,
  // live updates: each event is one read of what changed (its Change, and the liaison or item)
  'Subscription.liaisonChanged': read(),
  'Subscription.actionItemChanged': read(),
  'Subscription.changeRecorded': read(),
  'LiaisonEvent.change': read(),
  'LiaisonEvent.liaison': read(),
  'ActionItemEvent.change': read(),
  'ActionItemEvent.actionItem': read(),
  'Mutation.createWebhook': write,
  'Mutation.draftFacts': write,
  'Mutation.applyFacts': write,
  'Mutation.recordOutcome': write,
  'Mutation.removeWebhook': write,
  'Mutation.revokeApiToken': write,
  'Mutation.setActionItemStatus': write,
  'Mutation.setLiaisonStatus': write,
  'Mutation.setMilestoneStatus': write,
  'Mutation.tagTopic': write,
  'Mutation.updateActionItem': write,
  'Mutation.updateBestPractice': write,
  'Mutation.updateDocument': write,
  'Mutation.updateLiaison': write,
  'Mutation.updateMeeting': write,
  'Mutation.updateOutcome': write,
  'Mutation.updateReport': write,

  // what a mutation returns is the object it wrote: already in hand
  'ActionItemPayload.actionItem': free,
  'ActionItemPayload.userErrors': embedded(10),
  'FactDraftPayload.userErrors': embedded(10),
  'FactDraftPayload.draft': free,
  // a draft is built in memory from the file: a report of a few pages proposes tens of facts
  'FactDraft.facts': embedded(40),
  'DraftFact.sources': embedded(4),
  'ApplyFactsPayload.userErrors': embedded(10),
  'ApplyFactsPayload.applied': free,
  'BestPracticePayload.bestPractice': free,
  'BestPracticePayload.userErrors': embedded(10),
  'CreateApiTokenPayload.apiToken': free,
  'CreateApiTokenPayload.userErrors': embedded(10),
  'CreateWebhookPayload.webhook': free,
  'CreateWebhookPayload.userErrors': embedded(10),
  'RemoveWebhookPayload.userErrors': embedded(10),
  'DocumentPayload.document': free,
  'DocumentPayload.userErrors': embedded(10),
  'LiaisonPayload.liaison': free,
  'LiaisonPayload.userErrors': embedded(10),
  'MeetingPayload.meeting': free,
  'MeetingPayload.userErrors': embedded(10),
  'MilestonePayload.milestone': free,
  'MilestonePayload.userErrors': embedded(10),
  'OutcomePayload.outcome': free,
  'OutcomePayload.userErrors': embedded(10),
  'ReportPayload.report': free,
  'ReportPayload.userErrors': embedded(10),
  'ResolutionPayload.resolution': free,
  'ResolutionPayload.userErrors': embedded(10),
  'ClausePayload.clause': free,
  'ClausePayload.userErrors': embedded(10),
  'RevokeApiTokenPayload.apiToken': free,
  'RevokeApiTokenPayload.userErrors': embedded(10),
  'TagTopicPayload.subject': free,
  'TagTopicPayload.topic': free,
  'TagTopicPayload.userErrors': embedded(10),

  'ActionItem.assignee': read(),
  'ActionItem.dueMeeting': read(),
  // derived from the due meeting, which it loads
  'ActionItem.isOverdue': read(),
  'ActionItem.history': page,
  'ActionItem.raisedBy': read(),
  'ActionItem.resolvedBy': read(),
  'ActionItem.sources': SOURCES,

  'ApiToken.groups': rows(5),

  'BestPractice.documents': rows(3),
  'BestPractice.history': page,
  'BestPractice.meeting': read(),
  'BestPractice.sourceGroup': read(),
  'BestPractice.sources': SOURCES,
  'BestPractice.topics': TOPICS,

  // actor and snapshots are columns of the change row
  'Change.by': free,
  'Change.object': read(),

  'Document.bestPractices': rows(2),
  'Document.excerpts': rows(10),
  'Document.history': page,
  'Document.liaisons': rows(2),
  'Document.meeting': read(),
  'Document.sourceGroup': read(),
  'Document.sources': SOURCES,
  // one text column, read by id
  'Document.text': read(),

  'DocumentExcerpt.subject': read(),

  'Group.actionItems': page,
  // built from the group: its lists are pages, its figures one statement
  'Group.followUp': free,
  'GroupFollowUp.counts': read(),
  'GroupFollowUp.liaisonsReceived': page,
  'GroupFollowUp.nextMilestones': page,
  'GroupFollowUp.openActionItems': page,
  'GroupFollowUp.repliesItOwes': page,
  'GroupFollowUp.repliesOwedToIt': page,
  'Group.history': page,
  'Group.liaisons': page,
  'Group.meetings': page,
  'Group.officers': embedded(10),
  'Group.parent': read(),
  'Group.reports': page,
  'Group.sources': SOURCES,
  'Group.subgroups': rows(8),
  'Group.clauses': rows(10),
  // mandates: a resolution's clauses, and a clause's coverage (two statements per batch, then its evidence by id)
  'Resolution.clauses': rows(10),
  'Resolution.sources': SOURCES,
  'Resolution.history': page,
  'Clause.history': page,
  'Clause.resolution': read(),
  'Clause.group': read(),
  'Clause.target': read(),
  'Clause.topic': read(),
  'Clause.coverage': read(2),
  'Clause.sources': SOURCES,
  'ClauseCoverage.evidence': rows(6),
  'ClauseCoverage.missing': rows(6),

  'Liaison.addressees': rows(5),
  'Liaison.attachments': rows(3),
  // derived from the replies, which it loads
  'Liaison.awaitingReply': read(),
  // derived in SQL (replyOverdueSql, replyDueSoonSql), one statement for all liaisons
  'Liaison.replyDueSoon': read(),
  'Liaison.replyOverdue': read(),
  'Liaison.ccGroups': rows(3),
  'Liaison.decidedBy': read(),
  'Liaison.fromGroup': read(),
  'Liaison.history': page,
  'Liaison.inReplyTo': read(),
  'Liaison.meeting': read(),
  'Liaison.replies': rows(3),
  'Liaison.sources': SOURCES,
  'Liaison.topics': TOPICS,
  'Liaison.toGroups': rows(5),

  'LiaisonAddressee.group': read(),
  // the liaison's follow-up state, one statement for all
  'LiaisonAddressee.owesReply': read(),
  'LiaisonAddressee.replyOverdue': read(),

  // the ITU template's fields (liaison-template.resolver.ts): contacts are a sender's and an
  // addressee's or two; relations and the items a liaison carries out are rare, counted generously
  'ActionItem.liaison': read(),
  'Liaison.approval': read(),
  'Liaison.contacts': rows(4),
  'Liaison.fulfils': rows(2),
  'Liaison.related': rows(2),
  'Liaison.relatedBy': rows(2),
  'LiaisonContact.group': read(),
  // the other liaison comes with the relation's row
  'LiaisonRelation.liaison': free,

  'Meeting.documents': page,
  'Meeting.group': read(),
  'Meeting.history': page,
  'Meeting.liaisons': rows(10),
  'Meeting.outcomes': rows(8),
  'Meeting.sources': SOURCES,
  'Meeting.topics': TOPICS,

  'Milestone.group': read(),
  'Milestone.history': page,
  'Milestone.meeting': read(),
  'Milestone.report': read(),
  'Milestone.sources': SOURCES,

  'Outcome.actionItems': rows(5),
  'Outcome.history': page,
  'Outcome.liaisons': rows(3),
  'Outcome.meeting': read(),
  'Outcome.reports': rows(2),
  'Outcome.resolvedActionItems': rows(3),
  'Outcome.sources': SOURCES,
  'Outcome.topics': TOPICS,

  'Report.history': page,
  'Report.milestones': rows(5),
  'Report.nextMilestone': read(),
  'Report.outcomes': rows(3),
  'Report.ownerGroup': read(),
  'Report.sources': SOURCES,
  'Report.topics': TOPICS,

  // the hit is loaded by its id
  'SearchResult.node': read(),

  'Source.document': read(),

  // the topic page: a page of each kind it tags
  'Topic.bestPractices': page,
  'Topic.liaisons': page,
  'Topic.meetings': page,
  'Topic.outcomes': page,
  'Topic.reports': page,

  'Viewer.groups': rows(5),

  'Webhook.group': read(),
  // the attempts come with the delivery's row (json_agg): built, not read
  'WebhookDelivery.log': embedded(10),
};

/** Connection plumbing, whose cost follows from the connection's `first`: no entry needed. */
export const CONNECTION_PLUMBING = {
  /** the type name of a connection and its edge */
  connection: /Connection$/,
  edge: /Edge$/,
  /** a connection's fields */
  items: 'edges',
  count: 'totalCount',
} as const;
