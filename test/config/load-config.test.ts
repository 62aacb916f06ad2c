import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, isLocalMode, loadConfig } from '../../src/config/load-config';
import { findProjectRoot } from '../../src/files/project-root';

const CREDENTIALS = {
  MicrosoftAppId: '0a1b2c3d-1111-4222-8333-444455556666',
  MicrosoftAppPassword: 'secret',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: '11111111-2222-4333-8444-555555555555',
};

describe('loadConfig', () => {
  it('starts in local mode on loopback with nothing set', () => {
    const config = loadConfig({});
    expect(isLocalMode(config)).toBe(true);
    expect(config).toMatchObject({
      port: 3978,
      host: '127.0.0.1',
      maxBodyBytes: 262144,
      outboundTimeoutMs: 15000,
      requestTimeoutMs: 15000,
      maxConnections: 256,
      openIdMetadataUrl: '',
    });
  });

  it('listens on every interface with credentials, and where HOST says in either mode', () => {
    expect(loadConfig(CREDENTIALS).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ ...CREDENTIALS, HOST: '10.0.0.4' }).host).toBe('10.0.0.4');
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['HOST', { HOST: 'a b' }],
    ['OUTBOUND_TIMEOUT_MS', { OUTBOUND_TIMEOUT_MS: '10' }],
    ['OUTBOUND_TIMEOUT_MS', { OUTBOUND_TIMEOUT_MS: 'soon' }],
    ['MAX_BODY_BYTES', { MAX_BODY_BYTES: '12' }],
    ['REQUEST_TIMEOUT_MS', { REQUEST_TIMEOUT_MS: '5' }],
    ['REQUEST_TIMEOUT_MS', { REQUEST_TIMEOUT_MS: 'never' }],
    ['MAX_CONNECTIONS', { MAX_CONNECTIONS: '0' }],
    ['FILE_HOSTS', { FILE_HOSTS: 'files.example.com:99999' }],
    ['FILE_HOSTS', { FILE_HOSTS: 'files.example.com:' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['ALLOWED_TENANT_IDS', { ALLOWED_TENANT_IDS: 'fabrikam' }],
    [
      'ToBotFromChannelOpenIdMetadataUrl',
      { ToBotFromChannelOpenIdMetadataUrl: 'http://evil.example/' },
    ],
    ['MicrosoftAppId', { ...CREDENTIALS, MicrosoftAppId: 'my-bot' }],
    ['MicrosoftAppPassword', { MicrosoftAppPassword: 'x' }],
  ])('names %s when its value is wrong', (setting, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(setting);
  });

  it('accepts a user-assigned managed identity as Azure spells it (UserAssignedMSI), with no password', () => {
    const msi = {
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppId: CREDENTIALS.MicrosoftAppId,
      MicrosoftAppTenantId: CREDENTIALS.MicrosoftAppTenantId,
    };
    const config = loadConfig(msi);
    expect(isLocalMode(config)).toBe(false);
    // botbuilder compares the type without regard to case; it gets the spelling its docs use.
    expect(config).toMatchObject({ appType: 'UserAssignedMsi', appPassword: '', host: '0.0.0.0' });
    expect(() => loadConfig({ ...msi, MicrosoftAppPassword: 'secret' })).toThrow(
      /MicrosoftAppPassword must be empty/
    );
    expect(() => loadConfig({ ...msi, MicrosoftAppTenantId: '' })).toThrow(
      /MicrosoftAppTenantId is required/
    );
  });

  it('documents in .env.example every setting it reads, and only those', () => {
    const root = findProjectRoot();
    const documented = [
      ...readFileSync(join(root, '.env.example'), 'utf8').matchAll(/^([A-Za-z_]+)=/gm),
    ].map((m) => m[1]);
    const read = ['load-config.ts', 'read-sentinel-config.ts'].flatMap((file) =>
      [
        ...readFileSync(join(root, 'src', 'config', file), 'utf8').matchAll(
          /(?:get\(|whole\(get, |wholeSetting\(get, )'([A-Za-z_]+)'/g
        ),
      ].map((m) => m[1])
    );
    expect([...new Set(documented)].sort()).toEqual([...new Set(read)].sort());
  });
});
