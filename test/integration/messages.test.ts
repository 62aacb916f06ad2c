import { repliesTo, cardOf, startServer, type RunningServer } from '../helpers/start-server';
import { cardQueries, cardText } from '../helpers/cards';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../../src/files/project-root';
import {
  botAdded,
  buttonPress,
  escapeHtml,
  htmlPaste,
  mentionMessage,
  teamsMessage,
} from '../helpers/teams-activity';

describe('the real server answers Teams-shaped activities', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('answers a personal chat with the entry card alone, and a plain summary for notifications', async () => {
    const replies = await repliesTo(server, teamsMessage('what is 0x411'));
    expect(replies).toHaveLength(1);
    // No text bubble that repeats the card's headline.
    expect(replies[0].text ?? '').toBe('');
    expect(replies[0].summary).toMatch(/^0x00000411 CRPSCEPChallenge_Expired: /);
    expect(replies[0].attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = cardOf(replies);
    expect(card.version).toBe('1.5');
    expect(card.msteams).toEqual({ width: 'Full' });
    expect(cardText(card)).toMatch(/0x00000411 · CRPSCEPChallenge_Expired/);
    expect(cardQueries(card)).toContain('legacy-connector:event:20501');
  });

  it('answers a channel message with the mention stripped', async () => {
    const card = cardOf(await repliesTo(server, mentionMessage('event 20502')));
    expect(cardText(card)).toMatch(/20502 · CRPVerifyMetric_Failure/);
    expect(cardQueries(card)).toEqual(
      expect.arrayContaining([
        'legacy-connector:code:0x00000408',
        'legacy-connector:code:0x00000409',
        'legacy-connector:code:0x00000410',
      ])
    );
  });

  it('answers a group chat mention placed after the question', async () => {
    const activity = teamsMessage('0x403 vs 0x404? <at>Connector Decoder</at>', {
      kind: 'groupChat',
      extra: {
        entities: [
          {
            type: 'mention',
            text: '<at>Connector Decoder</at>',
            mentioned: { id: '28:bot-app-id', name: 'Connector Decoder' },
          },
        ],
      },
    });
    const card = cardOf(await repliesTo(server, activity));
    const text = cardText(card);
    expect(text).toMatch(/0x00000403 · CertThumbprint_NotFound/);
    expect(text).toMatch(/0x00000404 · Certificate_NotFound/);
  });

  it('gives the help card on a bare mention', async () => {
    const replies = await repliesTo(server, mentionMessage(''));
    expect(cardText(cardOf(replies))).toMatch(/Try one of these/);
  });

  it('reads a rich paste from the text/html attachment', async () => {
    const replies = await repliesTo(
      server,
      htmlPaste(['Event ID:      20502', 'Level:         Error', 'Diagnostic Code: 0x00000409'])
    );
    expect(cardText(cardOf(replies))).toMatch(/CRPSCEPSigningCert_NotFound|0x00000409/);
  });

  it('diagnoses an Event Viewer paste whose lines survive only in the text/html attachment', async () => {
    const lines = readFileSync(
      join(findProjectRoot(), 'test', 'fixtures', 'logs', 'event-viewer-text-many.txt'),
      'utf8'
    ).split('\n');
    const activity: any = htmlPaste(lines);
    const html = lines.map((l) => `<div>${escapeHtml(l)}</div>`).join('');
    activity.attachments = [
      {
        contentType: 'text/html',
        content: `<div><span itemtype="http://schema.skype.com/Mention" itemid="0">Connector Decoder</span></div>${html}`,
      },
    ];
    const replies = await repliesTo(server, activity);
    expect(replies[0].summary).toMatch(
      /^4 records read \(Event Viewer text\); 3 distinct findings\. 20502 CRPVerifyMetric_Failure with 0x00000409/
    );
    const text = cardText(cardOf(replies));
    expect(text).toMatch(/Log diagnosis/);
    expect(text).toMatch(/seen 2×/);
    expect(text).toMatch(/5c0ffee0-1234-4abc-9def-00000000a1b2/);
    expect(cardQueries(cardOf(replies))).toContain('legacy-connector:code:0x00000409');
  });

  it('welcomes when the bot is added', async () => {
    const replies = await repliesTo(server, botAdded('personal'));
    // The welcome card alone: no text bubble beside it.
    expect(replies).toHaveLength(1);
    expect(replies[0].text ?? '').toBe('');
    expect(replies[0].summary).toMatch(/Connector Decoder/);
    expect(cardText(cardOf(replies))).toMatch(/Hi, I am Connector Decoder/);
  });

  it('welcomes in Japanese for a Japanese locale', async () => {
    const replies = await repliesTo(server, botAdded('team' as 'channel', 'ja-JP'));
    expect(cardText(cardOf(replies))).toMatch(/Connector Decoder です/);
  });

  it('answers a button press carrying a query in value', async () => {
    const card = cardOf(await repliesTo(server, buttonPress('legacy-connector:code:0x00000409')));
    expect(cardText(card)).toMatch(/0x00000409 · CRPSCEPSigningCert_NotFound/);
  });

  it('answers in Japanese for a Japanese message', async () => {
    const card = cardOf(await repliesTo(server, teamsMessage('イベント 20502 とは')));
    expect(cardText(card)).toMatch(/次のステップ/);
  });

  it('says plainly when a code is not in the catalog', async () => {
    const replies = await repliesTo(server, teamsMessage('0x40A'));
    expect(replies[0].summary).toBe('0x40A is not in the catalog.');
    const card = cardOf(replies);
    expect(cardText(card)).toMatch(/Not in the catalog/);
    expect(cardQueries(card)[0]).toMatch(/^legacy-connector:code:/);
  });

  it('answers an unknown activity type without an error', async () => {
    const res = await server.post({
      ...teamsMessage(''),
      type: 'somethingNew',
      deliveryMode: 'expectReplies',
    });
    expect(res.status).toBeLessThan(500);
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await server.post('{"type": "message", ');
    expect(res.status).toBe(400);
  });

  it('reports health with catalog counts', async () => {
    const res = await fetch(`${server.url}/healthz`);
    const body = (await res.json()) as any;
    expect(res.status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.catalog.byCatalog['legacy-connector']).toBe(31);
  });
});
