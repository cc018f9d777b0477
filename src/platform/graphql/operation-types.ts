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

/**
 * Subscriptions are served over WebSocket (graphql-ws) on /graphql (platform/server/subscriptions.ts);
 * sent over HTTP one is refused at validation (GRAPHQL_VALIDATION_FAILED) instead of answered once.
 */
export const NoHttpSubscriptionsRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') {
      context.reportError(
        new GraphQLError('Subscriptions are served over WebSocket on /graphql (graphql-ws, subprotocol graphql-transport-ws), not over HTTP.', { nodes: node }),
      );
    }
  },
});
