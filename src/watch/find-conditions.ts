import type { ChainSnapshot, Condition, ConnectorRelease } from './chain-status';
import { judgeVersion } from './support-window';

export interface CheckOptions {
  /** The moment of the check, in milliseconds. */
  now: number;
  staleMinutes: number;
  releases: readonly ConnectorRelease[];
  /** A Cloud PKI CA this close to its end alerts (default 30). */
  expiryDays?: number;
}

const DAY_MS = 86_400_000;

/**
 * Every condition that holds in a snapshot: a connector not seen for `staleMinutes` or not
 * active, a connector version past or nearing the end of its support, a Cloud PKI CA within
 * `expiryDays` of its end or not active. A field Graph left empty proves nothing and raises
 * nothing. Each condition's key is stable while the same thing is wrong with the same subject.
 */
export function findConditions(snapshot: ChainSnapshot, options: CheckOptions): Condition[] {
  const found: Condition[] = [];
  const today = new Date(options.now).toISOString().slice(0, 10);
  for (const c of snapshot.connectors) {
    const subject = { id: c.id, name: c.displayName || c.machineName || c.id };
    const machine = c.machineName;
    const last = Date.parse(c.lastConnectionDateTime);
    if (Number.isFinite(last)) {
      const minutes = Math.floor((options.now - last) / 60_000);
      if (minutes >= options.staleMinutes)
        found.push({
          key: `connector-stale:${c.id}`,
          kind: 'connector-stale',
          subject,
          facts: { machine, lastConnection: c.lastConnectionDateTime, minutes, state: c.state },
        });
    }
    if (c.state && c.state !== 'active')
      found.push({
        key: `connector-not-active:${c.id}`,
        kind: 'connector-not-active',
        subject,
        facts: { machine, state: c.state, lastConnection: c.lastConnectionDateTime },
      });
    const verdict = judgeVersion(c.connectorVersion, options.releases, today);
    if (verdict.kind === 'superseded')
      found.push({
        key: `version-superseded:${c.id}:${c.connectorVersion}`,
        kind: 'version-superseded',
        subject,
        facts: {
          machine,
          version: c.connectorVersion,
          latest: verdict.latest,
          updateBy: verdict.supportEnds,
        },
      });
    if (verdict.kind === 'out-of-support')
      found.push({
        key: `version-out-of-support:${c.id}:${c.connectorVersion}`,
        kind: 'version-out-of-support',
        subject,
        facts: {
          machine,
          version: c.connectorVersion,
          latest: verdict.latest,
          supportEnded: verdict.supportEnded,
          worksUntil: verdict.worksUntil,
        },
      });
  }
  const expiryDays = options.expiryDays ?? 30;
  for (const ca of snapshot.cloudCas ?? []) {
    const subject = { id: ca.id, name: ca.displayName || ca.id };
    const end = Date.parse(ca.validityEndDateTime);
    if (Number.isFinite(end)) {
      const days = Math.floor((end - options.now) / DAY_MS);
      if (days < expiryDays)
        found.push({
          key: `cloud-ca-expiring:${ca.id}:${ca.validityEndDateTime.slice(0, 10)}`,
          kind: 'cloud-ca-expiring',
          subject,
          facts: {
            validityEnd: ca.validityEndDateTime,
            days: Math.max(days, 0),
            status: ca.status,
          },
        });
    }
    if (ca.status && ca.status !== 'active')
      found.push({
        key: `cloud-ca-not-active:${ca.id}`,
        kind: 'cloud-ca-not-active',
        subject,
        facts: { status: ca.status, validityEnd: ca.validityEndDateTime },
      });
  }
  return found;
}
