import type { Agent } from 'node:https';
import {
  ClientSecretCredential,
  ManagedIdentityCredential,
  type TokenCredential,
} from '@azure/identity';
import type { GraphConfig } from '../config/read-sentinel-config';

type EnabledGraph = Extract<GraphConfig, { enabled: true }>;

export interface TokenSourceDeps {
  /** An https agent for token requests (tests trust their own certificate with it). */
  agent?: Agent;
}

/**
 * Tokens for Graph, app-only, through @azure/identity: the bot's app registration (client
 * credentials) or its managed identity; AZURE_AUTHORITY_HOST picks the cloud. No credentials (local
 * mode, loopback Graph only): no token. @azure/identity caches tokens and renews them before expiry.
 */
export function createTokenSource(
  graph: EnabledGraph,
  deps: TokenSourceDeps = {}
): () => Promise<string | undefined> {
  const auth = graph.auth;
  if (auth.kind === 'none') return async () => undefined;
  const additionalPolicies = deps.agent
    ? [
        {
          position: 'perCall' as const,
          policy: {
            name: 'testAgent',
            sendRequest: (request: { agent?: unknown }, next: (r: never) => Promise<never>) => {
              request.agent = deps.agent;
              return next(request as never);
            },
          },
        },
      ]
    : undefined;
  const common = {
    authorityHost: auth.authorityHost,
    // A named authority is trusted as given: no instance discovery call to the public cloud.
    disableInstanceDiscovery: auth.authorityHost !== undefined,
    additionalPolicies: additionalPolicies as never,
  };
  const credential: TokenCredential =
    auth.kind === 'secret'
      ? new ClientSecretCredential(auth.tenantId, auth.clientId, auth.clientSecret, common)
      : new ManagedIdentityCredential({ clientId: auth.clientId, ...common });
  const scope = `${graph.baseUrl}/.default`;
  return async () => {
    const token = await credential.getToken(scope);
    if (!token?.token) throw new Error('no token');
    return token.token;
  };
}
