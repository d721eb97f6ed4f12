// Operation limits, checked while the operation is parsed and validated, before any work is planned:
// graphql-armor's validation rules for aliases, depth, directives and cost, graphql's own parser for
// tokens. A refusal is coded OPERATION_LIMIT and names the limit (core/errors.ts).
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { OperationLimits } from './config.js';

// Reported as a validation error, not thrown: a thrown error would be an internal one.
const reported = { propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] };

export function limitRules(limits: OperationLimits) {
  return {
    validationRules: [
      maxAliasesRule({ n: limits.aliases, ...reported }),
      maxDepthRule({ n: limits.depth, ...reported }),
      maxDirectivesRule({ n: limits.directives, ...reported }),
      costLimitRule({ maxCost: limits.cost, ...reported }),
    ],
    parseOptions: { maxTokens: limits.tokens },
  };
}
