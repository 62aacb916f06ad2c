import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import pino from 'pino';
import { DecoderBot } from '../../src/bot/decoder-bot';
import { builtInCatalog } from '../helpers/answers';
import { cardQueries, cardText, projectRenderer } from '../helpers/cards';
import {
  botAdded,
  buttonPress,
  htmlPaste,
  mentionMessage,
  teamsMessage,
  TENANT,
} from '../helpers/teams-activity';

const catalog = builtInCatalog();
const renderer = projectRenderer();

function harness(allowedTenantIds: string[] = []) {
  const bot = new DecoderBot({
    catalog,
    renderer,
    logger: pino({ level: 'silent' }),
    allowedTenantIds,
  });
  return new TestAdapter(async (context) => bot.run(context), { channelId: 'msteams' });
}

async function repliesTo(
  activity: Record<string, unknown>,
  allowed: string[] = []
): Promise<Partial<Activity>[]> {
  const adapter = harness(allowed);
  await adapter.send(activity as Partial<Activity>).startTest();
  return adapter.activeQueue.splice(0);
}

const card = (replies: Partial<Activity>[]) => replies[0]?.attachments?.[0]?.content;

describe('DecoderBot under TestAdapter (msteams)', () => {
  it('answers a 1:1 question with an adaptive card', async () => {
    const replies = await repliesTo(teamsMessage('what is 0x411'));
    expect(replies).toHaveLength(1);
    expect(replies[0].attachments?.[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(card(replies))).toMatch(/CRPSCEPChallenge_Expired/);
  });

  it('answers a channel mention', async () => {
    expect(cardText(card(await repliesTo(mentionMessage('RevokeCert_Failure'))))).toMatch(
      /20202 · RevokeCert_Failure/
    );
  });

  it('answers a group chat mention', async () => {
    expect(
      cardText(card(await repliesTo(mentionMessage('challenge expired', 'groupChat'))))
    ).toMatch(/CRPSCEPChallenge_Expired/);
  });

  it('reads an HTML paste', async () => {
    expect(
      cardText(card(await repliesTo(htmlPaste(['Event ID: 10102', 'Diagnostic Code: 0x00000405']))))
    ).toMatch(/CertificateRenewal_Failure|Certificate_Expired/);
  });

  it('welcomes when it is added, and not when someone else is', async () => {
    expect(cardText(card(await repliesTo(botAdded())))).toMatch(/Hi, I am Connector Decoder/);
    const userAdded = { ...botAdded(), membersAdded: [{ id: '29:someone-else', name: 'Sam' }] };
    expect(await repliesTo(userAdded)).toHaveLength(0);
  });

  it('answers a button press with the pressed entry', async () => {
    const replies = await repliesTo(buttonPress('legacy-connector:event:20501'));
    expect(cardText(card(replies))).toMatch(/20501 · CRPVerifyMetric_Warning/);
    expect(cardQueries(card(replies))).toContain('legacy-connector:code:0x00000411');
  });

  it('gives no catalog content to a tenant that is not allowed', async () => {
    const other = '99999999-9999-4999-8999-999999999999';
    expect(await repliesTo(teamsMessage('0x411'), [other])).toHaveLength(0);
    expect(await repliesTo(teamsMessage('0x411'), [TENANT])).toHaveLength(1);
  });

  it('ignores typing and other activity types quietly', async () => {
    expect(await repliesTo({ ...teamsMessage(''), type: ActivityTypes.Typing })).toHaveLength(0);
  });
});
