import type { ErrorObject } from 'ajv';

/**
 * One line that names the file, the entry and the field a schema error is about, e.g.
 * `x.json: entries[1] (code 0x2), field "severity": must be equal to one of the allowed values (…)`.
 */
export function describeSchemaError(file: string, data: unknown, errors: ErrorObject[]): string {
  const error = errors.find((e) => e.keyword !== 'if') ?? errors[0];
  if (!error) return `${file}: does not match the catalog schema`;
  const parts = error.instancePath.split('/').slice(1);
  let where = file;
  let fieldPath = parts;
  if (parts[0] === 'entries' && parts[1] !== undefined) {
    const index = Number(parts[1]);
    const entries = (data as { entries?: unknown }).entries;
    const entry = Array.isArray(entries)
      ? (entries[index] as { kind?: string; key?: string } | undefined)
      : undefined;
    where += `: entries[${index}]${entry && entry.kind ? ` (${entry.kind} ${entry.key ?? '?'})` : ''}`;
    fieldPath = parts.slice(2);
  }
  const missing =
    error.keyword === 'required'
      ? (error.params as { missingProperty: string }).missingProperty
      : undefined;
  const field = [...fieldPath, ...(missing ? [missing] : [])].join('.');
  const allowed =
    error.keyword === 'enum'
      ? ` (${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`
      : '';
  const message = missing ? 'is required' : `${error.message ?? 'is invalid'}${allowed}`;
  return `${where}${field ? `, field "${field}"` : ''}: ${message}`;
}
