import { readSentinelConfig, type SentinelConfig } from './read-sentinel-config';

/** Everything the bot reads from the environment, typed and checked once at start-up. */
export interface Config {
  port: number;
  /** Address to listen on: loopback in local mode unless HOST says otherwise, every interface with credentials. */
  host: string;
  /** Empty in local mode: no Bot Framework authentication (Agents Playground, tests). */
  appId: string;
  appPassword: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMsi';
  tenantId: string;
  catalogDir?: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Tenants whose users get answers; empty means any tenant. */
  allowedTenantIds: string[];
  /** Request bodies above this many bytes are refused with 413. */
  maxBodyBytes: number;
  /** Calls to Teams (replies, updates) give up after this many milliseconds. */
  outboundTimeoutMs: number;
  /** A request's headers and body must have arrived within this many milliseconds (408 otherwise). */
  requestTimeoutMs: number;
  /** Open connections beyond this many are closed as they arrive. */
  maxConnections: number;
  /**
   * Files sent in a 1:1 chat: hosts to download from, size cap, download timeout, how long reading
   * one may take, workers, queue, and the bytes of files held at once.
   */
  files: {
    hosts: string[];
    maxBytes: number;
    timeoutMs: number;
    readMs: number;
    workers: number;
    queue: number;
    /** Bytes of files downloading, waiting and being read, together; past it a file gets "busy". */
    memoryBytes: number;
  };
  /** Where the Bot Framework's signing keys are published; botbuilder's default when empty (national clouds set it). */
  openIdMetadataUrl: string;
  /** The chain sentinel: store, Graph checks, schedule, webhook address. */
  sentinel: SentinelConfig;
}

