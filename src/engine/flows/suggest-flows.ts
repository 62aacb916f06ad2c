import type { Catalog, Flow, Language } from '../../catalog/catalog-types';
import { withoutSpaces, wordsOf } from '../question/keyword-index';
import type { FlowRef } from '../model/flow-answer';
import { refFlow } from './view-flow';

/**
 * Words that say something did not happen or went wrong, as admins type them: with or without the
 * apostrophe ("don't", "dont"), "missing" or "pending" before or after the noun, "not working".
 */
const TROUBLE =
  /\b(?:not|never|no|dont|doesnt|didnt|wont|cant|isnt|arent|havent|hasnt|fail\w*|stuck|missing|pending|broken|errors?|problems?|issues?|trouble\w*|help)\b|n['’]t\b/i;
/** The same in Japanese: a negative ending, a failure, pending, an error or a problem. */
const TROUBLE_JA = /ない|ません|なかった|失敗|保留|エラー|不具合|問題|うまくいか/;
/** A certificate a device should get; the connector's own name ("certificate connector") is not one. */
const CERTIFICATE = /\bcert(?:ificat\w*|s)?\b|証明書/i;
const CONNECTOR_NAME = /certificate\s+connectors?|証明書\s*コネクタ/gi;
/** Other certificate troubles than delivery: revoking one, or one that expires. */
const NOT_DELIVERY = /\brevo[ck]\w*|\bexpir\w*|失効|有効期限/i;
/** The deployment path a text names: a flow's id starts with it. */
const PATHS: ReadonlyArray<[RegExp, string]> = [
  [/\bscep\b|\bndes\b|mscep/i, 'scep-'],
  [/\bpkcs\b|\bpfx\b/i, 'pkcs-'],
];
/** A symptom phrase matches when the text has this share of its words. */
const SYMPTOM_SHARE = 0.75;
const MAX_TEXT = 2000;

/**
 * The guided flows a question's symptom fits. Only a text that says something went wrong gets one:
 * a flow whose symptom phrase it holds (most of its words in English, the phrase itself in
 * Japanese), or, for a certificate (or a SCEP or PKCS deployment) in trouble, the flow of the path
 * the text names, or both when it names none.
 */
export function suggestFlows(catalog: Catalog, text: string, language: Language): FlowRef[] {
  if (catalog.flows.size === 0) return [];
  const head = text.slice(0, MAX_TEXT);
  const compact = withoutSpaces(head);
  const trouble = TROUBLE.test(head) || TROUBLE_JA.test(head);
  const words = new Set(wordsOf(head));
  const matching = [...catalog.flows.values()].filter((flow) =>
    symptomMatches(flow, words, compact, trouble)
  );
  if (matching.length) return matching.map((f) => refFlow(f, language));
  if (!trouble || NOT_DELIVERY.test(head)) return [];
  const prefixes = PATHS.filter(([pattern]) => pattern.test(head)).map(([, prefix]) => prefix);
  if (prefixes.length === 0 && !CERTIFICATE.test(head.replace(CONNECTOR_NAME, ' '))) return [];
  return [...catalog.flows.values()]
    .filter((flow) => prefixes.length === 0 || prefixes.some((p) => flow.id.startsWith(p)))
    .map((f) => refFlow(f, language));
}

function symptomMatches(
  flow: Flow,
  words: ReadonlySet<string>,
  compact: string,
  trouble: boolean
): boolean {
  if (flow.symptoms.ja.some((s) => compact.includes(withoutSpaces(s)))) return true;
  if (!trouble) return false;
  return flow.symptoms.en.some((symptom) => {
    const wanted = wordsOf(symptom);
    if (wanted.length === 0) return false;
    const found = wanted.filter((w) => words.has(w)).length;
    return found / wanted.length >= SYMPTOM_SHARE;
  });
}
