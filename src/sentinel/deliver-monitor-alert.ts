import type { Activity } from 'botbuilder';
import type { Catalog } from '../catalog/catalog-types';
import { explain } from '../engine';
import { buildReply } from '../presentation/build-reply';
import type { CardRenderer } from '../presentation/cards/render-card';
import { monitorAlertCard } from '../presentation/cards/sentinel-card';
import type { SentinelStore } from '../store/store';
import { alertAsEventText, type MonitorAlert } from '../watch/read-alert-payload';
import type { ProactiveSender } from './send-proactive';
import type { Subscription } from './subscriptions';

export interface MonitorAlertDeps {
  store: SentinelStore;
  sender: ProactiveSender;
  renderer: CardRenderer;
  catalog: Catalog;
}

/** Longest event text an alert may hand to explain(): a few labelled lines. */
const MAX_ALERT_TEXT = 4000;

/**
 * Posts an Azure Monitor alert to its conversation, explained like a pasted event: a header card
 * (rule, severity, computer, times) and the card explain() gives for the event it names. A
 * repeated delivery of the same Fired or Resolved is sent once; Resolved updates the message
 * Fired posted (the same story), or posts anew when there is none.
 */
export async function deliverMonitorAlert(
  deps: MonitorAlertDeps,
  subscription: Subscription,
  alert: MonitorAlert,
  nowIso: string
): Promise<'sent' | 'duplicate' | 'failed'> {
  const story = `${subscription.id}:${alert.alertId}`;
  if (!(await deps.store.create('monitor-seen', `${story}:${alert.condition}`, { at: nowIso })))
    return 'duplicate';
  const lang = subscription.language;
  const header = monitorAlertCard(lang, {
    resolved: alert.condition === 'Resolved',
    rule: alert.rule,
    severity: alert.severity,
    firedAt: alert.firedAt,
    resolvedAt: alert.resolvedAt,
    computer: alert.computer,
    eventId: alert.eventId,
    count: alert.count,
  });
  const attachments = [deps.renderer.render({ template: 'sentinel', data: header })];
  const eventText = alertAsEventText(alert);
  if (alert.eventId) {
    const answer = explain(eventText, deps.catalog, { language: lang, maxChars: MAX_ALERT_TEXT });
    attachments.push(...buildReply(deps.renderer, answer).attachments);
  }
  const message: Partial<Activity> = {
    type: 'message',
    text: header.title,
    attachmentLayout: 'list',
    attachments,
  };
  const earlier =
    alert.condition === 'Resolved'
      ? (await deps.store.get<{ activityId: string }>('monitor-messages', story))?.value.activityId
      : undefined;
  let sent = await deps.sender.send(subscription, message, earlier);
  // The earlier message may be gone (deleted, too old to edit): tell the story anew.
  if (!sent.ok && !sent.ended && earlier) sent = await deps.sender.send(subscription, message);
  if (!sent.ok) return 'failed';
  if (alert.condition === 'Fired' && sent.activityId)
    await deps.store.put('monitor-messages', story, { activityId: sent.activityId });
  return 'sent';
}
