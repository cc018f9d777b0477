import { typenameOf } from '../database/rows.js';
import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * `interface Node { id: ID! }`. Resolvers return rows (their `__typename` and `nodeId`) or, from
 * writes, entities (an entity's class name is its GraphQL type name, its `nodeId` getter the global id).
 */
@InterfaceType('Node', {
  description: 'Any object with a global id: `node(id:)` finds it again.',
  resolveType: (value: object) => typenameOf(value),
})
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Opaque global id; pass it to `node(id:)`.' })
  nodeId!: string;
}
