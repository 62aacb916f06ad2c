import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConnectorRelease } from '../watch/chain-status';
import { parseVersion } from '../watch/support-window';
import { findProjectRoot } from './project-root';

/**
 * The connector release history shipped in data/connector-releases.json, checked: every row a
 * dotted version and a real YYYY-MM-DD date, no version twice. A broken file stops start-up.
 */
export function loadConnectorReleases(
  path = join(findProjectRoot(), 'data', 'connector-releases.json')
): ConnectorRelease[] {
  const file = JSON.parse(readFileSync(path, 'utf8')) as { releases?: unknown };
  if (!Array.isArray(file.releases)) throw new Error(`${path}: "releases" must be a list`);
  const seen = new Set<string>();
  return file.releases.map((row: unknown, i) => {
    const r = row as Partial<ConnectorRelease>;
    const day = typeof r.released === 'string' ? r.released : '';
    const valid =
      typeof r.version === 'string' &&
      parseVersion(r.version) !== undefined &&
      /^\d{4}-\d{2}-\d{2}$/.test(day) &&
      new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
    if (!valid || seen.has(r.version as string))
      throw new Error(
        `${path}: release ${i + 1} needs a unique dotted version and a YYYY-MM-DD date`
      );
    seen.add(r.version as string);
    return { version: r.version as string, released: day };
  });
}
