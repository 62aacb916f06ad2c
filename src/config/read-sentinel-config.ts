/**
 * The sentinel's settings: where its state lives, which Graph it reads and how it gets tokens, how
 * often it looks, and the address its alert webhooks are published at. Read once at start-up with
 * the bot's identity, so a missing piece stops start-up with a sentence that says what to set.
 */
export interface SentinelConfig {
  storage: StorageConfig;
  graph: GraphConfig;
  /** Seconds between Graph checks (default 300; at least 10 with credentials, 1 in local mode). */
  pollSeconds: number;
  /** A connector that has not connected for this many minutes is stale (default 60). */
  staleMinutes: number;
  /** Hour (0–23, in each subscription's time zone) of the daily digest (default 9). */
  digestHour: number;
  /** The bot's public address, for webhook addresses on cards; empty in local mode means http://localhost:PORT. */
  publicBaseUrl: string;
}

export type StorageConfig =
  | { kind: 'file'; path: string }
  | { kind: 'table'; table: string; connectionString: string }
  | { kind: 'table'; table: string; accountUrl: string; managedIdentityClientId?: string };

export type GraphConfig =
  | { enabled: false }
  | {
      enabled: true;
      baseUrl: string;
      /** How tokens are got: none (local mode against a loopback Graph only), a client secret, a managed identity. */
      auth:
        | { kind: 'none' }
        | {
            kind: 'secret';
            tenantId: string;
            clientId: string;
            clientSecret: string;
            authorityHost?: string;
          }
        | { kind: 'managedIdentity'; tenantId: string; clientId: string; authorityHost?: string };
    };

/** The bot identity the sentinel reuses for Graph (its own app registration or managed identity). */
export interface BotIdentity {
  appId: string;
  appPassword: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMsi';
  tenantId: string;
}

type Fail = (message: string) => never;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOOPBACK_URL = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d{1,5})?(\/|$)/i;
/** Table names: 3–63 letters and digits, starting with a letter (Azure Table service rules). */
const TABLE_NAME = /^[A-Za-z][A-Za-z0-9]{2,62}$/;

/** True for an http address on this machine (local mode may call it without a token). */
export function isLoopbackUrl(url: string): boolean {
  return LOOPBACK_URL.test(url);
}

/** Reads the sentinel's settings; `fail` throws the caller's ConfigError with the message. */
export function readSentinelConfig(
  get: (key: string) => string,
  bot: BotIdentity,
  fail: Fail
): SentinelConfig {
  return {
    storage: readStorage(get, bot, fail),
    graph: readGraph(get, bot, fail),
    // Local mode (a loopback Graph, the tests) may poll every second; a real tenant every 10 s at most.
    pollSeconds: wholeSetting(get, 'SENTINEL_POLL_SECONDS', 300, bot.appId ? 10 : 1, 86_400, fail),
    staleMinutes: wholeSetting(get, 'SENTINEL_STALE_MINUTES', 60, 5, 10_080, fail),
    digestHour: wholeSetting(get, 'SENTINEL_DIGEST_HOUR', 9, 0, 23, fail),
    publicBaseUrl: readPublicBaseUrl(get, bot, fail),
  };
}

function readStorage(get: (key: string) => string, bot: BotIdentity, fail: Fail): StorageConfig {
  const connectionString = get('STORAGE_CONNECTION_STRING');
  const accountUrl = get('STORAGE_ACCOUNT_URL');
  const table = get('STORAGE_TABLE') || 'sentinel';
  if (!TABLE_NAME.test(table))
    fail(
      `STORAGE_TABLE must be 3 to 63 letters and digits, starting with a letter (got "${table.slice(0, 60)}").`
    );
  if (connectionString && accountUrl)
    fail(
      'Set STORAGE_CONNECTION_STRING or STORAGE_ACCOUNT_URL, not both: the account URL is for a managed identity.'
    );
  if (connectionString) {
    if (!/(^|;)\s*(AccountName|TableEndpoint|UseDevelopmentStorage)\s*=/i.test(connectionString))
      fail(
        'STORAGE_CONNECTION_STRING must be a storage account connection string (AccountName=…;AccountKey=…, or UseDevelopmentStorage=true).'
      );
    return { kind: 'table', table, connectionString };
  }
  if (accountUrl) {
    if (!/^https:\/\/[A-Za-z0-9.-]+(:\d{1,5})?\/?$/.test(accountUrl) && !isLoopbackUrl(accountUrl))
      fail(
        `STORAGE_ACCOUNT_URL must be the account's table endpoint, https://<account>.table.core.windows.net (got "${accountUrl.slice(0, 60)}").`
      );
    if (!bot.appId)
      fail(
        'STORAGE_ACCOUNT_URL signs in with the bot’s managed identity: set MicrosoftAppId (and MicrosoftAppType=UserAssignedMsi), or use STORAGE_CONNECTION_STRING.'
      );
    return {
      kind: 'table',
      table,
      accountUrl: accountUrl.replace(/\/$/, ''),
      managedIdentityClientId: bot.appType === 'UserAssignedMsi' ? bot.appId : undefined,
    };
  }
  const path = get('STORAGE_PATH') || '.data/';
  if (/\0/.test(path)) fail('STORAGE_PATH must be a folder path.');
  return { kind: 'file', path };
}

