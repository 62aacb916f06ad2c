import type { RequestHandler } from 'restify';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** True when the server listens only on this machine (the local-mode default). */
export function listensOnLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || /^127\./.test(host);
}

/**
 * Refuses (421) a request whose Host header names anything but this machine. A server bound to
 * loopback is still reachable from a web page whose own name was rebound to 127.0.0.1 (DNS
 * rebinding); such a page's requests carry its name, not localhost.
 */
export function loopbackHostOnly(onRefused: () => void): RequestHandler {
  return (req, res, next) => {
    const header = String(req.headers.host ?? '').toLowerCase();
    const name = header.startsWith('[')
      ? header.slice(0, header.indexOf(']') + 1)
      : header.split(':')[0];
    if (LOOPBACK_NAMES.has(name) || /^127(?:\.\d{1,3}){3}$/.test(name)) return next();
    res.setHeader('connection', 'close');
    res.send(421, { error: 'this server answers only requests addressed to localhost' });
    onRefused();
    return next(false);
  };
}
