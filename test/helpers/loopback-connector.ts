import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the bot posted to a conversation through the Bot Framework connector API. */
export interface Posted {
  method: string;
  conversationId: string;
  activityId?: string;
  activity: any;
}

/**
 * The Teams side on loopback: the Bot Framework connector REST API the bot posts to
 * (`POST /v3/conversations/{id}/activities[/{replyToId}]`, `PUT …/activities/{activityId}`),
 * recording every message and answering each new one with a fresh id. A conversation can be made
 * to refuse the bot (403, as after an uninstall).
 */
export interface LoopbackConnector {
  serviceUrl: string;
  posted: Posted[];
  refuse: Set<string>;
  /** Resolves once `count` messages have arrived (or rejects after `ms`). */
  waitFor(count: number, ms?: number): Promise<Posted[]>;
  close(): Promise<void>;
}

export async function startLoopbackConnector(): Promise<LoopbackConnector> {
  const posted: Posted[] = [];
  const refuse = new Set<string>();
  const state = {};
  let n = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
      res.setHeader('content-type', 'application/json');
      if (!match) {
        res.statusCode = 404;
        res.end('{}');
        return;
      }
      const conversationId = decodeURIComponent(match[1]);
      if (refuse.has(conversationId)) {
        res.statusCode = 403;
        res.end(
          JSON.stringify({
            error: {
              code: 'BotNotInConversationRoster',
              message: 'The bot is not part of the conversation roster.',
            },
          })
        );
        return;
      }
      // POST …/activities[/{replyToId}] is a new message (a reply when an id is given); PUT updates.
      const update = req.method === 'PUT' && match[2] !== undefined;
      const activityId = update ? decodeURIComponent(match[2]) : `posted-${++n}`;
      posted.push({
        method: req.method ?? '',
        conversationId,
        activityId: update ? activityId : undefined,
        activity: JSON.parse(body || '{}'),
      });
      res.end(JSON.stringify({ id: activityId }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return Object.assign(state, {
    serviceUrl,
    posted,
    refuse,
    async waitFor(count: number, ms = 15_000) {
      const until = Date.now() + ms;
      while (posted.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} posts, got ${posted.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return posted.slice();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
}
