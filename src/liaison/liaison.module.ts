import { defineModule } from '../platform/graphql/module.js';
import { Liaison, LiaisonAddressee, LiaisonContact, LiaisonRelation } from './liaison.entity.js';
import { createLiaisonQueries, createLiaisonTemplateQueries, LIAISON_PLAN, type LiaisonQueries, type LiaisonTemplateQueries } from './liaison.queries.js';
import {
  DocumentLiaisonsResolver,
  GroupLiaisonsResolver,
  LiaisonAddresseeResolver,
  LiaisonMutationResolver,
  LiaisonResolver,
  MeetingLiaisonsResolver,
  OutcomeLiaisonsResolver,
  readLiaisonAhead,
} from './liaison.resolver.js';
import { ActionItemLiaisonResolver, LiaisonContactResolver, LiaisonRelationResolver, LiaisonTemplateResolver } from './liaison-template.resolver.js';
import { LiaisonType } from './liaison.type.js';
import { liaisonBundle } from './liaison.bundle.js';

declare module '../platform/graphql/context.js' {
  interface Loaders {
    liaison: LiaisonQueries;
    /** contacts, approval, related liaisons, the action items a liaison fulfils (the ITU template) */
    liaisonTemplate: LiaisonTemplateQueries;
  }
}

export const liaisonModule = defineModule({
  name: 'liaison',
  bundle: liaisonBundle,
  entities: [Liaison, LiaisonAddressee, LiaisonContact, LiaisonRelation],
  resolvers: [
    DocumentLiaisonsResolver,
    LiaisonResolver,
    LiaisonAddresseeResolver,
    OutcomeLiaisonsResolver,
    MeetingLiaisonsResolver,
    GroupLiaisonsResolver,
    LiaisonTemplateResolver,
    LiaisonContactResolver,
    LiaisonRelationResolver,
    ActionItemLiaisonResolver,
    LiaisonMutationResolver,
  ],
  loaders: (em, settings) => ({ liaison: createLiaisonQueries(em, settings.dueSoonDays), liaisonTemplate: createLiaisonTemplateQueries(em) }),
  nodes: [{ typename: 'Liaison', label: 'Liaison', planned: LIAISON_PLAN, byId: (l) => l.liaison.byId, editable: LiaisonType, readAhead: readLiaisonAhead }],
});
