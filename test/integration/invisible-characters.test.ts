import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { walkCard } from '../helpers/cards';
import { FIXTURES } from '../helpers/fixtures';
import { startServer, type RunningServer } from '../helpers/start-server';
import { teamsMessage } from '../helpers/teams-activity';

/**
 * Issue 22 item 9: invisible characters never reach a card. A file name carries every kind (tag
 * characters, variation selectors, the combining grapheme joiner, Hangul fillers, other format
 * characters); the cards the real server answers with show the visible characters only. Pasted
 * fields get the same payloads in injection.test.ts.
 */

const FILE_TYPE = 'application/vnd.microsoft.teams.file.download.info';
/** Every kind of invisible character the cards must not show; our own zero-width space aside. */
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- listing invisible characters one by one is the point
  /(?!\u200B)[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu;
/** "NDESPlugin" with one of each kind hidden in it. */
const HIDDEN_NAME =
  'N\u{E0041}\u{E0042}D\uFE0FE\u{E0100}S\u034FP\u3164l\u115Fu\u1160g\uFFA0i\u2061n\u{E007F}';

/** Every string the card shows, and the invisible characters among them. */
function invisibleIn(card: unknown): { shown: string; invisible: string[] } {
  const strings: string[] = [];
  walkCard(card, (node) => {
    for (const key of ['text', 'title', 'value', 'speak', 'fallbackText'])
      if (typeof node[key] === 'string') strings.push(node[key]);
  });
  const shown = strings.join('\n');
  const invisible = [...shown.matchAll(INVISIBLE)].map(
    (m) => `U+${m[0].codePointAt(0)!.toString(16).toUpperCase()}`
  );
  return { shown: shown.replace(/\u200B/g, ''), invisible };
}

describe('invisible characters never reach a card (issue 22, item 9)', () => {
  let files: Server;
  let base: string;
  let server: RunningServer;
  beforeAll(async () => {
    const log = readFileSync(join(FIXTURES, 'logs', 'ndesplugin.log'));
    files = createServer((req, res) => {
      if (req.url === '/ndesplugin.log') res.end(log);
      else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', () => resolve()));
    base = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
    server = await startServer();
  });
  afterAll(async () => {
    await server.close();
    files.close();
  });

  const cardsOf = async (activity: object) => {
    const res = await server.post({ ...activity, deliveryMode: 'expectReplies' });
    expect(res.status).toBe(200);
    return (res.body as { activities: any[] }).activities
      .filter((a) => a.attachments?.length)
      .map((a) => a.attachments[0].content);
  };
  const attachment = (name: string, path: string) => ({
    contentType: FILE_TYPE,
    name,
    content: { downloadUrl: `${base}${path}`, fileType: 'log' },
  });

  it("shows a file's name without them, on its diagnosis and on a refusal", async () => {
    const cards = await cardsOf({
      ...teamsMessage(''),
      attachments: [
        attachment(`${HIDDEN_NAME}.log`, '/ndesplugin.log'),
        attachment(`gone-${HIDDEN_NAME}.log`, '/gone.log'),
      ],
    });
    expect(cards).toHaveLength(2);
    const [diagnosis, refusal] = cards.map(invisibleIn);
    expect(diagnosis.shown).toContain('File: NDESPlugin.log');
    expect(refusal.shown).toContain('gone-NDESPlugin.log');
    expect(diagnosis.invisible).toEqual([]);
    expect(refusal.invisible).toEqual([]);
  });
});
