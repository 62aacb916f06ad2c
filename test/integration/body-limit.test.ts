import { startServer, type RunningServer } from '../helpers/start-server';
import { teamsMessage } from '../helpers/teams-activity';

/**
 * A body over MAX_BODY_BYTES gets 413, and the ordinary HTTP client that sent it (Node's fetch)
 * reads that 413 rather than a connection reset: the server answers, then reads and drops a
 * bounded amount of what is still arriving before it closes the connection.
 */

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

/** A 3 MB activity: its text is far past the 256 KB cap. */
const huge = Buffer.from(JSON.stringify({ ...teamsMessage('x'), text: '0x411 '.repeat(500_000) }));

/** The body as a client on a slower link sends it: 64 KB every few milliseconds. */
function slowly(bytes: Buffer): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(at, at + 64 * 1024));
      at += 64 * 1024;
    },
  });
}

const post = (body: RequestInit['body'], headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);

describe('a body over the cap', () => {
  it.each([
    ['sent at once, its length declared', () => post(huge)],
    [
      'sent slowly, its length declared',
      () => post(slowly(huge), { 'content-length': String(huge.length) }),
    ],
    ['sent slowly in chunks, with no length', () => post(slowly(huge))],
  ])('%s: fetch reads the 413', async (_how, send) => {
    // A reset depends on where the client is in its sending when the server closes: try a few.
    for (let i = 0; i < 5; i++) {
      const res = await send();
      expect(res.status).toBe(413);
      expect(await res.json()).toEqual({ error: 'the body is too large' });
    }
  });

  it('and the server goes on answering', async () => {
    const res = await server.post({
      ...teamsMessage('what is 0x411'),
      deliveryMode: 'expectReplies',
    });
    expect(res.status).toBe(200);
  });
});
