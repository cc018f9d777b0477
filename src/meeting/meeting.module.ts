import { defineModule } from '../platform/graphql/module.js';
import { Meeting } from './meeting.entity.js';
import { createMeetingQueries, type MeetingQueries } from './meeting.queries.js';
import { GroupMeetingsResolver, MeetingMutationResolver, MeetingResolver } from './meeting.resolver.js';
import { MeetingType } from './meeting.type.js';
import { meetingBundle } from './meeting.bundle.js';

declare module '../platform/graphql/context.js' {
  interface Loaders {
    meeting: MeetingQueries;
  }
}

export const meetingModule = defineModule({
  name: 'meeting',
  bundle: meetingBundle,
  entities: [Meeting],
  resolvers: [MeetingResolver, GroupMeetingsResolver, MeetingMutationResolver],
  loaders: (em) => ({ meeting: createMeetingQueries(em) }),
  nodes: [{ typename: 'Meeting', label: 'Meeting', byId: (l) => l.meeting.byId, editable: MeetingType }],
});
