import { defaultFieldResolver, getNamedType, isListType, isNonNullType, isObjectType, type GraphQLOutputType, type GraphQLSchema } from 'graphql';
import { currentBudget } from '../database/request-budget.js';

function returnsList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * The request budget holds in GraphQL's own work too: once every row is loaded (the loaders
 * share them across aliases), resolving 15 aliases of a large tree is seconds of work that sends
 * no statement. Each field that returns a list checks the deadline before it resolves, so a
 * stopped request's remaining lists fail at once (statements check it themselves, see
 * request-budget.ts). Lists, not every field: the fan-out is where the work is, and a check per
 * field (Apollo's willResolveField) made Apollo wrap every one of the thousands of fields of an
 * answer, which cost more than the rest of GraphQL's work.
 */
const checked = new WeakSet<GraphQLSchema>();

export function checkDeadlineOnLists(schema: GraphQLSchema): GraphQLSchema {
  // a schema is wrapped once, however many servers a process starts on it (tests do)
  if (checked.has(schema)) return schema;
  checked.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!returnsList(field.type) || getNamedType(field.type).name.startsWith('__')) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        currentBudget()?.check();
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
