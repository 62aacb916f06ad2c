import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for Microsoft Graph's Intune endpoints, serving the documented shapes:
 * collections as `{ "@odata.context", "value": [...], "@odata.nextLink" }` pages, 429 with
 * Retry-After, and Graph's error body `{ "error": { "code", "message" } }` for 401/403.
 */
export interface GraphServer {
  baseUrl: string;
  connectors: Array<Record<string, unknown>>;
  /** Undefined: the tenant has no Cloud PKI (404). */
  cloudCas?: Array<Record<string, unknown>>;
  pageSize: number;
  /** The next this many requests get 429 with Retry-After: 1. */
  throttle: number;
  /** Answer every request with this status and Graph's error body (401, 403, 500); 0 for normal. */
  failWith: number;
  /** Answer only the Cloud PKI endpoint with this status; 0 for normal. */
  cloudPkiFailWith: number;
  requests: Array<{ path: string; authorization: string }>;
  close(): Promise<void>;
}

export async function startGraphServer(): Promise<GraphServer> {
  const state = {
    connectors: [] as Array<Record<string, unknown>>,
    cloudCas: undefined as Array<Record<string, unknown>> | undefined,
    pageSize: 100,
    throttle: 0,
    failWith: 0,
    cloudPkiFailWith: 0,
    requests: [] as Array<{ path: string; authorization: string }>,
  };
  const server: Server = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url ?? '/', base);
    state.requests.push({
      path: url.pathname + url.search,
      authorization: req.headers.authorization ?? '',
    });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    const error = (status: number) =>
      send(status, {
        error: {
          code:
            status === 401
              ? 'InvalidAuthenticationToken'
              : status === 403
                ? 'Forbidden'
                : 'InternalServerError',
          message: 'stand-in error',
          innerError: {
            date: new Date().toISOString(),
            'request-id': 'r1',
            'client-request-id': 'c1',
          },
        },
      });
    if (state.throttle > 0) {
      state.throttle--;
      return send(
        429,
        { error: { code: 'TooManyRequests', message: 'slow down' } },
        { 'retry-after': '1' }
      );
    }
    if (state.failWith) return error(state.failWith);
    const collection = (name: string, items: Array<Record<string, unknown>>) => {
      const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
      const value = items.slice(skip, skip + state.pageSize);
      const more = skip + state.pageSize < items.length;
      send(200, {
        '@odata.context': `${base}/beta/$metadata#deviceManagement/${name}`,
        value,
        ...(more
          ? {
              '@odata.nextLink': `${base}/beta/deviceManagement/${name}?$skiptoken=${skip + state.pageSize}`,
            }
          : {}),
      });
    };
    if (url.pathname === '/beta/deviceManagement/ndesConnectors')
      return collection('ndesConnectors', state.connectors);
    if (url.pathname === '/beta/deviceManagement/cloudCertificationAuthority') {
      if (state.cloudPkiFailWith) return error(state.cloudPkiFailWith);
      if (!state.cloudCas)
        return send(404, { error: { code: 'ResourceNotFound', message: 'none' } });
      return collection('cloudCertificationAuthority', state.cloudCas);
    }
    send(404, { error: { code: 'BadRequest', message: 'Resource not found for the segment' } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    baseUrl: base,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
}

/** A connector as Graph's ndesConnector resource shows it. */
export function graphConnector(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.ndesConnector',
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    lastConnectionDateTime: new Date().toISOString(),
    state: 'active',
    displayName: 'NDES01',
    machineName: 'NDES01.contoso.com',
    enrolledDateTime: '2026-03-01T10:00:00Z',
    connectorVersion: '6.2510.3.2002',
    roleScopeTagIds: ['0'],
    ...overrides,
  };
}
