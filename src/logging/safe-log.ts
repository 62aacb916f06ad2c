/** Longest value from a request that a log line keeps. */
const MAX_LOGGED = 64;

/**
 * A value from a request as a log line may keep it: strings cut to 64 characters and reduced to
 * letters, digits and `.:_@/-` (anything else becomes `_`), numbers and booleans as they are,
 * anything else as its type. Nothing a user typed can reach a log unbounded or unescaped.
 */
export function safeLogValue(value: unknown): string | number | boolean | null {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value !== 'string')
    return value === undefined || value === null ? null : `<${typeof value}>`;
  return value.slice(0, MAX_LOGGED).replace(/[^A-Za-z0-9.:_@/-]/g, '_');
}
