import type { ConnectorRelease } from './chain-status';

/** Months a release stays supported after the next release ships. */
const SUPPORT_MONTHS = 6;
/** Months an unsupported release may keep working after the next release ships. */
const WORKS_MONTHS = 18;

export type SupportVerdict =
  /** The newest release, or newer than any we know: nothing to say. */
  | { kind: 'current'; latest: string }
  /** A newer release shipped; support ends six months later. */
  | {
      kind: 'superseded';
      latest: string;
      nextReleased: string;
      supportEnds: string;
      worksUntil: string;
    }
  | {
      kind: 'out-of-support';
      latest: string;
      nextReleased: string;
      supportEnded: string;
      worksUntil: string;
    }
  /** Not a version number we can compare. */
  | { kind: 'unknown' };

/** Compares dotted version numbers part by part (6.2406.0.1001 < 6.2510.3.2002). */
export function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function parseVersion(text: string): number[] | undefined {
  const t = text.trim();
  if (!/^\d{1,9}(\.\d{1,9}){1,3}$/.test(t)) return undefined;
  return t.split('.').map(Number);
}

/** YYYY-MM-DD plus whole months (the same day of the month, as the release notes count). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + months, d));
  return date.toISOString().slice(0, 10);
}

/**
 * Where a connector version stands by the release history: each release is supported for six
 * months after the next one ships, and may keep working up to 18 months after it. The next
 * release of a version is the first release with a higher number, so a version missing from the
 * history (a private build) is judged by the release that followed it.
 */
export function judgeVersion(
  version: string,
  releases: readonly ConnectorRelease[],
  today: string
): SupportVerdict {
  const parsed = parseVersion(version);
  if (!parsed || releases.length === 0) return { kind: 'unknown' };
  const sorted = releases
    .map((r) => ({ ...r, parts: parseVersion(r.version) as number[] }))
    .sort((a, b) => compareVersions(a.parts, b.parts));
  const latest = sorted[sorted.length - 1].version;
  const next = sorted.find((r) => compareVersions(r.parts, parsed) > 0);
  if (!next) return { kind: 'current', latest };
  const supportEnds = addMonths(next.released, SUPPORT_MONTHS);
  const worksUntil = addMonths(next.released, WORKS_MONTHS);
  return today < supportEnds
    ? { kind: 'superseded', latest, nextReleased: next.released, supportEnds, worksUntil }
    : {
        kind: 'out-of-support',
        latest,
        nextReleased: next.released,
        supportEnded: supportEnds,
        worksUntil,
      };
}
