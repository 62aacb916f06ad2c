import { createTokenSource } from '../../src/graph/token-source';
import { startTokenServer, type TokenServer } from '../helpers/token-server';

const TENANT = '11111111-2222-4333-8444-555555555555';
const CLIENT = '00000000-0000-4000-8000-00000000000a';
let tokens: TokenServer;
beforeAll(async () => {
  tokens = await startTokenServer();
});
afterAll(() => tokens.close());
beforeEach(() => {
  tokens.tokenRequests.length = 0;
  tokens.refuse = '';
});

describe('Graph tokens through @azure/identity against a loopback identity platform', () => {
  it('gets an app-only token with the client secret, for the Graph scope, from AZURE_AUTHORITY_HOST', async () => {
    const source = createTokenSource(
      {
        enabled: true,
        baseUrl: 'https://graph.microsoft.com',
        auth: {
          kind: 'secret',
          tenantId: TENANT,
          clientId: CLIENT,
          clientSecret: 's3cret',
          authorityHost: tokens.authorityHost,
        },
      },
      { agent: tokens.agent }
    );
    expect(await source()).toBe(`token-for-${CLIENT}`);
    const request = tokens.tokenRequests.find((r) => r.grant_type);
    expect(request).toMatchObject({
      tenant: TENANT,
      grant_type: 'client_credentials',
      client_id: CLIENT,
      client_secret: 's3cret',
      scope: 'https://graph.microsoft.com/.default',
    });
    // A second call is served from @azure/identity's cache.
    const before = tokens.tokenRequests.length;
    await source();
    expect(tokens.tokenRequests.length).toBe(before);
  });

  it('fails (for the permission card) when the identity platform refuses the secret', async () => {
    tokens.refuse = 'invalid_client';
    const source = createTokenSource(
      {
        enabled: true,
        baseUrl: 'https://graph.microsoft.com',
        auth: {
          kind: 'secret',
          tenantId: TENANT,
          clientId: CLIENT,
          clientSecret: 'wrong',
          authorityHost: tokens.authorityHost,
        },
      },
      { agent: tokens.agent }
    );
    await expect(source()).rejects.toThrow();
  });

  it('gets a token for the user-assigned managed identity from the host’s identity endpoint', async () => {
    const saved = { e: process.env.IDENTITY_ENDPOINT, h: process.env.IDENTITY_HEADER };
    process.env.IDENTITY_ENDPOINT = tokens.identityEndpoint;
    process.env.IDENTITY_HEADER = tokens.identityHeader;
    try {
      const source = createTokenSource({
        enabled: true,
        baseUrl: 'https://graph.microsoft.com',
        auth: { kind: 'managedIdentity', tenantId: TENANT, clientId: CLIENT },
      });
      expect(await source()).toBe(`mi-token-for-${CLIENT}`);
      expect(tokens.tokenRequests.find((r) => r.managedIdentity)).toMatchObject({
        header: tokens.identityHeader,
        client_id: CLIENT,
        resource: 'https://graph.microsoft.com',
      });
    } finally {
      if (saved.e === undefined) delete process.env.IDENTITY_ENDPOINT;
      else process.env.IDENTITY_ENDPOINT = saved.e;
      if (saved.h === undefined) delete process.env.IDENTITY_HEADER;
      else process.env.IDENTITY_HEADER = saved.h;
    }
  });

  it('has no token to get in local mode', async () => {
    const source = createTokenSource({
      enabled: true,
      baseUrl: 'http://127.0.0.1:9',
      auth: { kind: 'none' },
    });
    expect(await source()).toBeUndefined();
  });
});
