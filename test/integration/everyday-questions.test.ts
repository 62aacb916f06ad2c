import { runCli } from '../../src/cli/run-cli';
import { cardQueries, cardText } from '../helpers/cards';
import { logFixture } from '../helpers/fixtures';
import { repliesTo, cardOf, startServer, type RunningServer } from '../helpers/start-server';
import { teamsMessage } from '../helpers/teams-activity';

/** The questions of the issue "Every answer right", as an admin sends them, through the bot and the CLI. */
const ROWS: ReadonlyArray<{
  text: string;
  card: RegExp[];
  notOnCard: RegExp[];
  cli: RegExp;
  exit: number;
}> = [
  {
    text: 'connector 6.2101 on Windows Server 2019 keeps failing',
    card: [/What should I look at\?/, /Send what the failing part shows/],
    notOnCard: [/PkcsImportUploadFailure|2101 ·/],
    cli: /I did not find a code, an event ID or a message I know/,
    exit: 1,
  },
  {
    text: 'NDES returns 500',
    card: [/HTTP 500 · HTTP_500_InternalServerError/, /NDES service account/],
    notOnCard: [/HTTP 403/],
    cli: /HTTP 500\s+HTTP_500_InternalServerError/,
    exit: 0,
  },
  {
    text: '500',
    card: [/Did you mean one of these for 500\?/, /HTTP 500/],
    notOnCard: [],
    cli: /Did you mean one of these for 500\?/,
    exit: 1,
  },
  {
    text: 'about 31 of our 1000 iPhones fail with 0x411',
    card: [/0x00000411 · CRPSCEPChallenge_Expired/],
    notOnCard: [/Event 31|1000 ·/],
    cli: /Code 0x00000411\s+CRPSCEPChallenge_Expired/,
    exit: 0,
  },
  {
    text: 'not working',
    card: [/What should I look at\?/],
    notOnCard: [/NotFound/],
    cli: /Try one of these/,
    exit: 1,
  },
  {
    text: 'PKCS cert not issued, error -2146762487',
    card: [/0x800B0109 · CERT_E_UNTRUSTEDROOT/, /PKCS/, /SCEP\/NDES/],
    notOnCard: [],
    cli: /0x800B0109\s+CERT_E_UNTRUSTEDROOT/,
    exit: 0,
  },
];

describe('everyday questions through the real server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it.each(ROWS)('$text', async ({ text, card, notOnCard }) => {
    const shown = cardText(cardOf(await repliesTo(server, teamsMessage(text))));
    for (const pattern of card) expect(shown).toMatch(pattern);
    for (const pattern of notOnCard) expect(shown).not.toMatch(pattern);
  });

  it('offers "HTTP 500?" as a button for a bare 500', async () => {
    expect(cardQueries(cardOf(await repliesTo(server, teamsMessage('500'))))).toContain(
      'windows:code:HTTP 500'
    );
  });

  it('reads a w3wp crash paste in one line per finding, without its time stamps', async () => {
    const replies = await repliesTo(server, teamsMessage(logFixture('w3wp-crash.txt')));
    const shown = cardText(cardOf(replies));
    expect(shown).toMatch(/1000 ApplicationError_w3wp — .*\(also 0xe0434352, not in the catalog\)/);
    expect(shown).not.toMatch(/0x5b9c9a8e/);
  });
});

describe('everyday questions through the CLI', () => {
  it.each(ROWS)('$text', async ({ text, cli, exit }) => {
    const out: string[] = [];
    const code = await runCli([text], {
      stdout: (t) => out.push(t),
      stderr: () => undefined,
      readStdin: async () => '',
    });
    expect(out.join('\n')).toMatch(cli);
    expect(code).toBe(exit);
  });
});
