// The gateway's door: who the caller is (a bearer token, or anonymous), whether a capture's scope is
// there before anything is planned, and the proof it gives subgraphs for each call.
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { anonymous, requireCaptureScope, verifyUserToken, type Identity } from '../core/auth.js';
import { unauthenticated } from '../core/errors.js';
import { streamers } from '../subgraphs/registry.js';
import type { GatewayConfig } from './config.js';

export interface GatewayContext {
  identity: Identity;
}

/** The caller's identity from `Authorization: Bearer <jwt>`; anonymous without one, unless reads need a token. */
export async function identityOf(authorization: string | undefined, config: GatewayConfig): Promise<Identity> {
  if (!authorization) {
    if (config.readsNeedToken) throw unauthenticated('this service needs a bearer token (Authorization: Bearer <token>)');
    return anonymous;
  }
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw unauthenticated('the Authorization header must be "Bearer <token>"');
  return verifyUserToken(config.userTokens, match[1]!);
}

/** The streamer each capture mutation writes to. */
const captureTargets = new Map(streamers.flatMap((s) => [[s.api.captureOne, s.subgraph] as const, [s.api.captureBatch, s.subgraph] as const]));

/** Root field names of a selection set, through fragments. */
function rootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments);
    const fragment = fragments.get(selection.name.value);
    return fragment ? rootFields(fragment.selectionSet, fragments) : [];
  });
}

/** Refuses a capture without its scope before the gateway plans it: nothing reaches a store. */
export const captureScopePlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, document, contextValue }) {
        if (operation?.operation !== 'mutation') return;
        const fragments = new Map(
          document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
        );
        for (const field of rootFields(operation.selectionSet, fragments)) {
          const subgraph = captureTargets.get(field);
          if (subgraph) requireCaptureScope(contextValue.identity, subgraph);
        }
      },
    };
  },
};
