import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses an operation type the schema does not have (subscriptions; mutations until there are
 * some) at validation, as GRAPHQL_VALIDATION_FAILED. graphql 16 has no such rule and would fail
 * at execution with an uncoded error, which would be masked as an internal one.
 */
export const KnownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations.`, { nodes: node }));
    }
  },
});
