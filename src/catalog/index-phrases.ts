import type { CatalogEntry } from './catalog-types';
import {
  buildPhraseIndex,
  phraseTokens,
  type PhraseIndex,
  type PhraseTarget,
} from './phrase-index';
import type { WindowsCodeTable } from './windows-codes';

/** Windows message texts shorter than this many words are too common to identify a code in prose. */
const MIN_MESSAGE_WORDS = 3;
/** A topic keyword this long is a question in itself ("where are the connector logs"). */
const MIN_TOPIC_WORDS = 3;

/**
 * Entry phrases, topics' multi-word keywords, the cues of each code context, and the Windows message
 * texts long enough to identify a code.
 */
export function indexPhrases(
  entries: readonly CatalogEntry[],
  windowsCodes: WindowsCodeTable
): PhraseIndex {
  const phrases: Array<{ text: string; target: PhraseTarget }> = [];
  for (const entry of entries) {
    for (const text of entry.phrases)
      phrases.push({ text, target: { kind: 'entry', id: entry.id } });
    // A how-to topic is asked in words: its English keywords of three words or more identify it too.
    // (Japanese has no spaces to count words by; Japanese questions reach topics through keywords.)
    if (entry.kind === 'topic') {
      for (const text of entry.keywords.en) {
        if (phraseTokens(text).length >= MIN_TOPIC_WORDS)
          phrases.push({ text, target: { kind: 'entry', id: entry.id } });
      }
    }
    for (const context of entry.contexts) {
      for (const text of context.cues) {
        phrases.push({ text, target: { kind: 'cue', id: entry.id, context: context.context } });
      }
    }
  }
  for (const code of windowsCodes.codes) {
    if (code.textIsMessage && phraseTokens(code.text).length >= MIN_MESSAGE_WORDS) {
      phrases.push({ text: code.text, target: { kind: 'windows', key: code.key } });
    }
  }
  return buildPhraseIndex(phrases);
}
