import { AuthenticationError } from 'botframework-connector';
import type { Response } from 'restify';
import { GuardedAdapter } from '../../src/server/guarded-adapter';

/** A GuardedAdapter whose processActivity fails the way a test says, before or inside the turn. */
function adapterFailing(error: unknown, inTurn: boolean): GuardedAdapter {
  class Failing extends GuardedAdapter {
    protected override async processActivity(...args: unknown[]): Promise<undefined> {
      const logic = args[2] as (context: unknown) => Promise<void>;
      if (inTurn) await logic({});
      throw error;
    }
  }
  return new Failing();
}

async function handle(error: unknown, inTurn = false) {
  const sent: Array<{ status: number; body: unknown }> = [];
  const res = { send: (status: number, body: unknown) => sent.push({ status, body }) };
  const result = await adapterFailing(error, inTurn).handle(
    { type: 'message' } as never,
    '',
    res as unknown as Response,
    async () => {
      if (inTurn) throw error;
    }
  );
  return { outcome: result.outcome, status: sent[0]?.status, body: sent[0]?.body };
}

describe('GuardedAdapter: what a failure is answered with', () => {
  it.each([
    ['a rejected token', new AuthenticationError('The token has expired', 401)],
    ['keys that could not be loaded', new AuthenticationError('Failed to load Keys: 503', 500)],
    ['a malformed token', Object.assign(new Error('jwt malformed'), { name: 'JsonWebTokenError' })],
    ['a key fetch that timed out', Object.assign(new Error('t'), { name: 'TimeoutError' })],
    ['a key fetch that could not connect (undici)', new TypeError('fetch failed')],
    // botbuilder fetches the signing keys with node-fetch 2, whose network errors look like this.
    [
      'a key fetch that could not connect (node-fetch)',
      Object.assign(new Error('request to https://login.botframework.com failed'), {
        name: 'FetchError',
        type: 'system',
        code: 'ENOTFOUND',
      }),
    ],
  ])('answers 401 to %s', async (_name, error) => {
    expect(await handle(error)).toEqual({
      outcome: 'unauthorized',
      status: 401,
      body: { error: 'unauthorized' },
    });
  });

  it('answers 400, not 401, to any other failure before the turn', async () => {
    for (const error of [new Error('Cannot read properties of undefined'), 'a string', null]) {
      const result = await handle(error);
      expect(result).toMatchObject({ outcome: 'rejected', status: 400 });
      expect(JSON.stringify(result.body)).not.toMatch(/Cannot read|string/);
    }
  });

  it('answers 500 with no detail to a failure inside the turn', async () => {
    expect(await handle(new Error('secret detail'), true)).toEqual({
      outcome: 'failed',
      status: 500,
      body: { error: 'internal' },
    });
  });
});