function readGraph(get: (key: string) => string, bot: BotIdentity, fail: Fail): GraphConfig {
  const baseText = get('GRAPH_BASE_URL');
  const graphTenant = get('GRAPH_TENANT_ID');
  const authorityHost = get('AZURE_AUTHORITY_HOST') || undefined;
  if (authorityHost && !/^https:\/\/[A-Za-z0-9.-]+(:\d{1,5})?\/?$/.test(authorityHost))
    fail(
      `AZURE_AUTHORITY_HOST must be an https:// address such as https://login.microsoftonline.us (got "${authorityHost.slice(0, 60)}").`
    );
  // Nothing said about Graph: no checks, and `health` says what to set.
  if (!baseText && !graphTenant) return { enabled: false };
  const baseUrl = (baseText || 'https://graph.microsoft.com').replace(/\/+$/, '');
  if (!/^https:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/.test(baseUrl) && !isLoopbackUrl(baseUrl))
    fail(
      `GRAPH_BASE_URL must be an https:// address such as https://graph.microsoft.com, without a path (got "${baseUrl.slice(0, 60)}").`
    );
  if (graphTenant && !GUID.test(graphTenant))
    fail(`GRAPH_TENANT_ID must be the tenant id GUID to read (got "${graphTenant.slice(0, 60)}").`);
  if (!bot.appId) {
    if (!isLoopbackUrl(baseUrl))
      fail(
        `GRAPH_BASE_URL ${baseUrl.slice(0, 60)} needs credentials: set MicrosoftAppId and its secret or managed identity, or point GRAPH_BASE_URL at a loopback test server.`
      );
    return { enabled: true, baseUrl, auth: { kind: 'none' } };
  }
  const tenantId = graphTenant || bot.tenantId;
  if (!tenantId)
    fail(
      'GRAPH_TENANT_ID is required for the Graph checks with a MultiTenant bot: set it to the tenant whose connectors to read.'
    );
  if (bot.appType === 'UserAssignedMsi')
    return {
      enabled: true,
      baseUrl,
      auth: { kind: 'managedIdentity', tenantId, clientId: bot.appId, authorityHost },
    };
  return {
    enabled: true,
    baseUrl,
    auth: {
      kind: 'secret',
      tenantId,
      clientId: bot.appId,
      clientSecret: bot.appPassword,
      authorityHost,
    },
  };
}

function readPublicBaseUrl(get: (key: string) => string, bot: BotIdentity, fail: Fail): string {
  const text = get('PUBLIC_BASE_URL').replace(/\/+$/, '');
  if (!text) return '';
  if (!/^https:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[A-Za-z0-9._~/-]*)?$/.test(text)) {
    if (bot.appId || !isLoopbackUrl(text))
      fail(
        `PUBLIC_BASE_URL must be the bot's public https:// address, such as https://bot.contoso.com (got "${text.slice(0, 60)}").`
      );
  }
  return text;
}

function wholeSetting(
  get: (key: string) => string,
  key: string,
  fallback: number,
  min: number,
  max: number,
  fail: Fail
): number {
  const text = get(key);
  if (!text) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max)
    fail(`${key} must be a whole number from ${min} to ${max} (got "${text.slice(0, 60)}").`);
  return value;
}
