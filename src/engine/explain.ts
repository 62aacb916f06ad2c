import type { Catalog, CodeContext, Language } from '../catalog/catalog-types';
import type { Answer, AnswerItem, ExplainOptions, HelpAnswer, LookupAnswer } from './model/answer';
import { pickContext } from './entries/choose-context';
import { dropCoveredMessages } from './entries/drop-covered-messages';
import { diagnoseLog } from './logs/diagnose-log';
import { chooseLanguage } from './question/choose-language';
import { findMentions, type Mention } from './question/find-mentions';
import { readPath } from './question/read-path';
import { readConnectorVersion } from './question/read-version';
import { sanitizeText } from './question/sanitize-text';
import { scanTokens } from './question/scan-tokens';
import { searchKeywords } from './question/search-keywords';
import { suggestFlows } from './flows/suggest-flows';
import { viewFlow } from './flows/view-flow';
import { refEntry, viewEntry } from './entries/view-entry';
import { failuresFirst, itemsOf, namedBeforeTopics, withSuggestions } from './answer-items';

const HELP_WORDS = new Set([
  '',
  'help',
  '?',
  '/help',
  'hi',
  'hello',
  'start',
  'usage',
  'commands',
  'ヘルプ',
  '使い方',
  'こんにちは',
]);
/** A question names at most this many things; the rest are counted in the answer's flags. */
const MAX_ITEMS = 20;
/** Closest matches shown when an answer rests on keywords alone. */
const MAX_CLOSEST = 3;
/** Topics added beside named things when the rest of the question asks about them. */
const MAX_OTHER_SUBJECTS = 2;
/** `catalog:kind:key`, optionally `@context`: opens one entry exactly (buttons, search results). */
const ENTRY_ID =
  /^([a-z0-9-]{1,60}:(?:event|code|message|topic):[^:@]{1,60})(?:@(setup|signin|device|ndes|ca|runtime|intune))?$/;
/** `flow:<flow>:<node>[:<trail,…>]`: a step of a guided flow (its buttons carry this). */
const FLOW_STEP = /^flow:([a-z0-9-]{1,60}):([a-z0-9-]{1,60})(?::([a-z0-9,-]{0,2000}))?$/;
/** `guide scep`, `walk me through pkcs`, `ガイド SCEP`: a flow by its path or id. */
const GUIDE = /^(?:guide|walk me through|ガイド)\s+([a-z0-9-]{1,60})$/i;

/**
 * Reads whatever an admin typed or pasted and answers it as plain data: help, the things it names
 * (codes, events, names, messages; unknown ones with their nearest neighbours of the same family),
 * closest matches when only its words match, or a diagnosis of pasted log records. Pure: the catalog
 * is a parameter. Never throws on any string.
 */
export function explain(text: string, catalog: Catalog, options: ExplainOptions = {}): Answer {
  const whole = typeof text === 'string' ? text : '';
  const cut = options.maxChars !== undefined && whole.length > options.maxChars;
  const answer = answerText(cut ? whole.slice(0, options.maxChars) : whole, catalog, options);
  if (cut) answer.flags.inputCut = { maxChars: options.maxChars as number };
  return answer;
}

function answerText(text: string, catalog: Catalog, options: ExplainOptions): Answer {
  const { language, text: question } = chooseLanguage(
    sanitizeText(text),
    options.locale,
    options.language
  );
  const trimmed = question.trim();
  if (HELP_WORDS.has(trimmed.toLowerCase())) return help(language, 'asked', []);
  const id = ENTRY_ID.exec(trimmed);
  const byId = id ? catalog.byId.get(id[1]) : undefined;
  if (byId) {
    const entry = viewEntry(catalog, byId, language, {
      context: id?.[2] as CodeContext | undefined,
    });
    return lookup(
      language,
      [{ type: 'entry', entry, via: 'id', token: trimmed, ambiguous: false }],
      'named'
    );
  }
  const flow = readFlowCommand(catalog, trimmed, language);
  if (flow) return flow;
  return diagnoseLog(catalog, question, language) ?? answerQuestion(catalog, trimmed, language);
}

