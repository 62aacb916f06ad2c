import type { Condition } from './chain-status';

/** What the store remembers of one condition for one subscription. */
export interface AlertRecord {
  key: string;
  state: 'open' | 'cleared';
  /** ISO date-times. */
  openedAt: string;
  clearedAt?: string;
  condition: Condition;
}

export interface AlertPlan {
  /** Conditions that started: send an alert for each, after its record is written. */
  open: AlertRecord[];
  /** Conditions that ended: send "back to normal" for each, after its record is written. */
  clear: AlertRecord[];
}

/**
 * The alert state machine for one subscription. A condition alerts when it starts (no record, or
 * its last record cleared) and clears once when a check no longer finds it; while it holds, and
 * after it has cleared, nothing more is sent. Only a completed check may be planned: a check that
 * failed must not clear anything.
 */
export function planAlerts(
  records: readonly AlertRecord[],
  current: readonly Condition[],
  nowIso: string
): AlertPlan {
  const byKey = new Map(records.map((r) => [r.key, r]));
  const holding = new Set(current.map((c) => c.key));
  const open: AlertRecord[] = [];
  for (const condition of current) {
    const before = byKey.get(condition.key);
    if (before?.state === 'open') continue;
    open.push({ key: condition.key, state: 'open', openedAt: nowIso, condition });
  }
  const clear = records
    .filter((r) => r.state === 'open' && !holding.has(r.key))
    .map((r): AlertRecord => ({ ...r, state: 'cleared', clearedAt: nowIso }));
  return { open, clear };
}

/** The records a digest lists: what is open, oldest first. */
export function openAlerts(records: readonly AlertRecord[]): AlertRecord[] {
  return records
    .filter((r) => r.state === 'open')
    .sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.key.localeCompare(b.key));
}
