import { captureLogger } from '../helpers/capture-logger';
import { repliesTo, cardOf, startServer, type RunningServer } from '../helpers/start-server';
import { cardText } from '../helpers/cards';
import { teamsMessage } from '../helpers/teams-activity';

function invoke(name: string, value: unknown) {
  const { text: _text, textFormat: _tf, ...base } = teamsMessage('');
  return { ...base, type: 'invoke', name, value };
}

const execute = (verb: string, data: Record<string, unknown>) =>
  invoke('adaptiveCard/action', {
    action: { type: 'Action.Execute', verb, data },
    trigger: 'manual',
  });

describe('Teams-native features through the real server', () => {
  const { logger, records } = captureLogger('info');
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({}, { logger });
  });
  afterAll(() => server.close());

  async function search(value: string | undefined) {
    const parameters =
      value === undefined ? [{ name: 'initialRun', value: 'true' }] : [{ name: 'query', value }];
    const res = await server.post(
      invoke('composeExtension/query', { commandId: 'searchCatalog', parameters })
    );
    expect(res.status).toBe(200);
    expect(res.body.composeExtension).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    return res.body.composeExtension.attachments as any[];
  }
  const titles = (attachments: any[]) => attachments.map((a) => a.preview.content.title as string);

  describe('search from the compose box', () => {
    it.each([
      ['0x41', ['0x00000410 · CRPSCEPDeserialize_Failed', '0x00000411 · CRPSCEPChallenge_Expired']],
      ['20502', ['20502 · CRPVerifyMetric_Failure']],
    ])('lists the entries matching %s', async (q, expected) => {
      const found = titles(await search(q));
      for (const title of expected) expect(found).toContain(title);
    });

    it('finds by keyword in English and Japanese, in that language', async () => {
      const en = await search('challenge');
      expect(titles(en)).toContain('0x00000411 · CRPSCEPChallenge_Expired');
      const ja = await search('チャレンジ');
      expect(titles(ja)).toContain('0x00000411 · CRPSCEPChallenge_Expired');
      const row = ja.find((a) => a.preview.content.title.startsWith('0x00000411')).preview.content;
      expect(row.text).toMatch(/チャレンジ/);
      expect(row.tap).toEqual({
        type: 'invoke',
        value: { id: 'legacy-connector:code:0x00000411', language: 'ja' },
      });
    });

    it('lists the failures for an empty query', async () => {
      const rows = await search(undefined);
      expect(rows.length).toBeGreaterThan(5);
      expect(titles(rows)[0]).toBe('1001 · PkcsRequestFailure');
      for (const row of rows)
        expect(row.preview.contentType).toBe('application/vnd.microsoft.card.thumbnail');
    });

    it('inserts the entry card for a picked item', async () => {
      const res = await server.post(
        invoke('composeExtension/selectItem', {
          id: 'legacy-connector:code:0x00000411',
          language: 'ja',
        })
      );
      expect(res.status).toBe(200);
      const card = res.body.composeExtension.attachments[0];
      expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(cardText(card.content)).toMatch(
        /0x00000411 · CRPSCEPChallenge_Expired[\s\S]*次のステップ/
      );
    });
  });

  describe('cards that update in place (Universal Actions)', () => {
    it('drills into a related code: the invoke response carries the new card', async () => {
      const res = await server.post(
        execute('open', { query: 'legacy-connector:code:0x00000409', language: 'en' })
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        statusCode: 200,
        type: 'application/vnd.microsoft.card.adaptive',
      });
      expect(cardText(res.body.value)).toMatch(/0x00000409 · CRPSCEPSigningCert_NotFound/);
    });

    it('swaps the card language in place', async () => {
      const ja = await server.post(
        execute('lang', { query: 'legacy-connector:event:20502', language: 'ja' })
      );
      expect(cardText(ja.body.value)).toMatch(/次のステップ[\s\S]*Show in English/);
      const en = await server.post(
        execute('lang', { query: 'legacy-connector:event:20502', language: 'en' })
      );
      expect(cardText(en.body.value)).toMatch(/Next steps[\s\S]*日本語で表示/);
    });

    it('records a vote with entry id, vote and language only, and thanks in place', async () => {
      const res = await server.post(
        execute('feedback', { id: 'legacy-connector:code:0x00000411', vote: 'up', language: 'en' })
      );
      expect(res.body.statusCode).toBe(200);
      const text = cardText(res.body.value);
      expect(text).toMatch(/Thanks for your feedback/);
      expect(text).not.toMatch(/Was this helpful/);
      const vote = records().find((r) => r.event === 'feedback');
      const { level: _l, time: _t, service: _s, msg: _m, pid: _p, hostname: _h, ...rest } = vote;
      expect(rest).toEqual({
        event: 'feedback',
        entryId: 'legacy-connector:code:0x00000411',
        vote: 'up',
        language: 'en',
      });
    });

    it('refuses a vote for something that is not an entry', async () => {
      const res = await server.post(execute('feedback', { id: 'nope', vote: 'up' }));
      expect(res.body.statusCode).toBe(400);
    });

    it('keeps the Action.Submit fallback working through messages', async () => {
      const replies = await repliesTo(
        server,
        teamsMessage('', {
          extra: {
            text: undefined,
            value: { query: 'legacy-connector:code:0x00000411', language: 'ja' },
          },
        })
      );
      expect(cardText(cardOf(replies))).toMatch(/次のステップ/);
      const thanks = await repliesTo(
        server,
        teamsMessage('', {
          extra: {
            text: undefined,
            value: {
              feedback: { id: 'legacy-connector:code:0x00000411', vote: 'down', language: 'en' },
            },
          },
        })
      );
      expect(thanks[0].text).toBe('Thanks for your feedback.');
      // A malformed vote records nothing, so it is not thanked.
      const bogus = await repliesTo(
        server,
        teamsMessage('', { extra: { text: undefined, value: { feedback: { id: 5 } } } })
      );
      expect(bogus.filter((a: any) => a.type === 'message')).toEqual([]);
    });

    it('every drill-down button is an Action.Execute with an Action.Submit fallback', async () => {
      const card = cardOf(await repliesTo(server, teamsMessage('event 20502')));
      const actions: any[] = [];
      const walk = (v: any) => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') {
          if (v.type === 'Action.Execute') actions.push(v);
          Object.values(v).forEach(walk);
        }
      };
      walk(card);
      expect(actions.length).toBeGreaterThanOrEqual(5);
      for (const action of actions) expect(action.fallback.type).toBe('Action.Submit');
    });
  });
});
