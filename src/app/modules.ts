/**
 * The composition root's list of domains: each folder's module descriptor (its *.module.ts says
 * what it brings). A new domain is its folder plus one line here; the ORM's entities, the schema's
 * resolvers, the request's loaders, node(id:), the history fields and the bundle format are all built from this list.
 */
import type { ClassType, NonEmptyArray } from 'type-graphql';
import { groupModule } from '../group/group.module.js';
import { topicModule } from '../topic/topic.module.js';
import { sourceModule } from '../source/source.module.js';
import { documentModule } from '../document/document.module.js';
import { meetingModule } from '../meeting/meeting.module.js';
import { outcomeModule } from '../outcome/outcome.module.js';
import { actionItemModule } from '../action-item/action-item.module.js';
import { liaisonModule } from '../liaison/liaison.module.js';
import { reportModule } from '../report/report.module.js';
import { bestPracticeModule } from '../best-practice/best-practice.module.js';
import { followUpModule } from '../follow-up/follow-up.module.js';
import { searchModule } from '../search/search.module.js';
import { apiTokenModule } from '../api-token/api-token.module.js';
import { changeModule } from '../change/change.module.js';
import { webhookModule } from '../webhook/webhook.module.js';
import { liveModule } from '../live/live.module.js';
import { ingestModule } from '../ingest/ingest.module.js';
import { mandateModule } from '../mandate/mandate.module.js';
import { editableFieldsResolver } from '../change/change.resolver.js';
import { NodeResolver } from './node.resolver.js';

export const modules = [
  groupModule,
  topicModule,
  sourceModule,
  documentModule,
  meetingModule,
  outcomeModule,
  actionItemModule,
  liaisonModule,
  reportModule,
  bestPracticeModule,
  followUpModule,
  searchModule,
  apiTokenModule,
  changeModule,
  webhookModule,
  liveModule,
  ingestModule,
  mandateModule,
] as const; // a tuple: each module keeps its own loaders' type (app/context.ts checks them complete)

export const entities = modules.flatMap((m) => m.entities ?? []);

/** the bundle's lists, in the file's order (app/bundle.ts assembles the format from them) */
export const bundleSections = modules.flatMap((m) => (m.bundle ? [m.bundle] : []));

/** every type node(id:) finds, and the history names */
export const nodeTypes = modules.flatMap((m) => m.nodes ?? []);

export const resolvers: NonEmptyArray<ClassType> = [
  NodeResolver,
  ...modules.flatMap((m) => m.resolvers ?? []),
  // version, updatedAt and history(first, after) on every editable type
  ...nodeTypes.flatMap((n) => (n.editable ? [editableFieldsResolver(n.editable, n.typename)] : [])),
];
