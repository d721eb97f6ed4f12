// Operation limits, checked while the operation is parsed and validated, before any work is planned:
// graphql-armor's validation rules for aliases, depth, directives and cost, graphql's own parser for
// tokens, and our own count of the streamer calls an operation causes (a searchMovies asks every
// streamer it searches). A refusal is coded OPERATION_LIMIT and names the limit (core/errors.ts).
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { Kind, type GraphQLError, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { streamerCallsLimit } from '../core/errors.js';
import type { OperationLimits } from './config.js';

// Reported as a validation error, not thrown: a thrown error would be an internal one.
const reported = { propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] };

/**
 * The streamer calls of an operation's root fields: `searchMovies` and `stats` ask each streamer
 * they cover (those named in a literal `streamers` list, else all), `streamers` asks every streamer
 * for its counts and `whereToWatch` for its matches, any other query field one.
 */
function streamerCalls(selectionSet: SelectionSetNode, context: ValidationContext, streamerCount: number, seen = new Set<string>()): number {
  let calls = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) calls += streamerCalls(selection.selectionSet, context, streamerCount, seen);
    else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      // A fragment that spreads itself is invalid anyway: counting stops there.
      if (fragment && !seen.has(name)) calls += streamerCalls(fragment.selectionSet, context, streamerCount, new Set(seen).add(name));
    } else if (selection.name.value === 'searchMovies' || selection.name.value === 'stats') {
      const named = selection.arguments?.find((argument) => argument.name.value === 'streamers')?.value;
      calls += named?.kind === Kind.LIST ? Math.min(named.values.length, streamerCount) : streamerCount;
    } else if (selection.name.value === 'streamers' || selection.name.value === 'whereToWatch') calls += streamerCount;
    else if (!selection.name.value.startsWith('__')) calls += 1;
  }
  return calls;
}

function maxStreamerCallsRule(max: number, streamerCount: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      if (operation.operation !== 'query') return;
      const calls = streamerCalls(operation.selectionSet, context, streamerCount);
      if (calls > max) context.reportError(streamerCallsLimit(max, calls));
    },
  });
}

export function limitRules(limits: OperationLimits, streamerCount: number) {
  return {
    validationRules: [
      maxAliasesRule({ n: limits.aliases, ...reported }),
      maxDepthRule({ n: limits.depth, ...reported }),
      maxDirectivesRule({ n: limits.directives, ...reported }),
      costLimitRule({ maxCost: limits.cost, ...reported }),
      maxStreamerCallsRule(limits.streamerCalls, streamerCount),
    ],
    parseOptions: { maxTokens: limits.tokens },
  };
}
