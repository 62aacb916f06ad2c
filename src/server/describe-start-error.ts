/**
 * One line that says why start-up failed and what to do, for any error: settings, catalogs and
 * card templates carry their own message; socket errors get a fix; anything else its name and
 * message, never a stack trace.
 */
export function describeStartError(error: unknown, port?: number): string {
  const e = error as { name?: unknown; code?: unknown; message?: unknown } | undefined;
  const message = typeof e?.message === 'string' ? e.message.split('\n')[0] : String(error);
  switch (e?.code) {
    case 'EADDRINUSE':
      return `port ${port ?? '?'} is already in use. Stop the other process or set PORT to a free port.`;
    case 'EACCES':
      return `not allowed to listen on port ${port ?? '?'}. Use a port above 1024 or run with the needed rights.`;
    case 'EADDRNOTAVAIL':
      return `the address to listen on is not available on this machine (${message}).`;
  }
  const name = typeof e?.name === 'string' ? e.name : '';
  if (['ConfigError', 'CatalogError', 'CardTemplateError'].includes(name)) return message;
  return `${name || 'Error'}: ${message}`;
}