/** A setting that stops start-up; the message says how to fix it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMsi'] as const;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads and validates the configuration; throws ConfigError naming the setting and the fix. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const get = (key: string) => (env[key] ?? '').trim();

  const portText = get('PORT') || '3978';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 0 || port > 65535) {
    throw new ConfigError(
      `PORT must be a number from 0 to 65535 (got "${portText}"). Set PORT in .env or remove it to use 3978.`
    );
  }

  const appId = get('MicrosoftAppId');
  const appPassword = get('MicrosoftAppPassword');
  const tenantId = get('MicrosoftAppTenantId');
  const appTypeText = get('MicrosoftAppType') || 'MultiTenant';
  const appType = APP_TYPES.find((t) => t.toLowerCase() === appTypeText.toLowerCase());
  if (!appType) {
    throw new ConfigError(
      `MicrosoftAppType must be one of ${APP_TYPES.join(', ')} (got "${appTypeText}"). Use SingleTenant for a new bot registration.`
    );
  }
  if (appId) {
    if (!GUID.test(appId))
      throw new ConfigError(
        `MicrosoftAppId must be the app registration's client id, a GUID (got "${appId}").`
      );
    if (appType !== 'MultiTenant' && !tenantId) {
      throw new ConfigError(
        `MicrosoftAppTenantId is required when MicrosoftAppType is ${appType}. Set it to your Microsoft Entra tenant id.`
      );
    }
    if (tenantId && !GUID.test(tenantId))
      throw new ConfigError(`MicrosoftAppTenantId must be a tenant id GUID (got "${tenantId}").`);
    if (appType === 'UserAssignedMsi' && appPassword) {
      throw new ConfigError(
        'MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMsi: the managed identity needs no secret.'
      );
    }
    if (appType !== 'UserAssignedMsi' && !appPassword) {
      throw new ConfigError(
        `MicrosoftAppPassword is required for MicrosoftAppType ${appType}. Set it to the app registration's client secret.`
      );
    }
  } else if (appPassword) {
    throw new ConfigError(
      'MicrosoftAppPassword is set but MicrosoftAppId is empty. Set both for production, or neither for local use.'
    );
  }

  const level = (get('LOG_LEVEL') || 'info').toLowerCase();
  const logLevel = LOG_LEVELS.find((l) => l === level);
  if (!logLevel)
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${level}").`);

  const allowedTenantIds = get('ALLOWED_TENANT_IDS')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const badTenant = allowedTenantIds.find((t) => !GUID.test(t));
  if (badTenant)
    throw new ConfigError(
      `ALLOWED_TENANT_IDS must be comma-separated tenant id GUIDs (got "${badTenant}").`
    );

  const maxText = get('MAX_BODY_BYTES') || String(256 * 1024);
  const maxBodyBytes = Number(maxText);
  if (!/^\d+$/.test(maxText) || maxBodyBytes < 1024)
    throw new ConfigError(
      `MAX_BODY_BYTES must be a whole number of at least 1024 (got "${maxText}").`
    );

  const timeoutText = get('OUTBOUND_TIMEOUT_MS') || '15000';
  const outboundTimeoutMs = Number(timeoutText);
  if (!/^\d+$/.test(timeoutText) || outboundTimeoutMs < 100 || outboundTimeoutMs > 120_000)
    throw new ConfigError(
      `OUTBOUND_TIMEOUT_MS must be a whole number of milliseconds from 100 to 120000 (got "${timeoutText.slice(0, 60)}").`
    );

  const requestTimeoutMs = whole(get, 'REQUEST_TIMEOUT_MS', 15_000, 100, 120_000);
  const maxConnections = whole(get, 'MAX_CONNECTIONS', 256, 1, 100_000);

  const openIdMetadataUrl = get('ToBotFromChannelOpenIdMetadataUrl');
  if (
    openIdMetadataUrl &&
    !/^https:\/\/|^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(openIdMetadataUrl)
  )
    throw new ConfigError(
      `ToBotFromChannelOpenIdMetadataUrl must be an https:// address (got "${openIdMetadataUrl.slice(0, 60)}").`
    );

  const files = {
    hosts: (get('FILE_HOSTS') || '*.sharepoint.com,*.sharepoint.us,*.sharepoint.cn')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
    maxBytes: whole(get, 'MAX_FILE_BYTES', 25 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    timeoutMs: whole(get, 'FILE_TIMEOUT_MS', 30_000, 1000, 300_000),
    readMs: whole(get, 'FILE_READ_MS', 60_000, 100, 600_000),
    workers: whole(get, 'FILE_WORKERS', 2, 1, 16),
    queue: whole(get, 'FILE_QUEUE', 8, 1, 1000),
    memoryBytes: 0,
  };
  // At least one file of the largest size fits; four by default.
  files.memoryBytes = Math.max(
    files.maxBytes,
    whole(get, 'FILE_MEMORY_BYTES', 4 * files.maxBytes, 1024, 16 * 1024 * 1024 * 1024)
  );
  const badHost = files.hosts.find((h) => {
    const port = /:(\d{1,5})$/.exec(h);
    const name = port ? h.slice(0, port.index) : h;
    return (
      !/^(\*\.)?[a-z0-9.-]{1,253}$/.test(name) ||
      (port && !(Number(port[1]) > 0 && Number(port[1]) < 65536))
    );
  });
  if (badHost)
    throw new ConfigError(
      `FILE_HOSTS must be comma-separated host names, optionally starting with *. and ending with :port for a port other than 443 (got "${badHost.slice(0, 60)}").`
    );

  const hostText = get('HOST') || (appId ? '0.0.0.0' : '127.0.0.1');
  if (!/^[A-Za-z0-9.:-]{1,253}$/.test(hostText)) {
    throw new ConfigError(
      `HOST must be an address or host name to listen on, such as 127.0.0.1 or 0.0.0.0 (got "${hostText.slice(0, 60)}").`
    );
  }

  const sentinel = readSentinelConfig(get, { appId, appPassword, appType, tenantId }, (message) => {
    throw new ConfigError(message);
  });

  return {
    port,
    host: hostText,
    appId,
    appPassword,
    appType,
    tenantId,
    catalogDir: get('CATALOG_DIR') || undefined,
    logLevel,
    allowedTenantIds: allowedTenantIds.map((t) => t.toLowerCase()),
    maxBodyBytes,
    outboundTimeoutMs,
    requestTimeoutMs,
    maxConnections,
    openIdMetadataUrl,
    files,
    sentinel,
  };
}

/** True when no bot identity is configured: requests are not authenticated. */
export function isLocalMode(config: Config): boolean {
  return config.appId === '';
}

/** A whole-number setting within [min, max], or its default when unset. */
function whole(
  get: (key: string) => string,
  key: string,
  fallback: number,
  min: number,
  max: number
): number {
  const text = get(key);
  if (!text) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max)
    throw new ConfigError(
      `${key} must be a whole number from ${min} to ${max} (got "${text.slice(0, 60)}").`
    );
  return value;
}
