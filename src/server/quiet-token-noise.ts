let installed = false;

/**
 * botbuilder's token validator writes every token it refuses to `console.error`: all the published
 * keys for a bad signature, or the whole error for an expired token. Each refusal is already one
 * turn log line with its reason, so those lines are dropped; anything else still reaches the
 * console. Installed once per process, by the adapter that would cause them.
 */
export function quietTokenNoise(): void {
  if (installed) return;
  installed = true;
  /* eslint-disable no-console -- this function exists to filter the console */
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    const [first] = args;
    if (typeof first === 'string' && first.startsWith('Error finding key for token')) return;
    if (first instanceof Error && first.name === 'TokenExpiredError') return;
    original(...args);
  };
  /* eslint-enable no-console */
}
