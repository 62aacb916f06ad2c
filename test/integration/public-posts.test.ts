import { runCli } from '../../src/cli/run-cli';
import posts from '../corpus/public-posts.json';
import { cardQueries } from '../helpers/cards';
import { repliesTo, cardOf, startServer, type RunningServer } from '../helpers/start-server';
import { teamsMessage } from '../helpers/teams-activity';

/**
 * The public-post corpus through the real server and the CLI: every entry a post must get is on
 * the card the bot sends (a button or action opens it), and the CLI's text names it.
 */
const POSTS = (posts as Array<{ id: string; text: string; expect: string[] }>).filter(
  (p) => p.expect.length > 0
);
const bare = (id: string) => id.split('@')[0];

describe('public posts through the bot and the CLI', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it.each(POSTS.map((p) => [p.id, p] as const))('%s', async (_id, post) => {
    const card = cardOf(await repliesTo(server, teamsMessage(post.text)));
    const queries = cardQueries(card).map(bare);
    for (const id of post.expect)
      expect({ id, onCard: queries.includes(bare(id)) }).toEqual({ id, onCard: true });

    const out: string[] = [];
    const io = {
      stdout: (t: string) => out.push(t),
      stderr: () => {},
      readStdin: async () => post.text,
    };
    // Exit 1 when only closest matches answer: they are not a recognition.
    expect([0, 1]).toContain(await runCli(['--json'], io));
    const json = out.join('');
    for (const id of post.expect) expect(json).toContain(`"${bare(id)}"`);
  });
});
