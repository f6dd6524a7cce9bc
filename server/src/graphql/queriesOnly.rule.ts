import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses mutations and subscriptions while validating, with a message that says why. The schema
 * has neither, so they could change nothing; but graphql-js 16 lets them through validation, and
 * execution then fails with an error that reads like a fault of ours.
 */
export const QueriesOnlyRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'query') return;
    context.reportError(new GraphQLError(`This API only reads: it has no ${node.operation}s. Send a query.`, { nodes: [node] }));
  },
});
