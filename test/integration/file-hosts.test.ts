import { cardText } from '../helpers/cards';
import { startServer, type RunningServer } from '../helpers/start-server';
import { teamsMessage } from '../helpers/teams-activity';

/**
 * Issue 22 item 13: an allowed file host is allowed on its default port only, unless FILE_HOSTS
 * names a port. Through the real server: a refused address gets the "can't download from there"
 * notice without any download; an allowed one is tried (its name is in .invalid, which never
 * resolves, so the attempt fails as "couldn't download" without leaving this machine).
 */

const FILE_TYPE = 'application/vnd.microsoft.teams.file.download.info';

async function noticeFor(server: RunningServer, downloadUrl: string): Promise<string> {
  const res = await server.post({
    ...teamsMessage(''),
    attachments: [{ contentType: FILE_TYPE, name: 'x.log', content: { downloadUrl } }],
    deliveryMode: 'expectReplies',
  });
  expect(res.status).toBe(200);
  const reply = (res.body as { activities: any[] }).activities.find((a) => a.attachments?.length);
  return cardText(reply.attachments[0].content);
}

const REFUSED = /can't download from there/;
const TRIED = /couldn't download/;

describe('allowed file hosts match the port too (issue 22, item 13)', () => {
  let defaults: RunningServer;
  let configured: RunningServer;
  beforeAll(async () => {
    defaults = await startServer({ FILE_TIMEOUT_MS: '2000' });
    configured = await startServer({
      FILE_TIMEOUT_MS: '2000',
      FILE_HOSTS: '*.sharepoint.invalid,files.fabrikam.invalid:8443,docs.fabrikam.invalid:443',
    });
  });
  afterAll(async () => {
    await defaults.close();
    await configured.close();
  });

  it.each([
    'https://contoso.sharepoint.com:8443/sites/it/x.log',
    'https://contoso.sharepoint.com:1/x.log',
    'https://contoso-my.sharepoint.us:8080/x.log',
  ])('refuses %s with the default hosts', async (url) => {
    expect(await noticeFor(defaults, url)).toMatch(REFUSED);
  });

  it.each([
    ['a wildcard host on another port', 'https://contoso.sharepoint.invalid:8443/x.log', REFUSED],
    ['a wildcard host on 443 written out', 'https://contoso.sharepoint.invalid:443/x.log', TRIED],
    ['a wildcard host on the default port', 'https://contoso.sharepoint.invalid/x.log', TRIED],
    ['a host on its configured port', 'https://files.fabrikam.invalid:8443/x.log', TRIED],
    [
      'a host configured with a port, on the default one',
      'https://files.fabrikam.invalid/x.log',
      REFUSED,
    ],
    [
      'a host configured with a port, on a third',
      'https://files.fabrikam.invalid:9443/x.log',
      REFUSED,
    ],
  ])('%s: %s', async (_name, url, expected) => {
    const text = await noticeFor(configured, url);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(expected === REFUSED ? TRIED : REFUSED);
  });
});
