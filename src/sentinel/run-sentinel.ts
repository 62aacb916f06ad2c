import type { Logger } from 'pino';
import type { SentinelConfig } from '../config/read-sentinel-config';
import type { ChainReading } from '../graph/read-chain';
import { describeError } from '../logging/describe-error';
import type { HealthView } from '../presentation/cards/sentinel-card';
import { pollSlot, takePollTurn } from '../store/take-poll-turn';
import type { Condition, ConnectorRelease } from '../watch/chain-status';
import { findConditions } from '../watch/find-conditions';
import { digestDue } from '../watch/plan-digest';
import { applyAlerts, openConditions, sendDigest, type AlertDeps } from './apply-alerts';
import { listSubscriptions, type Subscription } from './subscriptions';

/** The last check, as `health` reports it. */
interface GraphStatus {
  at: string;
  ok: boolean;
  reason: string;
  connectors: number;
  cas: number;
  cloudPkiDenied: boolean;
  /** What the check found (at most 50), for `health` in any conversation. */
  conditions: Condition[];
}

export interface SentinelDeps extends AlertDeps {
  config: SentinelConfig;
  logger: Logger;
  releases: readonly ConnectorRelease[];
  /** Reads the chain; absent when Graph is not configured. */
  reader?: { readChain(): Promise<ChainReading> };
  /** Only subscriptions of this tenant get the Graph alerts; '' for all (local mode). */
  graphTenantId: string;
  /** This process, in the poll lease. */
  instance: string;
  now?: () => number;
}

export interface Sentinel {
  /** One round: poll Graph if this instance has the interval's turn, then due digests. */
  tick(): Promise<void>;
  start(): void;
  stop(): Promise<void>;
  health(subscription: Subscription | undefined): Promise<HealthView>;
}

/**
 * The sentinel's schedule. Every instance ticks; the poll lease gives each interval's Graph check
 * to one of them, and the conditional writes behind every alert and digest make each go out once.
 * A tick that fails (store or Graph down) is logged and changes nothing: the bot keeps answering.
 */
export function createSentinel(deps: SentinelDeps): Sentinel {
  const now = deps.now ?? Date.now;
  const { config, store } = deps;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const watching = async () =>
    (await listSubscriptions(store)).filter(
      (s) => !deps.graphTenantId || s.tenantId.toLowerCase() === deps.graphTenantId.toLowerCase()
    );

  async function poll(at: number): Promise<void> {
    const reader = deps.reader;
    if (!reader) return;
    const nowIso = new Date(at).toISOString();
    const reading = await reader.readChain();
    const status: GraphStatus = {
      at: nowIso,
      ok: reading.ok,
      reason: reading.ok ? '' : reading.reason,
      connectors: 0,
      cas: 0,
      cloudPkiDenied: false,
      conditions: [],
    };
    let found: Condition[] | undefined;
    if (reading.ok) {
      found = findConditions(reading.snapshot, {
        now: at,
        staleMinutes: config.staleMinutes,
        releases: deps.releases,
      });
      Object.assign(status, {
        connectors: reading.snapshot.connectors.length,
        cas: reading.snapshot.cloudCas?.length ?? 0,
        cloudPkiDenied: reading.cloudPkiDenied,
        conditions: found.slice(0, 50),
      });
    }
    await store.put('status', 'graph', status);
    deps.logger.info(
      {
        event: 'sentinel_poll',
        ok: reading.ok,
        reason: status.reason || undefined,
        connectors: status.connectors,
        conditions: found?.length,
      },
      'chain checked'
    );
    if (!reading.ok && reading.reason !== 'permission') return;
    const permission: Condition | undefined =
      !reading.ok && reading.reason === 'permission'
        ? {
            key: `graph-permission:${reading.permission ?? ''}`,
            kind: 'graph-permission',
            subject: { id: 'graph', name: 'Microsoft Graph' },
            facts: { permission: reading.permission ?? '', status: reading.status ?? 401 },
          }
        : undefined;
    for (const subscription of await watching()) {
      // Refused by Graph: say so once, and keep what was open as it was.
      const current = permission
        ? [
            ...(await openConditions(store, subscription)).filter(
              (c) => c.kind !== 'graph-permission'
            ),
            permission,
          ]
        : (found as Condition[]);
      await applyAlerts(deps, subscription, current, nowIso);
    }
  }

  // Days this process has seen claimed, so it asks the store once per subscription and day.
  const claimed = new Set<string>();
  async function digests(at: number): Promise<void> {
    const nowIso = new Date(at).toISOString();
    for (const subscription of await listSubscriptions(store)) {
      const day = digestDue(at, subscription.timeZone, config.digestHour, undefined);
      if (!day || claimed.has(`${subscription.id}:${day}`)) continue;
      await sendDigest(deps, subscription, day, nowIso);
      claimed.add(`${subscription.id}:${day}`);
    }
  }

  async function tick(): Promise<void> {
    const at = now();
    try {
      if (
        deps.reader &&
        (await takePollTurn(store, deps.instance, pollSlot(at, config.pollSeconds)))
      )
        await poll(at);
      await digests(at);
    } catch (error) {
      deps.logger.warn(
        { event: 'sentinel_tick_failed', err: describeError(error) },
        'sentinel round failed'
      );
    }
  }

  return {
    tick,
    start() {
      if (timer) return;
      const every = Math.min(config.pollSeconds, 60) * 1000;
      const round = () => {
        // Rounds never overlap: a slow store or Graph delays the next one.
        if (running) return;
        running = tick().finally(() => {
          running = undefined;
        });
      };
      timer = setInterval(round, every);
      timer.unref();
      round();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      // A round stuck on an unreachable store or Graph does not hold up shutdown.
      await Promise.race([running, new Promise((r) => setTimeout(r, 2000).unref())]);
    },
    async health(subscription) {
      if (!deps.reader) return { kind: 'no-graph' };
      const status = (await store.get<GraphStatus>('status', 'graph'))?.value;
      if (!status) return { kind: 'not-yet' };
      const open = subscription ? await openConditions(store, subscription) : [];
      if (!status.ok) return { kind: 'failed', reason: status.reason, open };
      return {
        kind: 'checked',
        at: status.at,
        connectors: status.connectors,
        cas: status.cas,
        cloudPkiDenied: status.cloudPkiDenied,
        // The chain as the last check found it, whether or not this conversation is watching.
        open: Array.isArray(status.conditions) ? status.conditions : open,
      };
    },
  };
}
