import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileStore } from '../../src/store/file-store';
import {
  findByToken,
  findSubscription,
  listSubscriptions,
  subscribe,
  subscriptionIdOf,
  unsubscribe,
} from '../../src/sentinel/subscriptions';

const store = () => createFileStore(mkdtempSync(join(tmpdir(), 'subs-')));
const input = (conversationId: string) => ({
  conversationId,
  tenantId: 't1',
  reference: { conversation: { id: conversationId } },
  language: 'en' as const,
  timeZone: 'Asia/Tokyo',
  now: '2026-12-08T00:00:00Z',
});

describe('subscriptions', () => {
  it('gives a new subscription a 256-bit token, and watch again keeps it', async () => {
    const s = store();
    const first = await subscribe(s, input('19:chan@thread.tacv2;messageid=1'));
    expect(first.created).toBe(true);
    expect(Buffer.from(first.subscription.token, 'base64url')).toHaveLength(32);
    const again = await subscribe(s, input('19:chan@thread.tacv2;messageid=2'));
    expect(again.created).toBe(false);
    expect(again.subscription.token).toBe(first.subscription.token);
    // The latest watch decides which thread the alerts go to.
    expect(again.subscription.reference).toEqual({
      conversation: { id: '19:chan@thread.tacv2;messageid=2' },
    });
    expect(await listSubscriptions(s)).toHaveLength(1);
  });

  it('tokens differ between conversations and find only their own subscription', async () => {
    const s = store();
    const a = (await subscribe(s, input('a:1'))).subscription;
    const b = (await subscribe(s, input('a:2'))).subscription;
    expect(a.token).not.toBe(b.token);
    expect((await findByToken(s, a.token))?.id).toBe(a.id);
    expect((await findByToken(s, b.token))?.id).toBe(b.id);
  });

  it.each([
    ['empty', ''],
    ['too short', 'abc'],
    ['right length, never issued', 'A'.repeat(43)],
    ['path characters', '../../etc/passwd'.padEnd(43, 'x')],
  ])('finds nothing for a token that is %s', async (_name, token) => {
    const s = store();
    await subscribe(s, input('a:1'));
    expect(await findByToken(s, token)).toBeUndefined();
  });

  it('unwatch revokes the token and forgets the alerts', async () => {
    const s = store();
    const { subscription } = await subscribe(s, input('a:1'));
    await s.put(`alerts:${subscription.id}`, 'connector-stale:c1', { state: 'open' });
    expect(await unsubscribe(s, 'a:1')).toBe(true);
    expect(await findByToken(s, subscription.token)).toBeUndefined();
    expect(await findSubscription(s, 'a:1')).toBeUndefined();
    expect(await s.list(`alerts:${subscription.id}`)).toEqual([]);
    expect(await unsubscribe(s, 'a:1')).toBe(false);
  });

  it('names a channel by its id without the thread', () => {
    expect(subscriptionIdOf('19:x@thread.tacv2;messageid=5')).toBe(
      subscriptionIdOf('19:x@thread.tacv2')
    );
    expect(subscriptionIdOf('a:1')).not.toBe(subscriptionIdOf('a:2'));
  });
});