function answerQuestion(catalog: Catalog, text: string, language: Language): Answer {
  const { mentions, cues, spans } = findMentions(catalog, text);
  const path = readPath(text);
  const connectorVersion = readConnectorVersion(text);
  const named: AnswerItem[] = [];
  // Unknown codes whose nearest entries are found once the answer knows which items it shows.
  const unknownOf = new Map<AnswerItem, Extract<Mention, { type: 'unknown' }>>();
  for (const mention of mentions)
    for (const item of itemsOf(catalog, mention, language, (e) => ({
      context: pickContext(e, cues),
      path,
      connectorVersion,
    }))) {
      if (mention.type === 'unknown') unknownOf.set(item, mention);
      named.push(item);
    }
  const items = failuresFirst(
    text,
    dropCoveredMessages(named, (i) =>
      i.type === 'entry' ? catalog.byId.get(i.entry.id) : undefined
    )
  );
  if (items.length > 0) {
    // The rest of the question may ask about more: easily when it names only how-to topics or
    // nothing the catalog has, only on clear keywords when it names codes or events.
    const isTopic = (i: AnswerItem) => i.type === 'entry' && i.entry.kind === 'topic';
    const howTo = items.some(isTopic) && items.every((i) => i.type === 'unknown' || isTopic(i));
    const gate = howTo ? 'rest' : 'rest-strict';
    items.push(...otherSubjects(catalog, text, spans, items, language, path, gate));
    // The most specific evidence leads among what is shown; ranking never changes what is shown.
    const shown = namedBeforeTopics(items.slice(0, MAX_ITEMS)).map((item) => {
      const mention = unknownOf.get(item);
      return mention && item.type === 'unknown'
        ? withSuggestions(catalog, item, mention, language)
        : item;
    });
    const answer = lookup(language, shown, 'named');
    if (items.length > MAX_ITEMS) answer.flags.moreItems = items.length - MAX_ITEMS;
    // A symptom named by its how-to topic ("the PKCS profile stays Pending") still offers the walk.
    const guides = howTo ? suggestFlows(catalog, text, language) : [];
    return guides.length ? { ...answer, guides } : answer;
  }
  // Host names and versions are the admin's own, not words the catalog uses: they neither help
  // nor hurt a keyword match ('our proxy is proxy.contoso.com').
  const tokens = scanTokens(withoutHostNames(text));
  const matches = searchKeywords(catalog, tokens, text);
  // A question about one path is not answered with the other path's entries ('scep profile
  // pending' is not the PKCS Pending topic).
  const other = path === 'scep' ? 'pkcs' : path === 'pkcs' ? 'scep' : undefined;
  const closest = matches.entries
    .filter((e) => !other || !e.key.toLowerCase().includes(other))
    .slice(0, MAX_CLOSEST);
  // A second subject the best matches leave unexplained ("sign-in fails … do I need Edge?").
  if (closest.length > 0 && closest.length < MAX_CLOSEST) {
    const skip = new Set(closest.map((e) => e.id));
    const more = searchKeywords(catalog, tokens, text, { skip, gate: 'rest', topicsOnly: true });
    closest.push(...more.entries.filter((e) => e.kind === 'topic').slice(0, 1));
  }
  const guides = suggestFlows(catalog, text, language);
  if (!matches.strong || closest.length === 0) {
    const answer = help(
      language,
      'vague',
      closest.map((e) => refEntry(catalog, e, language))
    );
    return guides.length ? { ...answer, guides } : answer;
  }
  const answer = lookup(
    language,
    closest.map((e) => ({
      type: 'entry',
      entry: viewEntry(catalog, e, language, { path }),
      via: 'keyword',
      token: '',
      ambiguous: false,
    })),
    'keywords'
  );
  return guides.length ? { ...answer, guides } : answer;
}

/**
 * How-to topics that the admin's own words (the text less what it names) ask about besides the
 * named things: "NDESPlugin.log is missing and Validate-NDESConfiguration fails on the account
 * check" names a log and a script and also asks about accounts. Only topics, only when the rest
 * of the words point at one clearly, and labelled as closest matches by their `via`.
 */
function otherSubjects(
  catalog: Catalog,
  text: string,
  spans: ReadonlyArray<[number, number]>,
  items: readonly AnswerItem[],
  language: Language,
  path: ReturnType<typeof readPath>,
  gate: 'rest' | 'rest-strict'
): AnswerItem[] {
  let rest = text.slice(0, 2000);
  for (const [start, end] of spans)
    if (start < rest.length)
      rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
  const present = new Set(items.flatMap((i) => (i.type === 'entry' ? [i.entry.id] : [])));
  const found = searchKeywords(catalog, scanTokens(rest), rest, {
    skip: present,
    gate,
    topicsOnly: true,
  });
  return found.entries
    .filter((e) => e.kind === 'topic')
    .slice(0, MAX_OTHER_SUBJECTS)
    .map((e) => ({
      type: 'entry',
      entry: viewEntry(catalog, e, language, { path }),
      via: 'keyword',
      token: '',
      ambiguous: false,
    }));
}

/** A flow step or a guide command, answered with that step of the flow; undefined otherwise. */
function readFlowCommand(catalog: Catalog, text: string, language: Language): Answer | undefined {
  const step = FLOW_STEP.exec(text);
  if (step) {
    const trail = step[3] ? step[3].split(',').filter(Boolean) : [];
    return viewFlow(catalog, step[1], step[2], trail, language);
  }
  const guide = GUIDE.exec(text);
  if (!guide) return undefined;
  const name = guide[1].toLowerCase();
  const flow =
    catalog.flows.get(name) ?? [...catalog.flows.values()].find((f) => f.id.startsWith(`${name}-`));
  return flow ? viewFlow(catalog, flow.id, undefined, [], language) : undefined;
}

function help(
  language: Language,
  reason: HelpAnswer['reason'],
  closest: HelpAnswer['closest']
): HelpAnswer {
  return { kind: 'help', language, flags: {}, reason, closest };
}

function lookup(
  language: Language,
  items: AnswerItem[],
  basis: LookupAnswer['basis']
): LookupAnswer {
  return { kind: 'lookup', language, flags: {}, items, basis };
}

/** A dotted name that is not a file (mscep.dll, NDESPlugin.log stay): a host, a domain, a version. */
const HOST_NAME = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d{1,5})?\b/gi;
const FILE_EXTENSION =
  /\.(?:log|dll|exe|txt|evtx|xml|csv|json|ps1|svclog|msi|msc|cer|crt|pfx|crl|inf|gz|zip)$/i;

function withoutHostNames(text: string): string {
  return text.slice(0, 2000).replace(HOST_NAME, (m) => (FILE_EXTENSION.test(m) ? m : ' '));
}
