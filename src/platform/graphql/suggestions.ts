import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

const SUGGESTION = ' Did you mean ';

/**
 * Takes graphql's "Did you mean …?" off validation errors: it spells out the schema to a scanner.
 * Apollo's own `hideSchemaDetailsFromClientErrors` does this with a backtracking regular
 * expression that stalled the server on the long messages of hostile documents (the fuzz test's
 * eight concurrent clients got their connections reset); graphql appends the suggestion last,
 * so cutting at its last occurrence is enough, in linear time.
 */
export function hideFieldSuggestionsPlugin<T extends BaseContext>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async validationDidStart() {
          return async (errors) => {
            for (const error of errors ?? []) {
              const at = error.message.lastIndexOf(SUGGESTION);
              if (at >= 0 && error.message.endsWith('?')) error.message = error.message.slice(0, at);
            }
          };
        },
      };
    },
  };
}
