import { readFileSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { Agent, createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { findProjectRoot } from '../../src/files/project-root';

const TLS = join(findProjectRoot(), 'test', 'fixtures', 'tls');
/** The fixture certificate's path, for NODE_EXTRA_CA_CERTS in a bot started as its own process. */
export const TEST_CA_PATH = join(TLS, 'loopback-cert.pem');

/**
 * A loopback Microsoft identity platform: the v2.0 OpenID metadata, instance discovery and the token
 * endpoint (client credentials), over https with the fixture certificate as MSAL requires, plus the
 * managed identity endpoint (App Service / Container Apps shape, plain http as on the host).
 */
export interface TokenServer {
  /** For AZURE_AUTHORITY_HOST. */
  authorityHost: string;
  /** For IDENTITY_ENDPOINT (managed identity). */
  identityEndpoint: string;
  identityHeader: string;
  /** An https agent that trusts the fixture certificate. */
  agent: Agent;
  /** Token requests seen: form fields (client credentials) or query (managed identity). */
  tokenRequests: Array<Record<string, string>>;
  /** Refuse client credentials with this OAuth error (e.g. invalid_client); '' to issue tokens. */
  refuse: string;
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

export async function startTokenServer(): Promise<TokenServer> {
  const state = { tokenRequests: [] as Array<Record<string, string>>, refuse: '' };
  let authority = '';
  const json = (res: ServerResponse, status: number, value: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  };
  const https = createHttpsServer(
    {
      cert: readFileSync(join(TLS, 'loopback-cert.pem')),
      key: readFileSync(join(TLS, 'loopback-key.pem')),
    },
    (req, res) => {
      void (async () => {
        const url = new URL(req.url ?? '/', authority);
        const tenant = url.pathname.split('/')[1] ?? 'common';
        if (url.pathname.endsWith('/discovery/instance'))
          return json(res, 200, {
            tenant_discovery_endpoint: `${authority}/${tenant}/v2.0/.well-known/openid-configuration`,
            'api-version': '1.1',
            metadata: [
              { preferred_network: url.host, preferred_cache: url.host, aliases: [url.host] },
            ],
          });
        if (url.pathname.endsWith('/.well-known/openid-configuration'))
          return json(res, 200, {
            token_endpoint: `${authority}/${tenant}/oauth2/v2.0/token`,
            authorization_endpoint: `${authority}/${tenant}/oauth2/v2.0/authorize`,
            issuer: `${authority}/${tenant}/v2.0`,
            jwks_uri: `${authority}/${tenant}/discovery/v2.0/keys`,
            end_session_endpoint: `${authority}/${tenant}/oauth2/v2.0/logout`,
            response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
            token_endpoint_auth_methods_supported: [
              'client_secret_post',
              'private_key_jwt',
              'client_secret_basic',
            ],
            tenant_region_scope: null,
            cloud_instance_name: 'microsoftonline.com',
          });
        if (url.pathname.endsWith('/oauth2/v2.0/token') && req.method === 'POST') {
          const form = Object.fromEntries(new URLSearchParams(await body(req)));
          state.tokenRequests.push({ tenant, ...form });
          if (state.refuse)
            return json(res, 401, {
              error: state.refuse,
              error_description: 'AADSTS7000215: Invalid client secret provided.',
              error_codes: [7000215],
            });
          return json(res, 200, {
            token_type: 'Bearer',
            expires_in: 3599,
            ext_expires_in: 3599,
            access_token: `token-for-${form.client_id}`,
          });
        }
        json(res, 404, { error: 'not_found' });
      })();
    }
  );
  const identityHeader = 'test-identity-header';
  const http = createHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query = Object.fromEntries(url.searchParams);
    state.tokenRequests.push({
      managedIdentity: 'true',
      header: String(req.headers['x-identity-header'] ?? ''),
      ...query,
    });
    if (req.headers['x-identity-header'] !== identityHeader)
      return json(res, 401, { error: 'bad header' });
    json(res, 200, {
      access_token: `mi-token-for-${query.client_id ?? 'system'}`,
      expires_on: String(Math.floor(Date.now() / 1000) + 3600),
      resource: query.resource,
      token_type: 'Bearer',
      client_id: query.client_id,
    });
  });
  await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', () => resolve()));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
  authority = `https://localhost:${(https.address() as AddressInfo).port}`;
  const agent = new Agent({ ca: readFileSync(TEST_CA_PATH), keepAlive: false });
  return Object.assign(state, {
    authorityHost: authority,
    identityEndpoint: `http://127.0.0.1:${(http.address() as AddressInfo).port}/msi/token`,
    identityHeader,
    agent,
    close: async () => {
      agent.destroy();
      await Promise.all([
        new Promise<void>((r) => {
          https.close(() => r());
          https.closeAllConnections();
        }),
        new Promise<void>((r) => {
          http.close(() => r());
          http.closeAllConnections();
        }),
      ]);
    },
  });
}
