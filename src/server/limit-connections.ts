import type { Server } from 'node:http';

/** Headers alone never get longer than this, whatever the request timeout. */
const MAX_HEADERS_MS = 10_000;

export interface ConnectionLimits {
  /** Headers and body of one request must have arrived within this many milliseconds. */
  requestTimeoutMs: number;
  /** Connections beyond this many are closed as they arrive. */
  maxConnections: number;
}

/**
 * Bounds what slow or numerous clients can hold: a request whose headers (at most 10 s) or whole
 * body have not arrived in time is answered 408 and its connection closed, and connections past the
 * cap are closed at once. Node checks the deadlines every `connectionsCheckingInterval` (30 s by
 * default), which is read when the server starts listening: so this must run before listen().
 */
export function limitConnections(server: Server, limits: ConnectionLimits): void {
  server.requestTimeout = limits.requestTimeoutMs;
  server.headersTimeout = Math.min(MAX_HEADERS_MS, limits.requestTimeoutMs);
  // A constructor option in Node's types, but read as a property on 'listening' (restify makes the server).
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval =
    Math.max(25, Math.min(1000, Math.floor(limits.requestTimeoutMs / 4)));
  server.maxConnections = limits.maxConnections;
}
