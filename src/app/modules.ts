/**
 * The composition root: every domain's entities and resolvers, in one list each.
 * A new domain folder is wired in here and nowhere else.
 */
import type { NonEmptyArray } from 'type-graphql';
import { Group } from '../group/group.entity.js';
import { GroupResolver } from '../group/group.resolver.js';
import { Topic } from '../topic/topic.entity.js';
import { TopicMutationResolver, TopicResolver } from '../topic/topic.resolver.js';
import { Source } from '../source/source.entity.js';
import { SourceResolver } from '../source/source.resolver.js';
import { Document } from '../document/document.entity.js';
import { DocumentExcerptResolver, DocumentMutationResolver, DocumentResolver, MeetingDocumentsResolver } from '../document/document.resolver.js';
import { Meeting } from '../meeting/meeting.entity.js';
import { GroupMeetingsResolver, MeetingMutationResolver, MeetingResolver } from '../meeting/meeting.resolver.js';
import { Outcome } from '../outcome/outcome.entity.js';
import { MeetingOutcomesResolver, OutcomeMutationResolver, OutcomeResolver } from '../outcome/outcome.resolver.js';
import { ActionItem } from '../action-item/action-item.entity.js';
import {
  ActionItemMutationResolver,
  ActionItemResolver,
  GroupActionItemsResolver,
  OutcomeActionItemsResolver,
} from '../action-item/action-item.resolver.js';
import { Liaison, LiaisonAddressee, LiaisonContact, LiaisonRelation } from '../liaison/liaison.entity.js';
import {
  DocumentLiaisonsResolver,
  GroupLiaisonsResolver,
  LiaisonAddresseeResolver,
  LiaisonMutationResolver,
  LiaisonResolver,
  MeetingLiaisonsResolver,
  OutcomeLiaisonsResolver,
} from '../liaison/liaison.resolver.js';
import {
  ActionItemLiaisonResolver,
  LiaisonContactResolver,
  LiaisonRelationResolver,
  LiaisonTemplateResolver,
} from '../liaison/liaison-template.resolver.js';
import { Milestone, Report } from '../report/report.entity.js';
import { GroupReportsResolver, MilestoneResolver, ReportMutationResolver, ReportResolver } from '../report/report.resolver.js';
import { BestPractice } from '../practice/best-practice.entity.js';
import { SearchResolver } from '../search/search.resolver.js';
import { BestPracticeMutationResolver, BestPracticeResolver, DocumentBestPracticesResolver } from '../practice/best-practice.resolver.js';
import { ApiToken } from '../auth/api-token.entity.js';
import { ApiTokenResolver } from '../auth/api-token.resolver.js';
import { Change } from '../history/change.entity.js';
import { ChangeResolver, editableFieldsResolvers } from '../history/change.resolver.js';
import { Webhook } from '../webhook/webhook.entity.js';
import { WebhookResolver } from '../webhook/webhook.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { IngestResolver } from '../ingest/ingest.resolver.js';
import { GroupFollowUpEntryResolver, GroupFollowUpResolver } from '../follow-up/follow-up.resolver.js';

export const entities = [
  Group, Topic, Source, Document, Meeting, Outcome, ActionItem, Liaison, LiaisonAddressee, LiaisonContact, LiaisonRelation, Report, Milestone, BestPractice,
  ApiToken, Change, Webhook,
];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  IngestResolver,
  GroupResolver,
  GroupFollowUpEntryResolver,
  GroupFollowUpResolver,
  DocumentExcerptResolver,
  DocumentLiaisonsResolver,
  DocumentBestPracticesResolver,
  TopicResolver,
  SourceResolver,
  DocumentResolver,
  MeetingDocumentsResolver,
  MeetingResolver,
  GroupMeetingsResolver,
  OutcomeResolver,
  MeetingOutcomesResolver,
  ActionItemResolver,
  OutcomeActionItemsResolver,
  GroupActionItemsResolver,
  LiaisonResolver,
  LiaisonAddresseeResolver,
  OutcomeLiaisonsResolver,
  MeetingLiaisonsResolver,
  GroupLiaisonsResolver,
  LiaisonTemplateResolver,
  LiaisonContactResolver,
  LiaisonRelationResolver,
  ActionItemLiaisonResolver,
  ReportResolver,
  MilestoneResolver,
  GroupReportsResolver,
  BestPracticeResolver,
  SearchResolver,
  // writes (authenticated, validated, recorded): one mutation resolver per domain
  TopicMutationResolver,
  DocumentMutationResolver,
  MeetingMutationResolver,
  OutcomeMutationResolver,
  ActionItemMutationResolver,
  LiaisonMutationResolver,
  ReportMutationResolver,
  BestPracticeMutationResolver,
  ApiTokenResolver,
  WebhookResolver,
  // history: version, updatedAt and history(first, after) on every editable type, and the changes feed
  ChangeResolver,
  ...editableFieldsResolvers,
];
