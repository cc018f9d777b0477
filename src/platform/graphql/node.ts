import { helper, type AnyEntity } from '@mikro-orm/core';
import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * `interface Node { id: ID! }`. Resolvers return entities; an entity's class name is its
 * GraphQL type name, and its `nodeId` getter is the opaque global id the API shows as `id`.
 */
@InterfaceType('Node', {
  description: 'Any object with a global id: `node(id:)` finds it again.',
  resolveType: (value: AnyEntity) => helper(value).__meta.className,
})
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Opaque global id; pass it to `node(id:)`.' })
  nodeId!: string;
}
