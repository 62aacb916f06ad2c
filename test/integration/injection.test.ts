import MarkdownIt from 'markdown-it';
import { INJECTION_PAYLOADS, withoutSpaces } from '../corpus/injection-payloads';
import { walkCard } from '../helpers/cards';
import { repliesTo, startServer, type RunningServer } from '../helpers/start-server';
import { htmlPaste, teamsMessage } from '../helpers/teams-activity';

/**
 * Text from a message or a paste is shown as text. Each payload is put in every field a paste can
 * fill, sent through the real server, and every card string and reply text that quotes it is read
 * the way Teams reads it: as markdown, with bare links recognized. Nothing may turn into a link,
 * an image, emphasis, a list, a heading or markup; the payload's words must still be shown.
 */

const markdown = new MarkdownIt({ html: true, linkify: true });
// Teams may link more than markdown-it does by default: also look for bare domains, e-mail and IP.
markdown.linkify.set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true });
/** What rendered markdown may contain around plain text. */
const PLAIN_TAGS = /<\/?p>|<br\s*\/?>/g;
/**
 * Controls and invisible or reordering characters: every format character (Unicode's Cf, which
 * includes bidi controls, zero-widths and tag characters), the whole tag block, variation
 * selectors, the combining grapheme joiner and the Hangul fillers. Only the zero-width space we
 * insert to break links is allowed.
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- finding control and invisible characters, one by one, is the point
  /(?!\u200B)[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\p{Cf}\u034F\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/u;

function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Each place a paste can put a value that the answer quotes, as a message to send. */
const PLACES: Record<string, (p: string) => Record<string, unknown>> = {
  'Event Viewer Date': (p) => teamsMessage(eventViewer({ date: p.replace(/\n/g, ' ') })),
  'Event Viewer Computer': (p) => teamsMessage(eventViewer({ computer: withoutSpaces(p) })),
  'Device ID in a description': (p) => teamsMessage(eventViewer({ device: withoutSpaces(p) })),
  'CA name and template in a description': (p) =>
    teamsMessage(
      eventViewer({ extra: `CA Name: ${p.replace(/\n/g, ' ')}\nTemplate: ${withoutSpaces(p)}` })
    ),
  'XML SystemTime and Computer': (p) => teamsMessage(eventXml(p)),
  'IIS log URL': (p) => teamsMessage(iisLine(withoutSpaces(p))),
  'IIS log URL in a rich paste': (p) => htmlPaste(iisLine(withoutSpaces(p)).split('\n')),
};

function eventViewer(v: { date?: string; computer?: string; device?: string; extra?: string }) {
  return [
    'Log Name:      Microsoft Intune Connector',
    'Source:        Microsoft Intune Connector Service',
    `Date:          ${v.date ?? '3/14/2019 9:41:07 AM'}`,
    'Event ID:      20502',
    'Level:         Error',
    `Computer:      ${v.computer ?? 'ndes01.fabrikam.test'}`,
    'Description:',
    'CRPVerifyMetric_Failure: Certificate Registration Point failed to verify a client challenge.',
    `Device ID: ${v.device ?? '5c0ffee0-1234-4abc-9def-00000000a1b2'}`,
    ...(v.extra ? [v.extra] : []),
    'Diagnostic Code: 0x00000409',
  ].join('\n');
}

function eventXml(p: string): string {
  return `<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System>
<Provider Name="Microsoft Intune Connector Service" /><EventID>20102</EventID><Level>2</Level>
<TimeCreated SystemTime="${xmlEscape(p)}" /><Channel>Microsoft Intune Connector</Channel>
<Computer>${xmlEscape(p)}</Computer></System><EventData><Data>PkcsCertIssue_Failure</Data>
<Data>DeviceId=0d9e7f11-aaaa-4bbb-8ccc-123456789abc; CAName=${xmlEscape(withoutSpaces(p))}; Template=${xmlEscape(withoutSpaces(p))}</Data>
<Data>0x00000400</Data></EventData></Event>`;
}

