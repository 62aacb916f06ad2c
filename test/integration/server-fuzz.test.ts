import fc from 'fast-check';
import { captureLogger } from '../helpers/capture-logger';
import { startServer, type RunningServer } from '../helpers/start-server';
import { teamsMessage } from '../helpers/teams-activity';

/**
 * Fuzzing through the real server: activities whose fields hold arbitrary JSON. Whatever arrives,
 * the answer is never a 5xx, the process keeps serving, and a tenant that is not allowed never
 * gets a word back, not even an apology.
 */

const FIELDS = [
  'type',
  'name',
  'text',
  'locale',
  'value',
  'channelData',
  'conversation',
  'from',
  'recipient',
  'attachments',
  'entities',
  'membersAdded',
  'membersRemoved',
  'textFormat',
] as const;

const json = fc.jsonValue({ maxDepth: 3 });
/** Names every object inherits: as keys and as level names they must stay plain data. */
const INHERITED = fc.constantFrom(
  'constructor',
  '__proto__',
  'toString',
  'valueOf',
  'hasOwnProperty'
);
const inheritedKeys = fc.dictionary(INHERITED, json, { maxKeys: 3 });
/** Pastes whose level, field or entity names are inherited names. */
const inheritedPaste = INHERITED.map((name) =>
  [
    `<Event><System><EventID>20502</EventID><Level>${name}</Level><${name}>x</${name}></System>`,
    `<EventData><Data>&${name};0x00000409</Data></EventData></Event>`,
    `Level,Date and Time,Source,Event ID,Task Category\n${name},now,Intune,20502,None,"0x411"`,
  ].join('\n')
);
/** Values that reach the handlers' reading code: the shapes Teams uses, with wrong parts inside. */
const shaped = fc.oneof(
  json,
  inheritedKeys,
  inheritedPaste,
  fc.record({ id: json, tenantId: json, conversationType: json, name: json }),
  fc.array(fc.oneof(json, fc.record({ contentType: json, content: json, type: json }))),
  fc.record({ action: fc.oneof(json, fc.record({ verb: json, data: json })), parameters: json }),
  fc.record({ tenant: fc.oneof(json, fc.record({ id: json })), eventType: json })
);
const TYPES = fc.constantFrom(
  'message',
  'invoke',
  'conversationUpdate',
  'messageReaction',
  'event'
);
const NAMES = fc.constantFrom(
  'adaptiveCard/action',
  'composeExtension/query',
  'composeExtension/selectItem',
  'composeExtension/queryLink',
  'task/fetch',
  'signin/verifyState'
);

/** A Teams message with some fields replaced by arbitrary values (or removed). */
const activity = fc
  .record({
    type: fc.oneof(TYPES, json),
    name: fc.oneof(NAMES, json),
    overrides: fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(shaped, fc.constant(undefined)), {
      maxKeys: 5,
    }),
  })
  .map(({ type, name, overrides }) => ({
    ...teamsMessage('what is 0x411'),
    type,
    name,
    ...overrides,
    deliveryMode: 'expectReplies',
  }));

const messagesIn = (body: any): any[] =>
  Array.isArray(body?.activities) ? body.activities.filter((a: any) => a?.type === 'message') : [];

describe('the real server under arbitrary activities', () => {
  const { logger, records } = captureLogger('info');
  let open: RunningServer;
  let closed: RunningServer;
  beforeAll(async () => {
    open = await startServer({}, { logger });
    // An allowlist that excludes the tenant every generated activity claims.
    closed = await startServer({ ALLOWED_TENANT_IDS: '99999999-9999-4999-8999-999999999999' });
  });
  afterAll(async () => {
    await open.close();
    await closed.close();
  });

  it('never answers with a 5xx and never fails a turn', async () => {
    await fc.assert(
      fc.asyncProperty(activity, async (a) => {
        const res = await open.post(a);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 300 }
    );
    expect(records().filter((r) => r.level >= 50)).toEqual([]);
    expect((await fetch(`${open.url}/healthz`)).status).toBe(200);
  });

  it('never says a word to a tenant that is not allowed', async () => {
    await fc.assert(
      fc.asyncProperty(activity, async (a) => {
        const res = await closed.post(a);
        expect(res.status).toBeLessThan(500);
        expect(messagesIn(res.body)).toEqual([]);
        expect(JSON.stringify(res.body ?? '')).not.toMatch(/0x00000411|Sorry/);
      }),
      { numRuns: 200 }
    );
  });
});
