import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Language } from '../catalog/catalog-types';
import type { SentinelStore } from '../store/store';

/** A conversation that asked to be told: where to post, in which language and time zone. */
export interface Subscription {
  id: string;
  conversationId: string;
  tenantId: string;
  /** The webhook secret: 256 random bits, base64url. */
  token: string;
  /** The Bot Framework conversation reference from `watch`, as JSON. */
  reference: Record<string, unknown>;
  language: Language;
  /** IANA zone from Teams' localTimezone; '' means UTC. */
  timeZone: string;
  createdAt: string;
}

const SUBSCRIPTIONS = 'subscriptions';
const TOKENS = 'webhook-tokens';
/** 32 random bytes in base64url are 43 characters. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The partition of a subscription's alert records. */
export const alertPartition = (subscriptionId: string) => `alerts:${subscriptionId}`;

/**
 * One subscription per conversation: a channel's threads are one conversation (the part of the id
 * before `;messageid=`), and the latest `watch` decides which thread alerts go to.
 */
export function subscriptionIdOf(conversationId: string): string {
  return sha256(conversationId.split(';')[0]).slice(0, 32);
}

export interface SubscribeInput {
  conversationId: string;
  tenantId: string;
  reference: Record<string, unknown>;
  language: Language;
  timeZone: string;
  now: string;
}

/** Subscribes a conversation, or refreshes its reference if it already is; keeps its token. */
export async function subscribe(
  store: SentinelStore,
  input: SubscribeInput
): Promise<{ subscription: Subscription; created: boolean }> {
  const id = subscriptionIdOf(input.conversationId);
  const existing = await store.get<Subscription>(SUBSCRIPTIONS, id);
  if (existing) {
    const subscription = {
      ...existing.value,
      reference: input.reference,
      language: input.language,
      timeZone: input.timeZone,
    };
    await store.put(SUBSCRIPTIONS, id, subscription);
    return { subscription, created: false };
  }
  const subscription: Subscription = {
    id,
    conversationId: input.conversationId,
    tenantId: input.tenantId,
    token: randomBytes(32).toString('base64url'),
    reference: input.reference,
    language: input.language,
    timeZone: input.timeZone,
    createdAt: input.now,
  };
  if (!(await store.create(SUBSCRIPTIONS, id, subscription))) {
    // Two `watch` at once: the other one made it.
    const winner = await store.get<Subscription>(SUBSCRIPTIONS, id);
    if (winner) return { subscription: winner.value, created: false };
  }
  await store.put(TOKENS, sha256(subscription.token), { subscriptionId: id });
  return { subscription, created: true };
}

/** Ends a conversation's subscription: its token stops working and its alert state goes. */
export async function unsubscribe(store: SentinelStore, conversationId: string): Promise<boolean> {
  const id = subscriptionIdOf(conversationId);
  const existing = await store.get<Subscription>(SUBSCRIPTIONS, id);
  if (!existing) return false;
  await store.remove(TOKENS, sha256(existing.value.token));
  await store.remove(SUBSCRIPTIONS, id);
  for (const row of await store.list(alertPartition(id)))
    await store.remove(row.partition, row.key);
  return true;
}

export async function findSubscription(
  store: SentinelStore,
  conversationId: string
): Promise<Subscription | undefined> {
  return (await store.get<Subscription>(SUBSCRIPTIONS, subscriptionIdOf(conversationId)))?.value;
}

export async function listSubscriptions(store: SentinelStore): Promise<Subscription[]> {
  return (await store.list<Subscription>(SUBSCRIPTIONS)).map((r) => r.value);
}

/** True for a string shaped like a webhook token (checked before any lookup). */
export function isTokenShaped(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

/**
 * The subscription a webhook token belongs to. The lookup is by the token's hash, and the token
 * itself is then compared in constant time, so neither the index nor the timing reveals it.
 */
export async function findByToken(
  store: SentinelStore,
  token: string
): Promise<Subscription | undefined> {
  if (!isTokenShaped(token)) return undefined;
  const index = await store.get<{ subscriptionId: string }>(TOKENS, sha256(token));
  if (!index || typeof index.value.subscriptionId !== 'string') return undefined;
  const subscription = (await store.get<Subscription>(SUBSCRIPTIONS, index.value.subscriptionId))
    ?.value;
  if (!subscription || typeof subscription.token !== 'string') return undefined;
  const a = Buffer.from(subscription.token);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b) ? subscription : undefined;
}
