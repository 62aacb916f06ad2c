import { ConfigError, loadConfig } from '../../src/config/load-config';

const APP = {
  MicrosoftAppId: '00000000-0000-4000-8000-00000000000a',
  MicrosoftAppPassword: 's3cret',
};
const TENANT = '11111111-2222-4333-8444-555555555555';

describe('sentinel settings', () => {
  it('with nothing configured: the file store under .data/, no Graph, documented defaults', () => {
    const { sentinel } = loadConfig({});
    expect(sentinel).toEqual({
      storage: { kind: 'file', path: '.data/' },
      graph: { enabled: false },
      pollSeconds: 300,
      staleMinutes: 60,
      digestHour: 9,
      publicBaseUrl: '',
    });
  });

  it.each<[string, Record<string, string>, unknown]>([
    [
      'STORAGE_PATH',
      { STORAGE_PATH: '/var/lib/decoder' },
      { kind: 'file', path: '/var/lib/decoder' },
    ],
    [
      'a connection string',
      { STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true', STORAGE_TABLE: 'alerts2' },
      { kind: 'table', table: 'alerts2', connectionString: 'UseDevelopmentStorage=true' },
    ],
    [
      'an account URL with the bot’s user-assigned identity',
      {
        ...APP,
        MicrosoftAppPassword: '',
        MicrosoftAppType: 'UserAssignedMsi',
        MicrosoftAppTenantId: TENANT,
        STORAGE_ACCOUNT_URL: 'https://contoso.table.core.windows.net/',
      },
      {
        kind: 'table',
        table: 'sentinel',
        accountUrl: 'https://contoso.table.core.windows.net',
        managedIdentityClientId: APP.MicrosoftAppId,
      },
    ],
  ])('storage from %s', (_name, env, storage) => {
    expect(loadConfig(env).sentinel.storage).toEqual(storage);
  });

  it.each<[string, Record<string, string>, unknown]>([
    [
      'a loopback Graph in local mode: no token',
      { GRAPH_BASE_URL: 'http://127.0.0.1:4100/' },
      { enabled: true, baseUrl: 'http://127.0.0.1:4100', auth: { kind: 'none' } },
    ],
    [
      'the app registration’s secret, tenant from GRAPH_TENANT_ID, public Graph by default',
      { ...APP, GRAPH_TENANT_ID: TENANT },
      {
        enabled: true,
        baseUrl: 'https://graph.microsoft.com',
        auth: {
          kind: 'secret',
          tenantId: TENANT,
          clientId: APP.MicrosoftAppId,
          clientSecret: 's3cret',
          authorityHost: undefined,
        },
      },
    ],
    [
      'a managed identity and a national cloud',
      {
        ...APP,
        MicrosoftAppPassword: '',
        MicrosoftAppType: 'UserAssignedMsi',
        MicrosoftAppTenantId: TENANT,
        GRAPH_BASE_URL: 'https://graph.microsoft.us',
        AZURE_AUTHORITY_HOST: 'https://login.microsoftonline.us',
      },
      {
        enabled: true,
        baseUrl: 'https://graph.microsoft.us',
        auth: {
          kind: 'managedIdentity',
          tenantId: TENANT,
          clientId: APP.MicrosoftAppId,
          authorityHost: 'https://login.microsoftonline.us',
        },
      },
    ],
  ])('Graph from %s', (_name, env, graph) => {
    expect(loadConfig(env).sentinel.graph).toEqual(graph);
  });

  it.each<[Record<string, string>, RegExp]>([
    [{ GRAPH_BASE_URL: 'https://graph.microsoft.com' }, /needs credentials.*MicrosoftAppId/],
    [{ GRAPH_TENANT_ID: TENANT }, /needs credentials/],
    [{ ...APP, GRAPH_BASE_URL: 'https://graph.microsoft.com' }, /GRAPH_TENANT_ID is required/],
    [{ GRAPH_BASE_URL: 'ftp://graph' }, /GRAPH_BASE_URL must be an https/],
    [{ GRAPH_BASE_URL: 'https://graph.microsoft.com/beta' }, /without a path/],
    [{ GRAPH_TENANT_ID: 'contoso' }, /GRAPH_TENANT_ID must be the tenant id GUID/],
    [{ AZURE_AUTHORITY_HOST: 'http://login.example' }, /AZURE_AUTHORITY_HOST must be an https/],
    [{ STORAGE_TABLE: 'no-dashes' }, /STORAGE_TABLE must be 3 to 63 letters/],
    [{ STORAGE_CONNECTION_STRING: 'hello' }, /STORAGE_CONNECTION_STRING must be/],
    [
      {
        STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
        STORAGE_ACCOUNT_URL: 'https://a.table.core.windows.net',
      },
      /not both/,
    ],
    [
      { STORAGE_ACCOUNT_URL: 'https://a.table.core.windows.net' },
      /managed identity: set MicrosoftAppId/,
    ],
    [{ STORAGE_ACCOUNT_URL: 'http://a.example' }, /STORAGE_ACCOUNT_URL must be/],
    [
      { ...APP, GRAPH_TENANT_ID: TENANT, SENTINEL_POLL_SECONDS: '5' },
      /SENTINEL_POLL_SECONDS must be a whole number from 10/,
    ],
    [{ SENTINEL_POLL_SECONDS: '0' }, /SENTINEL_POLL_SECONDS must be a whole number from 1 /],
    [{ SENTINEL_STALE_MINUTES: 'soon' }, /SENTINEL_STALE_MINUTES must be a whole number/],
    [{ SENTINEL_DIGEST_HOUR: '24' }, /SENTINEL_DIGEST_HOUR must be a whole number from 0 to 23/],
    [
      { ...APP, PUBLIC_BASE_URL: 'http://bot.contoso.com' },
      /PUBLIC_BASE_URL must be the bot's public https/,
    ],
    [{ PUBLIC_BASE_URL: 'javascript:alert(1)' }, /PUBLIC_BASE_URL must be/],
  ])('refuses %p with a sentence that says what to set', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('accepts a loopback PUBLIC_BASE_URL in local mode and an https one anywhere', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'http://localhost:3978/' }).sentinel.publicBaseUrl).toBe(
      'http://localhost:3978'
    );
    expect(
      loadConfig({ ...APP, PUBLIC_BASE_URL: 'https://bot.contoso.com' }).sentinel.publicBaseUrl
    ).toBe('https://bot.contoso.com');
  });
});
