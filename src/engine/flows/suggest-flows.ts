import type { Catalog, Flow, Language } from '../../catalog/catalog-types';
import { withoutSpaces, wordsOf } from '../question/keyword-index';
import type { FlowRef } from './flow-answer';
import { refFlow } from './view-flow';

/** Words of a certificate that did not arrive: "not delivered", "never reaches", "stuck pending". */
const NOT_DELIVERED =
  /(?:\b(?:not|never|no|fail\w*|stuck|missing)\b|n['’]t\b).{0,40}\b(?:deliver|reach|install|arriv|issu|get|receiv|show)\w*|\b(?:deliver|reach|install|arriv|issu)\w*.{0,30}\b(?:not|fail\w*)\b|\bpending\b/i;
const NOT_DELIVERED_JA =
  /配布され(?:ない|ません)|届か(?:ない|ません)|インストールされ(?:ない|ません)|発行され(?:ない|ません)|保留中/;
const CERTIFICATE = /certificate|cert\b|certs\b|証明書/i;
/** The deployment path a text names: a flow's id starts with it. */
const PATHS: ReadonlyArray<[RegExp, string]> = [
  [/\bscep\b|\bndes\b|mscep/i, 'scep-'],
  [/\bpkcs\b|\bpfx\b/i, 'pkcs-'],
];
/** A symptom phrase matches when the text has this share of its words. */
const SYMPTOM_SHARE = 0.75;
const MAX_TEXT = 2000;

/**
 * The guided flows a question's symptom fits: a flow whose symptom phrase the text holds (most of
 * its words in English, the phrase itself in Japanese), or, for a certificate that does not arrive,
 * the flow of the path the text names (SCEP or PKCS), or both when it names none.
 */
export function suggestFlows(catalog: Catalog, text: string, language: Language): FlowRef[] {
  if (catalog.flows.size === 0) return [];
  const head = text.slice(0, MAX_TEXT);
  const words = new Set(wordsOf(head));
  const compact = withoutSpaces(head);
  const matching = [...catalog.flows.values()].filter((flow) =>
    symptomMatches(flow, words, compact)
  );
  if (matching.length) return matching.map((f) => refFlow(f, language));
  const notDelivered =
    (NOT_DELIVERED.test(head) || NOT_DELIVERED_JA.test(head)) && CERTIFICATE.test(head);
  if (!notDelivered) return [];
  const prefixes = PATHS.filter(([pattern]) => pattern.test(head)).map(([, prefix]) => prefix);
  return [...catalog.flows.values()]
    .filter((flow) => prefixes.length === 0 || prefixes.some((p) => flow.id.startsWith(p)))
    .map((f) => refFlow(f, language));
}

function symptomMatches(flow: Flow, words: ReadonlySet<string>, compact: string): boolean {
  if (flow.symptoms.ja.some((s) => compact.includes(withoutSpaces(s)))) return true;
  return flow.symptoms.en.some((symptom) => {
    const wanted = wordsOf(symptom);
    if (wanted.length === 0) return false;
    const found = wanted.filter((w) => words.has(w)).length;
    return found / wanted.length >= SYMPTOM_SHARE;
  });
}
