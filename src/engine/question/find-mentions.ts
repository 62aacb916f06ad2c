import type { Catalog, CodeContext } from '../../catalog/catalog-types';
import { windowsCodeByKey } from '../windows/decode-windows-code';
import { MentionSink, type Mention } from './mention-sink';
import { readNamespacedNumbers } from './read-namespace';
import { readHex, readNumber, readWord, type TokenReading } from './read-tokens';
import { scanTokens } from './scan-tokens';

export type { CodeFamily, Mention } from './mention-sink';

/** What a text names, and the cues it holds for the contexts of codes. */
export interface Mentions {
  mentions: Mention[];
  /** Entry id → the contexts whose cues appear in the text, with how many times. */
  cues: Map<string, Map<CodeContext, number>>;
  /** Where the text names something ([start, end) offsets): the rest is the admin's own words. */
  spans: Array<[number, number]>;
}

export interface FindOptions {
  /**
   * Reading a log record rather than a question: decimal numbers count as codes only after words
   * such as "error" or "win32", bare numbers never count as events, and no did-you-mean is worked out.
   */
  inLog?: boolean;
}

/** Did-you-mean costs an edit-distance pass over the names: at most this many per text. */
const MAX_DID_YOU_MEAN = 4;

/**
 * Finds every code, event number, name and identifying phrase in a text, in the order written and
 * without repeats. Numbers count only in the role the words around them give (see read-number.ts).
 */
export function findMentions(catalog: Catalog, text: string, options: FindOptions = {}): Mentions {
  const sink = new MentionSink(catalog, text);
  const tokens = scanTokens(text);
  const reading: TokenReading = {
    catalog,
    text,
    tokens,
    sink,
    inLog: options.inLog ?? false,
    didYouMeanLeft: MAX_DID_YOU_MEAN,
    namespaced: readNamespacedNumbers(text),
  };
  tokens.forEach((token, i) => {
    if (token.type === 'hex') readHex(reading, token, i);
    else if (token.type === 'number') readNumber(reading, token, i);
    else if (token.type === 'word') readWord(reading, token);
  });

  const cues = new Map<string, Map<CodeContext, number>>();
  const spans: Array<[number, number]> = [];
  for (const match of catalog.phrases.find(text)) {
    const target = match.target;
    if (target.kind === 'entry') {
      const entry = catalog.byId.get(target.id);
      if (!entry) continue;
      sink.addEntries([entry], 'phrase', '', match.start);
      spans.push([match.start, match.end]);
    } else if (target.kind === 'windows') {
      const code = windowsCodeByKey(catalog.windowsCodes, target.key);
      if (code && code.value !== 0) sink.addWindows(code, 'phrase', '', match.start);
    } else {
      const counts = cues.get(target.id) ?? new Map<CodeContext, number>();
      counts.set(target.context, (counts.get(target.context) ?? 0) + 1);
      cues.set(target.id, counts);
    }
  }
  // A number inside a known message belongs to that message: "(400) Bad Request" in a sign-in error.
  const inSpan = (m: Mention) => spans.some(([start, end]) => m.at >= start && m.at < end);
  // A Windows message beside a written code is that code's text ("Access is denied. 0x80070005"):
  // the code says which of the codes sharing the text it is.
  const codeWritten = sink.mentions.some(
    (m) => (m.type === 'windows' || m.type === 'entries') && (m.via === 'code' || m.via === 'name')
  );
  // A success status inside a phrase about a problem belongs to the phrase: "returns 200 instead
  // of 403" is the browser test's symptom, not a success to report.
  const successInSpan = (m: Mention) =>
    m.type === 'entries' &&
    m.via === 'code' &&
    m.entries.every((e) => e.severity === 'success') &&
    inSpan(m);
  const mentions = sink.mentions.filter(
    (m) =>
      !((m.type === 'unknown' || m.type === 'didYouMean') && inSpan(m)) &&
      !successInSpan(m) &&
      !(codeWritten && m.type === 'windows' && m.via === 'phrase')
  );
  mentions.sort((a, b) => a.at - b.at || sameTextRank(a) - sameTextRank(b));
  for (const m of mentions) if (m.token) spans.push([m.at, m.at + m.token.length]);
  return { mentions, cues, spans };
}

/**
 * Where several codes share a message ("Access is denied." is Win32 5 and RPC_E_ACCESS_DENIED), the
 * curated entry comes first, then the Win32 error, then the common HRESULTs, then the rest, and a
 * how-to topic that quotes the message last.
 */
function sameTextRank(m: Mention): number {
  // A how-to topic that quotes a code's message comes after the code.
  if (m.type === 'entries') return m.entries.every((e) => e.kind === 'topic') ? 4 : 0;
  if (m.type !== 'windows') return 0;
  const { family, facility } = m.code;
  if (family === 'win32' || family === 'winhttp') return 1;
  return facility === 0 || facility === 7 ? 2 : 3;
}
