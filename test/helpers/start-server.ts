import pino from 'pino';
import { createApp, type App, type AppDeps } from '../../src/app';
import { loadConfig } from '../../src/config/load-config';

export interface RunningServer {
  app: App;
  url: string;
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/** Starts the real restify server on an ephemeral loopback port, as `npm start` would. */
export async function startServer(
  env: Record<string, string> = {},
  deps: AppDeps = {}
): Promise<RunningServer> {
  const app = createApp(loadConfig({ PORT: '0', ...env }), {
    logger: pino({ level: 'silent' }),
    ...deps,
  });
  const port = await app.listen(0);
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    async post(body, headers = {}) {
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON: keep the text */
      }
      return { status: res.status, body: parsed };
    },
    close: () => app.close(),
  };
}

/** Sends an activity with deliveryMode expectReplies and returns the replies. */
export async function repliesTo(
  server: RunningServer,
  activity: Record<string, unknown>
): Promise<any[]> {
  const res = await server.post({ ...activity, deliveryMode: 'expectReplies' });
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.body)}`);
  return (res.body as { activities: any[] }).activities;
}

/** The card content of the first reply that has one. */
export function cardOf(replies: any[]): any {
  const reply = replies.find((r) => r.attachments?.length);
  return reply?.attachments[0].content;
}
