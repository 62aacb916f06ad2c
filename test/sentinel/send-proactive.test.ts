import pino from 'pino';
import { loadConfig } from '../../src/config/load-config';
import { createAdapter } from '../../src/server/create-adapter';
import { createProactiveSender } from '../../src/sentinel/send-proactive';
import type { Subscription } from '../../src/sentinel/subscriptions';
import { captureLogger } from '../helpers/capture-logger';
import { startLoopbackConnector, type LoopbackConnector } from '../helpers/loopback-connector';

let connector: LoopbackConnector;
beforeEach(async () => {
  connector = await startLoopbackConnector();
});
afterEach(() => connector.close());

const subscription = (conversationId: string): Subscription => ({
  id: 'sub1',
  conversationId,
  tenantId: 't1',
  token: 'x',
  language: 'en',
  timeZone: '',
  createdAt: '2026-12-08T00:00:00Z',
  reference: {
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    conversation: { id: conversationId, conversationType: 'channel', tenantId: 't1' },
    bot: { id: '28:bot', name: 'Connector Decoder' },
  },
});

function sender(log = captureLogger()) {
  const gone: string[] = [];
  const waits: number[] = [];
  const s = createProactiveSender({
    adapter: createAdapter(loadConfig({}), pino({ level: 'silent' })),
    appId: '',
    logger: log.logger,
    onGone: async (sub) => {
      gone.push(sub.id);
    },
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  return { s, gone, waits, log };
}

describe('proactive messages through the real adapter and a loopback connector', () => {
  it('posts to the stored conversation and returns the new message id; an update goes to that id', async () => {
    const { s } = sender();
    const sent = await s.send(subscription('19:c@thread.tacv2'), {
      type: 'message',
      text: 'hello',
    });
    expect(sent).toEqual({ ok: true, activityId: 'posted-1' });
    await s.send(
      subscription('19:c@thread.tacv2'),
      { type: 'message', text: 'update' },
      'posted-1'
    );
    expect(
      connector.posted.map((p) => [p.method, p.conversationId, p.activityId, p.activity.text])
    ).toEqual([
      ['POST', '19:c@thread.tacv2', undefined, 'hello'],
      ['PUT', '19:c@thread.tacv2', 'posted-1', 'update'],
    ]);
  });

  it('ends the subscription of a conversation that refuses the bot (403), with one log line', async () => {
    connector.refuse.add('19:gone@thread.tacv2');
    const { s, gone, log } = sender();
    expect(
      await s.send(subscription('19:gone@thread.tacv2'), { type: 'message', text: 'x' })
    ).toEqual({ ok: false, ended: true });
    expect(gone).toEqual(['sub1']);
    const ended = log.records().filter((r) => r.event === 'subscription_ended');
    expect(ended).toEqual([expect.objectContaining({ status: 403, subscription: 'sub1' })]);
  });
});

describe('proactive retries', () => {
  const failing = (statuses: Array<number | undefined>) => {
    let calls = 0;
    return {
      calls: () => calls,
      adapter: {
        continueConversationAsync: (async () => {
          const status = statuses[calls++];
          if (calls <= statuses.length)
            throw Object.assign(
              new Error('failed'),
              status === undefined ? { code: 'ECONNRESET' } : { statusCode: status }
            );
        }) as never,
      },
    };
  };
  const sub = { id: 's', conversationId: 'c', reference: {} } as Subscription;

  it.each<[string, Array<number | undefined>, boolean, number[]]>([
    ['throttled twice, then sent', [429, 429], true, [1000, 2000]],
    ['a server error and a network error, then sent', [502, undefined], true, [1000, 2000]],
    ['failing four times: given up', [503, 503, 503, 503], false, [1000, 2000, 4000]],
    ['a bad request is not retried', [400], false, []],
  ])('%s', async (_name, statuses, ok, expectedWaits) => {
    const f = failing(statuses);
    const waits: number[] = [];
    const s = createProactiveSender({
      adapter: f.adapter,
      appId: '',
      logger: pino({ level: 'silent' }),
      onGone: async () => undefined,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    expect((await s.send(sub, { type: 'message' })).ok).toBe(ok);
    expect(waits).toEqual(expectedWaits);
  });
});
