import type { Language } from '../../catalog/catalog-types';
import type { Condition } from '../../watch/chain-status';
import { sentinelPhrase as say } from '../words/sentinel-phrases';
import type { SentinelCardData } from './card-models';
import { describe } from './condition-card';
import { card, shown } from './sentinel-card-parts';

export interface WatchView {
  again: boolean;
  graphOn: boolean;
  /** Graph is read, but for another tenant than this conversation's. */
  otherTenant?: boolean;
  pollSeconds: number;
  staleMinutes: number;
  digestHour: number;
  timeZone: string;
  webhookUrl: string;
}

/** The reply to `watch`: what is checked, how often, and this conversation's webhook address. */
export function watchCard(lang: Language, view: WatchView): SentinelCardData {
  const every =
    view.pollSeconds % 60 === 0 ? `${view.pollSeconds / 60} min` : `${view.pollSeconds} s`;
  const items = view.graphOn
    ? [
        say(lang, 'checkStale', { every, stale: view.staleMinutes }),
        say(lang, 'checkVersion'),
        say(lang, 'checkCa'),
        say(lang, 'checkAlerts'),
      ]
    : [say(lang, 'checkAlerts'), say(lang, view.otherTenant ? 'otherTenant' : 'noGraph')];
  return card(lang, {
    kicker: say(lang, 'kickerWatch'),
    style: 'accent',
    title: say(lang, view.again ? 'watchAgainTitle' : 'watchTitle'),
    text: say(lang, 'watchText', {
      hour: view.digestHour,
      zone: shown(view.timeZone || 'UTC', 60),
    }),
    itemsTitle: say(lang, 'checksTitle'),
    items: items.map((text) => ({ text: `• ${text}` })),
    facts: [{ title: say(lang, 'webhookLabel'), value: view.webhookUrl }],
    tip: say(lang, 'webhookTip'),
  });
}

/** The reply to `unwatch`. */
export function unwatchCard(lang: Language, wasWatching: boolean): SentinelCardData {
  return wasWatching
    ? card(lang, {
        kicker: say(lang, 'kickerWatch'),
        title: say(lang, 'unwatchTitle'),
        text: say(lang, 'unwatchText'),
      })
    : card(lang, {
        kicker: say(lang, 'kickerWatch'),
        title: say(lang, 'notWatchingTitle'),
        text: say(lang, 'notWatchingText'),
      });
}

export type HealthView =
  | { kind: 'no-graph' }
  | { kind: 'not-yet' }
  | { kind: 'failed'; reason: string; open: readonly Condition[] }
  | {
      kind: 'checked';
      at: string;
      connectors: number;
      cas: number;
      cloudPkiDenied: boolean;
      open: readonly Condition[];
    };

/** The reply to `health`: the state now, or what to set when Graph is not configured. */
export function healthCard(lang: Language, view: HealthView): SentinelCardData {
  if (view.kind === 'no-graph')
    return card(lang, {
      kicker: say(lang, 'kickerWatch'),
      style: 'accent',
      title: say(lang, 'healthNoGraphTitle'),
      text: say(lang, 'healthNoGraphText'),
    });
  if (view.kind === 'not-yet')
    return card(lang, {
      kicker: say(lang, 'kickerWatch'),
      title: say(lang, 'healthNotYet'),
      text: '',
    });
  const summary = view.open.length
    ? say(lang, 'healthOpen', { count: view.open.length })
    : say(lang, 'healthOk');
  const text =
    view.kind === 'failed'
      ? say(lang, 'healthFailed', { reason: shown(view.reason, 40) })
      : say(lang, 'healthChecked', {
          at: shown(view.at),
          connectors: view.connectors,
          cas: view.cas,
        }) + (view.cloudPkiDenied ? ` ${say(lang, 'cloudPkiDenied')}` : '');
  return card(lang, {
    kicker: say(lang, 'kickerWatch'),
    style: view.open.length ? 'attention' : 'good',
    title: say(lang, 'healthTitle', { summary }),
    text,
    items: view.open.slice(0, 30).map((c) => ({ text: `• ${describe(lang, c).title}` })),
  });
}

export interface MonitorAlertView {
  resolved: boolean;
  rule: string;
  severity: string;
  firedAt: string;
  resolvedAt: string;
  computer: string;
  eventId: string;
  count: string;
}

/** The header of a decoded Azure Monitor alert; the decoded event card follows it. */
export function monitorAlertCard(lang: Language, view: MonitorAlertView): SentinelCardData {
  const facts = [
    { title: say(lang, 'factRule'), value: shown(view.rule) },
    { title: say(lang, 'factSeverity'), value: shown(view.severity, 20) },
    { title: say(lang, 'factComputer'), value: shown(view.computer) },
    { title: say(lang, 'factEvent'), value: shown(view.eventId, 20) },
    { title: say(lang, 'factCount'), value: shown(view.count, 20) },
    { title: say(lang, 'factFired'), value: shown(view.firedAt, 40) },
    { title: say(lang, 'factResolved'), value: shown(view.resolvedAt, 40) },
  ].filter((f) => f.value !== '');
  return card(lang, {
    kicker: say(lang, 'kickerMonitor'),
    style: view.resolved ? 'good' : 'attention',
    title: say(lang, view.resolved ? 'monitorResolvedTitle' : 'monitorFiredTitle', {
      rule: shown(view.rule, 100),
    }),
    text: say(lang, view.resolved ? 'monitorResolvedText' : 'monitorText'),
    facts,
  });
}
