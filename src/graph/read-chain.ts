import type { ChainSnapshot, CloudCaStatus, ConnectorStatus } from '../watch/chain-status';

/** What one read of the tenant's chain came to. */
export type ChainReading =
  | {
      ok: true;
      snapshot: ChainSnapshot;
      /** Cloud PKI could not be read for lack of permission (the connectors could). */
      cloudPkiDenied: boolean;
    }
  | {
      ok: false;
      /** `permission`: Graph said 401/403; the card names `permission`. */
      reason: 'permission' | 'throttled' | 'failed';
      status?: number;
      permission?: string;
    };

export interface GraphReaderOptions {
  /** https://graph.microsoft.com, or a loopback test server. */
  baseUrl: string;
  /** A bearer token for Graph, or undefined to call without one (local mode, loopback only). */
  token: () => Promise<string | undefined>;
  fetch?: typeof fetch;
  /** Waits between retries; tests pass a fast one. */
  sleep?: (ms: number) => Promise<void>;
  /** Retries of one page after 429 or 503 (default 3), each after Retry-After (capped at 120 s). */
  maxRetries?: number;
  /** Pages followed through @odata.nextLink (default 50). */
  maxPages?: number;
  /** Per request (default 30 s). */
  timeoutMs?: number;
}

export const CONNECTORS_PERMISSION = 'DeviceManagementConfiguration.Read.All';
export const CLOUD_PKI_PERMISSION = 'DeviceManagementCloudCA.Read.All';
const MAX_PAGE_BYTES = 4 * 1024 * 1024;

class GraphStop extends Error {
  constructor(
    readonly reason: 'permission' | 'throttled' | 'failed' | 'absent',
    readonly status?: number
  ) {
    super(reason);
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 500) : '');

function readConnector(item: Record<string, unknown>): ConnectorStatus | undefined {
  const id = text(item.id);
  if (!id) return undefined;
  return {
    id,
    displayName: text(item.displayName),
    machineName: text(item.machineName),
    state: text(item.state),
    lastConnectionDateTime: text(item.lastConnectionDateTime),
    connectorVersion: text(item.connectorVersion),
    enrolledDateTime: text(item.enrolledDateTime),
  };
}

function readCloudCa(item: Record<string, unknown>): CloudCaStatus | undefined {
  const id = text(item.id);
  if (!id) return undefined;
  return {
    id,
    displayName: text(item.displayName) || text(item.commonName),
    // Graph names it certificationAuthorityStatus; older shapes said status.
    status: text(item.certificationAuthorityStatus) || text(item.status),
    validityEndDateTime: text(item.validityEndDateTime),
  };
}

/**
 * Reads the tenant's certificate connectors (`/beta/deviceManagement/ndesConnectors`) and, where
 * the tenant has it, its Cloud PKI CAs, app-only. Every page is followed through @odata.nextLink
 * (only on the same Graph host, so the token never goes elsewhere); 429 and 503 are retried after
 * Retry-After; 401/403 on the connectors end the read with the permission to grant. Every field is
 * type-checked: what Graph sends is input like any other.
 */
export function createGraphReader(options: GraphReaderOptions): {
  readChain(): Promise<ChainReading>;
} {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const maxRetries = options.maxRetries ?? 3;
  const maxPages = options.maxPages ?? 50;
  const origin = new URL(options.baseUrl).origin;

  async function page(url: string, token: string | undefined): Promise<Record<string, unknown>> {
    for (let attempt = 0; ; attempt++) {
      const response = await doFetch(url, {
        headers: {
          accept: 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
        redirect: 'error',
      });
      if (response.status === 429 || response.status === 503) {
        await response.body?.cancel();
        if (attempt >= maxRetries) throw new GraphStop('throttled', response.status);
        await sleep(retryAfterMs(response.headers.get('retry-after'), attempt));
        continue;
      }
      if (response.status === 401 || response.status === 403) {
        await response.body?.cancel();
        throw new GraphStop('permission', response.status);
      }
      if (response.status === 404 || response.status === 400) {
        await response.body?.cancel();
        throw new GraphStop('absent', response.status);
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new GraphStop('failed', response.status);
      }
      const body = await response.text();
      if (body.length > MAX_PAGE_BYTES) throw new GraphStop('failed', response.status);
      const parsed = JSON.parse(body) as unknown;
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new GraphStop('failed', response.status);
      return parsed as Record<string, unknown>;
    }
  }

  async function listAll(
    path: string,
    token: string | undefined
  ): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let url: string | undefined = `${options.baseUrl}${path}`;
    for (let n = 0; url && n < maxPages; n++) {
      const body = await page(url, token);
      const value = Array.isArray(body.value) ? body.value : [];
      for (const item of value)
        if (typeof item === 'object' && item !== null) items.push(item as Record<string, unknown>);
      const next: unknown = body['@odata.nextLink'];
      url = typeof next === 'string' && sameOrigin(next, origin) ? next : undefined;
    }
    return items;
  }

  return {
    async readChain() {
      let token: string | undefined;
      try {
        token = await options.token();
      } catch {
        return { ok: false, reason: 'permission', permission: CONNECTORS_PERMISSION };
      }
      let connectors: ConnectorStatus[];
      try {
        connectors = (await listAll('/beta/deviceManagement/ndesConnectors', token))
          .map(readConnector)
          .filter((c): c is ConnectorStatus => c !== undefined);
      } catch (error) {
        return failure(error, CONNECTORS_PERMISSION);
      }
      try {
        const cloudCas = (
          await listAll('/beta/deviceManagement/cloudCertificationAuthority', token)
        )
          .map(readCloudCa)
          .filter((c): c is CloudCaStatus => c !== undefined);
        return { ok: true, snapshot: { connectors, cloudCas }, cloudPkiDenied: false };
      } catch (error) {
        // No Cloud PKI in the tenant (or no permission for it): the connector checks still stand.
        const denied = error instanceof GraphStop && error.reason === 'permission';
        if (error instanceof GraphStop && (denied || error.reason === 'absent'))
          return { ok: true, snapshot: { connectors }, cloudPkiDenied: denied };
        return failure(error, CLOUD_PKI_PERMISSION);
      }
    },
  };
}

function failure(error: unknown, permission: string): ChainReading {
  if (error instanceof GraphStop) {
    if (error.reason === 'permission')
      return { ok: false, reason: 'permission', status: error.status, permission };
    return {
      ok: false,
      reason: error.reason === 'throttled' ? 'throttled' : 'failed',
      status: error.status,
    };
  }
  return { ok: false, reason: 'failed' };
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** Retry-After in seconds or as an HTTP date; without one, 2, 4, 8 … seconds. Capped at 120 s. */
export function retryAfterMs(header: string | null, attempt: number): number {
  const fallback = 2000 * 2 ** attempt;
  if (!header) return Math.min(fallback, 120_000);
  const seconds = /^\d{1,6}$/.test(header.trim())
    ? Number(header.trim()) * 1000
    : Date.parse(header) - Date.now();
  return Number.isFinite(seconds)
    ? Math.min(Math.max(seconds, 0), 120_000)
    : Math.min(fallback, 120_000);
}
