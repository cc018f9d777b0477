import { Field, ID, InputType, Int } from 'type-graphql';

/**
 * An edit of one existing object: which one, and the version the edit was made from (optimistic locking).
 * Its fields are inherited by the inputs that extend it.
 */
@InputType('VersionedInput')
export abstract class VersionedInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version the change was made from; a stale one is refused with CONFLICT.' })
  version!: number;
}
