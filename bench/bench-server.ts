import type { AddressInfo } from 'node:net';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import pino from 'pino';
import * as restify from 'restify';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/load-config';

/**
 * One server for the HTTP benchmark, in its own process so the load generator does not share its
 * event loop: `ours` (Connector Decoder), `echo` (a minimal botbuilder echo bot on the same
 * CloudAdapter and restify: the framework floor) or `bare` (restify returning JSON of a given size).
 * Prints {"port": N} once listening.
 */
async function main(kind: string, replySize: number): Promise<void> {
  let server: restify.Server;
  if (kind === 'ours') {
    const app = createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }), {
      logger: pino({ level: 'silent' }),
    });
    await app.listen(0);
    server = app.server;
  } else {
    server = restify.createServer();
    server.use(restify.plugins.bodyParser());
    if (kind === 'echo') {
      const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
      const bot = new ActivityHandler();
      bot.onMessage(async (context, next) => {
        await context.sendActivity(`Echo: ${context.activity.text}`);
        await next();
      });
      server.post('/api/messages', async (req, res) => {
        await adapter.process(req, res, (context) => bot.run(context));
      });
    } else {
      const payload = { activities: [{ type: 'message', text: 'x'.repeat(replySize) }] };
      server.post('/api/messages', (_req, res, next) => {
        res.send(200, payload);
        return next();
      });
    }
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  }
  process.stdout.write(JSON.stringify({ port: (server.address() as AddressInfo).port }) + '\n');
}

void main(process.argv[2] ?? 'ours', Number(process.argv[3] ?? 3000));