function iisLine(stem: string): string {
  return [
    '#Software: Microsoft Internet Information Services 10.0',
    '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken',
    `2019-03-14 09:41:07 10.0.0.15 POST /CertificateRegistrationSvc/${stem} - 443 - 10.0.0.15 NDES_Plugin - 403 16 0 453`,
  ].join('\n');
}

/** Payloads that never reach the answer in that place, and why (every other one must be quoted). */
const NOT_QUOTED: Record<string, string> = {
  'Device ID in a description: card JSON': 'the value ends at its first comma, before the marker',
  'CA name and template in a description: card JSON': 'the value ends at its first comma',
  'IIS log URL: terminal escape': 'colour codes read as spaces, so the line is no IIS log line',
  'IIS log URL in a rich paste: terminal escape': 'the same line in a rich paste',
};

/**
 * The text of a card's TextRuns: the Adaptive Cards schema reads a TextRun as plain text, never
 * markdown, so a pasted value there is shown (and copied) exactly as it was.
 */
const runTexts = new WeakSet<object>();

/** Every string a reply shows: its text, summary and each text, title and value on its card. */
function shownStrings(replies: any[]): string[] {
  const out: string[] = [];
  for (const reply of replies) {
    for (const key of ['text', 'summary']) if (typeof reply[key] === 'string') out.push(reply[key]);
    walkCard(reply.attachments ?? [], (node) => {
      for (const key of ['text', 'title', 'value', 'speak', 'fallbackText'])
        if (typeof node[key] === 'string')
          out.push(node.type === 'TextRun' && key === 'text' ? run(node[key]) : node[key]);
    });
  }
  return out;
}

function run(text: string): string {
  // A String object keeps its identity through filter(): problemsOf knows it came from a TextRun.
  const boxed = new String(text);
  runTexts.add(boxed);
  return boxed as unknown as string;
}

/** Problems with a shown string that quotes the payload; empty when it reads as plain text. */
function problemsOf(shown: string): string[] {
  const problems: string[] = [];
  const text = String(shown);
  const rendered = runTexts.has(shown as unknown as object)
    ? ''
    : markdown.render(text).replace(PLAIN_TAGS, '');
  const tag = rendered.match(/<[a-z][^>]*>/i);
  if (tag) problems.push(`renders as markup: ${tag[0]}`);
  if (text.includes('${')) problems.push('template expression');
  // Adaptive Cards replace {{DATE(…)}} and {{TIME(…)}} in text with a date the paste never held.
  if (/\{\{(?:DATE|TIME)\(/i.test(text)) problems.push('card date function');
  if (HIDDEN.test(text)) problems.push('hidden or reordering character');
  return problems;
}

describe('pasted text is shown as text, never as markdown, links or template syntax', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const cases = Object.entries(PLACES).flatMap(([place, make]) =>
    Object.entries(INJECTION_PAYLOADS).map(
      ([name, payload]) => [place, name, make, payload] as const
    )
  );

  it.each(cases)('%s: %s', async (place, name, make, payload) => {
    const replies = await repliesTo(server, make(payload));
    const strings = shownStrings(replies);
    const quoting = strings.filter((s) => s.includes('EVIL'));
    if (!NOT_QUOTED[`${place}: ${name}`]) expect(quoting.length).toBeGreaterThan(0);
    for (const s of quoting)
      expect({ text: s, problems: problemsOf(s) }).toEqual({ text: s, problems: [] });
    // Nothing may leave the template unexpanded either.
    expect(strings.join('\n')).not.toContain('${');
  });

  it.each(Object.entries(INJECTION_PAYLOADS))('a question: %s', async (_name, payload) => {
    for (const text of [`what is 0x411 ${payload}`, `event 20502 ${payload}`, payload]) {
      const strings = shownStrings(await repliesTo(server, teamsMessage(text)));
      // A reply was shown, and every string of it that quotes the payload shows it as text.
      expect(strings.length).toBeGreaterThan(0);
      const quoted = strings.filter((x) => x.includes('EVIL'));
      expect(quoted.map((s) => ({ text: s, problems: problemsOf(s) }))).toEqual(
        quoted.map((s) => ({ text: s, problems: [] }))
      );
    }
  });
});
