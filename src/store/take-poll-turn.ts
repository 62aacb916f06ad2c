import type { SentinelStore } from './store';

const PARTITION = 'lease';
const KEY = 'poll';

interface PollLease {
  /** The interval number (time divided by the interval) last taken. */
  slot: number;
  holder: string;
}

/**
 * Whether this instance polls in this interval. Every instance asks once per interval; the row
 * names the last interval taken, and moving it forward is a conditional write, so of any number
 * of instances exactly one gets each interval. An instance that took a turn and died leaves the
 * next interval free for another.
 */
export async function takePollTurn(
  store: SentinelStore,
  instance: string,
  slot: number
): Promise<boolean> {
  const lease: PollLease = { slot, holder: instance };
  const current = await store.get<PollLease>(PARTITION, KEY);
  if (!current) return store.create(PARTITION, KEY, lease);
  if (typeof current.value.slot === 'number' && current.value.slot >= slot) return false;
  return store.replace(PARTITION, KEY, lease, current.etag);
}

/** The interval number of a moment: which turn it belongs to. */
export function pollSlot(nowMs: number, intervalSeconds: number): number {
  return Math.floor(nowMs / (intervalSeconds * 1000));
}
