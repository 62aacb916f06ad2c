import type { Activity } from 'botbuilder';
import type { SentinelStore } from '../store/store';
import type { Condition } from '../watch/chain-status';
import { openAlerts, planAlerts, type AlertRecord } from '../watch/plan-alerts';
import type { SentinelCardData } from '../presentation/cards/card-models';
import { clearedCard, conditionCard, digestCard } from '../presentation/cards/condition-card';
import type { CardRenderer } from '../presentation/cards/render-card';
import type { ProactiveSender } from './send-proactive';
import { alertPartition, type Subscription } from './subscriptions';

export interface AlertDeps {
  store: SentinelStore;
  sender: ProactiveSender;
  renderer: CardRenderer;
}

/** A sentinel card as a message: the card, and its title as the notification text. */
export function sentinelMessage(renderer: CardRenderer, data: SentinelCardData): Partial<Activity> {
  const card = renderer.render({ template: 'sentinel', data });
  return { type: 'message', text: data.title, attachments: [card] };
}

/**
 * Moves one subscription's alerts to what a check found, and tells the conversation. Each record
 * is written before its message goes, with a conditional write (create, or replace at the ETag
 * read), so when several instances or a retry race, only the one whose write landed posts.
 */
export async function applyAlerts(
  deps: AlertDeps,
  subscription: Subscription,
  current: readonly Condition[],
  nowIso: string
): Promise<{ opened: number; cleared: number }> {
  const partition = alertPartition(subscription.id);
  const rows = await deps.store.list<AlertRecord>(partition);
  const plan = planAlerts(
    rows.map((r) => r.value),
    current,
    nowIso
  );
  const etags = new Map(rows.map((r) => [r.value.key, r.etag]));
  const write = (record: AlertRecord) => {
    const etag = etags.get(record.key);
    return etag
      ? deps.store.replace(partition, record.key, record, etag)
      : deps.store.create(partition, record.key, record);
  };
  let opened = 0;
  let cleared = 0;
  for (const record of plan.open) {
    if (!(await write(record))) continue;
    opened++;
    const sent = await deps.sender.send(
      subscription,
      sentinelMessage(deps.renderer, conditionCard(subscription.language, record.condition))
    );
    if (!sent.ok && sent.ended) return { opened, cleared };
  }
  for (const record of plan.clear) {
    if (!(await write(record))) continue;
    cleared++;
    const sent = await deps.sender.send(
      subscription,
      sentinelMessage(deps.renderer, clearedCard(subscription.language, record))
    );
    if (!sent.ok && sent.ended) return { opened, cleared };
  }
  return { opened, cleared };
}

/** The conditions open for a subscription now (for health, and to keep them while Graph is refused). */
export async function openConditions(
  store: SentinelStore,
  subscription: Subscription
): Promise<Condition[]> {
  const rows = await store.list<AlertRecord>(alertPartition(subscription.id));
  return openAlerts(rows.map((r) => r.value)).map((r) => r.condition);
}

/**
 * Sends a subscription's digest for `day` if nobody has: the day is claimed with a create, so one
 * instance sends it once. A day with nothing open is claimed and sends nothing.
 */
export async function sendDigest(
  deps: AlertDeps,
  subscription: Subscription,
  day: string,
  nowIso: string
): Promise<boolean> {
  if (!(await deps.store.create('digests', `${subscription.id}:${day}`, { at: nowIso })))
    return false;
  const rows = await deps.store.list<AlertRecord>(alertPartition(subscription.id));
  const open = openAlerts(rows.map((r) => r.value));
  if (open.length === 0) return false;
  const sent = await deps.sender.send(
    subscription,
    sentinelMessage(deps.renderer, digestCard(subscription.language, day, open))
  );
  return sent.ok;
}
