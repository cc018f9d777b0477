import { Extensions, Field, ObjectType } from 'type-graphql';
import { read } from '../platform/graphql/cost-estimates.js';
import { ChangeType } from '../change/change.type.js';
import { LiaisonType } from '../liaison/liaison.type.js';
import { ActionItemType } from '../action-item/action-item.type.js';
import type { ChangeRow } from '../change/change.queries.js';

@ObjectType('LiaisonEvent', { description: 'A liaison was recorded or changed: the recorded change, and the liaison as it is now.' })
export class LiaisonEventType {
  @Field(() => ChangeType, { description: 'What happened: the action (CREATE, UPDATE, STATUS, TAG), the changed fields before and after, who and when.' })
  @Extensions({ cost: read() }) // each event is one read of what changed: its Change, and the liaison or item
  change!: ChangeRow;

  @Field(() => LiaisonType, { nullable: true, description: 'The liaison as it is now (null if it can no longer be read).' })
  @Extensions({ cost: read() })
  liaison!: object | null;
}

@ObjectType('ActionItemEvent', { description: 'An action item was added or changed (status, assignee, due date, …): the recorded change, and the item as it is now.' })
export class ActionItemEventType {
  @Field(() => ChangeType, { description: 'What happened: the action, the changed fields before and after, who and when.' })
  @Extensions({ cost: read() }) // each event is one read of what changed: its Change, and the liaison or item
  change!: ChangeRow;

  @Field(() => ActionItemType, { nullable: true, description: 'The action item as it is now (null if it can no longer be read).' })
  @Extensions({ cost: read() })
  actionItem!: object | null;
}
