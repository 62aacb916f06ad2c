import { cardText, walkCard } from '../helpers/cards';
import { builtInCatalog } from '../helpers/answers';
import { repliesTo, cardOf, startServer, type RunningServer } from '../helpers/start-server';
import { teamsMessage } from '../helpers/teams-activity';

/**
 * Guided flows through the real server, as an admin walks them in Teams: a symptom question
 * offers the flow, each press is an Action.Execute whose answer replaces the card, and the card's
 * buttons carry everything the next step needs.
 */
const catalog = builtInCatalog();

/** The buttons of a card: Action.Execute titles and queries (their Action.Submit fallbacks too). */
function buttons(card: unknown): Array<{ title: string; query: string; type: string }> {
  const out: Array<{ title: string; query: string; type: string }> = [];
  walkCard(card, (node) => {
    if ((node.type === 'Action.Execute' || node.type === 'Action.Submit') && node.data?.query)
      out.push({ title: node.title, query: node.data.query, type: node.type });
  });
  return out;
}

function openUrls(card: unknown): string[] {
  const out: string[] = [];
  walkCard(card, (node) => {
    if (node.type === 'Action.OpenUrl') out.push(node.url);
  });
  return out;
}

/** Presses a card button: the Action.Execute invoke Teams sends, answered with the next card. */
async function press(server: RunningServer, query: string, language = 'en') {
  const { text: _t, textFormat: _f, ...base } = teamsMessage('');
  const res = await server.post({
    ...base,
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: {
      action: { type: 'Action.Execute', verb: 'open', data: { query, language } },
      trigger: 'manual',
    },
  });
  expect(res.status).toBe(200);
  expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
  return res.body.value;
}

describe('guided flows through the real server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it.each([
    ['SCEP certificates are not reaching the iPhones', 'en', ['scep-not-delivered']],
    ['the PKCS profile stays Pending', 'en', ['pkcs-not-delivered']],
    ['certificates are not being delivered', 'en', ['scep-not-delivered', 'pkcs-not-delivered']],
    ["the SCEP cert doesn't get installed on the iPads", 'en', ['scep-not-delivered']],
    ['PKCS certificate won’t install on Windows', 'en', ['pkcs-not-delivered']],
    ['iPhone に SCEP 証明書が配布されない', 'ja', ['scep-not-delivered']],
    ['証明書が配布されません', 'ja', ['scep-not-delivered', 'pkcs-not-delivered']],
  ])('"%s" offers the flow', async (text, language, flows) => {
    const card = cardOf(
      await repliesTo(server, teamsMessage(text, { locale: language === 'ja' ? 'ja-JP' : 'en-US' }))
    );
    const offered = buttons(card)
      .filter((b) => b.type === 'Action.Execute' && b.query.startsWith('flow:'))
      .map((b) => b.query.split(':')[1]);
    expect(offered).toEqual(flows);
    // A symptom card opens with its check ("Start the SCEP check"); an entry's card offers it.
    expect(cardText(card)).toMatch(
      language === 'ja' ? /ガイドで確認|の確認を開始/ : /Walk me through it|Start the \w+ check/
    );
  });

  it.each(
    [...catalog.flows.keys()].flatMap((id) => [
      [id, 'en'],
      [id, 'ja'],
    ])
  )(
    '%s (%s): every branch walks from the start to a leaf with checks and sources',
    async (flowId, language) => {
      const flow = catalog.flows.get(flowId)!;
      const leaves = new Set<string>();
      const seen = new Set<string>();
      const walk = async (query: string, depth: number): Promise<void> => {
        expect(depth).toBeLessThan(15);
        const card = await press(server, query, language);
        const nodeId = query.split(':')[2];
        const node = flow.nodes.get(nodeId)!;
        expect(cardText(card)).toContain(node.text[language as 'en' | 'ja']);
        if (seen.has(nodeId)) return;
        seen.add(nodeId);
        const next = buttons(card).filter(
          (b) =>
            b.type === 'Action.Execute' &&
            b.query.startsWith(`flow:${flowId}:`) &&
            node.answers.some((a) => b.title === a.label[language as 'en' | 'ja'])
        );
        if (node.kind === 'leaf') {
          leaves.add(nodeId);
          expect(node.steps.length).toBeGreaterThan(0);
          expect(openUrls(card).length + (node.inference ? 1 : 0)).toBeGreaterThan(0);
          return;
        }
        expect(next).toHaveLength(node.answers.length);
        for (const b of next) await walk(b.query, depth + 1);
      };
      await walk(`flow:${flowId}:${flow.start}`, 0);
      const allLeaves = [...flow.nodes.values()].filter((n) => n.kind === 'leaf').map((n) => n.id);
      expect([...leaves].sort()).toEqual(allLeaves.sort());
    }
  );

  it('goes Back to the step before, and Start over to the first, from wherever the admin is', async () => {
    const start = await press(server, 'flow:scep-not-delivered:scep-sent');
    const sent = buttons(start).find((b) => b.title === 'Sent')!;
    const device = await press(server, sent.query);
    const received = buttons(device).find((b) => b.title === 'Received')!;
    const iis = await press(server, received.query);
    expect(cardText(iis)).toMatch(/step 3/);
    const back = buttons(iis).find((b) => b.title === '← Back')!;
    const again = await press(server, back.query);
    expect(cardText(again)).toContain('Did the device receive and process the profile?');
    expect(cardText(again)).toMatch(/step 2/);
    const restart = buttons(iis).find((b) => b.title === 'Start over')!;
    const first = await press(server, restart.query);
    expect(cardText(first)).toContain("Was the SCEP profile sent to the user's device?");
    expect(buttons(first).map((b) => b.title)).not.toContain('← Back');
  });

  it('answers the Action.Submit fallback of older clients with the next step as a new card', async () => {
    const replies = await repliesTo(
      server,
      teamsMessage('', {
        extra: {
          text: undefined,
          value: { query: 'flow:pkcs-not-delivered:pkcs-root:pkcs-ca-settings', language: 'ja' },
        },
      })
    );
    expect(cardText(cardOf(replies))).toContain('信頼されたルート証明書');
  });

  it('opens an entry a step names as a new card, so the step stays where the admin is', async () => {
    const step = await press(
      server,
      'flow:scep-not-delivered:leaf-scep-iis-500:scep-sent,scep-on-device,scep-iis'
    );
    const opened = buttons(step).filter((b) => !b.query.startsWith('flow:'));
    expect(opened.length).toBeGreaterThan(0);
    // Action.Submit posts a new message; Action.Execute would replace the step's card in place.
    expect(opened.every((b) => b.type === 'Action.Submit')).toBe(true);
    const replies = await repliesTo(
      server,
      teamsMessage('', { extra: { text: undefined, value: { query: opened[0].query } } })
    );
    const entry = catalog.entries.find((e) => e.id === opened[0].query)!;
    expect(cardText(cardOf(replies))).toContain(entry.name);
  });

  it('restarts the flow when a card carries a step that is not in it', async () => {
    const card = await press(server, 'flow:scep-not-delivered:no-such-step:also,not,real');
    expect(cardText(card)).toContain("Was the SCEP profile sent to the user's device?");
  });
});
