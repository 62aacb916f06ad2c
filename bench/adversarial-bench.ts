import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { BotAdapter, TurnContext, type Activity, type ResourceResponse } from 'botbuilder';
import pino from 'pino';
import { DecoderBot } from '../src/bot/decoder-bot';
import { runCli } from '../src/cli/run-cli';
import { loadCatalog } from '../src/files/load-catalog';
import { findProjectRoot } from '../src/files/project-root';
import { createCardRenderer } from '../src/presentation/cards/render-card';
import { ADVERSARIAL_INPUTS } from '../test/corpus/adversarial-inputs';

/**
 * Bounded cost on every entry point: each adversarial input at 25 KB and 100 KB (fastest of seven runs) through a message,
 * an HTML attachment, Action.Execute, Action.Submit, compose-box query and selectItem (a whole bot
 * turn, card included, in-process) and the CLI. Goal: at most 20 ms per 100 KB, and the 100 KB
 * figure no more than about 4× the 25 KB one. Prints figures; never fails on a slow machine.
 */

/** Swallows what the bot sends, so a turn costs only the bot's own work. */
class NullAdapter extends BotAdapter {
  async sendActivities(
    _c: TurnContext,
    activities: Partial<Activity>[]
  ): Promise<ResourceResponse[]> {
    return activities.map(() => ({ id: '1' }));
  }
  async updateActivity(): Promise<void> {}
  async deleteActivity(): Promise<void> {}
  async continueConversation(): Promise<void> {}
}

const base = {
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/amer/',
  from: { id: '29:user' },
  recipient: { id: '28:bot', name: 'Connector Decoder' },
  conversation: { id: 'a:1', conversationType: 'personal' },
  locale: 'en-US',
};

const ENTRY_POINTS: Record<string, (text: string) => Partial<Activity>> = {
  message: (text) => ({ type: 'message', text }),
  'HTML attachment': (text) => ({
    type: 'message',
    text: 'x',
    attachments: [{ contentType: 'text/html', content: `<div><pre>${text}</pre></div>` }],
  }),
  'Action.Execute': (text) => ({
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb: 'open', data: { query: text } } },
  }),
  'Action.Submit': (text) => ({ type: 'message', value: { query: text } }),
  'compose query': (text) => ({
    type: 'invoke',
    name: 'composeExtension/query',
    value: { commandId: 'searchCatalog', parameters: [{ name: 'query', value: text }] },
  }),
  selectItem: (text) => ({
    type: 'invoke',
    name: 'composeExtension/selectItem',
    value: { id: text },
  }),
};

/** Below this, a figure is mostly timer noise and garbage collection. */
const NOISE_MS = 2;

async function timeIt(run: () => Promise<unknown>, iterations = 7): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return Math.min(...times);
}

export async function runAdversarialBench(): Promise<void> {
  const catalog = loadCatalog();
  const renderer = createCardRenderer(join(findProjectRoot(), 'cards'));
  const bot = new DecoderBot({
    catalog,
    renderer,
    logger: pino({ level: 'silent' }),
    allowedTenantIds: [],
  });
  const adapter = new NullAdapter();
  const turn = (activity: Partial<Activity>) => () =>
    bot.run(new TurnContext(adapter, { ...base, ...activity } as Activity));
  const quiet = { stdout: () => {}, stderr: () => {}, readStdin: async () => '' };
  const cliWith = (text: string) => () => runCli([], { ...quiet, readStdin: async () => text });
  await cliWith('')(); // the CLI reads the catalogs once per process

  console.log(
    `\nBounded cost: fastest of 7 runs, ms per input at 25 KB and 100 KB (goal ≤ 20 ms per 100 KB, 100 KB ≤ ~4× 25 KB).`
  );
  const points = [...Object.keys(ENTRY_POINTS), 'CLI'];
  console.log(`${'input'.padEnd(34)} ${points.map((p) => p.padStart(16)).join('')}`);
  let worst = { ms: 0, ratio: 0 };
  for (const input of ADVERSARIAL_INPUTS) {
    const cells: string[] = [];
    for (const point of points) {
      const [small, large] = [25_000, 100_000].map((chars) => input.make(chars));
      const run = (text: string) =>
        point === 'CLI' ? cliWith(text) : turn(ENTRY_POINTS[point](text));
      const a = await timeIt(run(small));
      const b = await timeIt(run(large));
      worst = {
        ms: Math.max(worst.ms, b),
        ratio: Math.max(worst.ratio, b / Math.max(a, NOISE_MS)),
      };
      cells.push(`${a.toFixed(1)}/${b.toFixed(1)}`.padStart(16));
    }
    console.log(`${input.name.padEnd(34)} ${cells.join('')}`);
  }
  console.log(
    `worst: ${worst.ms.toFixed(1)} ms per 100 KB, growth 25 KB → 100 KB ${worst.ratio.toFixed(1)}× ` +
      `(ratios count a 25 KB figure under ${NOISE_MS} ms as ${NOISE_MS} ms: below that, timer noise and garbage collection dominate)`
  );
}
