import type { CodeContext } from './catalog-types';

/** What a phrase identifies: an entry, a context of an entry's code, or a generic Windows code. */
export type PhraseTarget =
  | { kind: 'entry'; id: string }
  | { kind: 'cue'; id: string; context: CodeContext }
  | { kind: 'windows'; key: string };

/** A phrase found in a text: what it identifies and where it starts (a character offset). */
export interface PhraseMatch {
  target: PhraseTarget;
  /** Character offsets of the match in the text. */
  start: number;
  end: number;
}

/** Phrases found anywhere in a text, compared word by word without regard to case or punctuation. */
export interface PhraseIndex {
  readonly size: number;
  find(text: string): PhraseMatch[];
}

interface Node {
  next?: Map<string, Node>;
  targets?: PhraseTarget[];
}

/** Tokens read from a text at most: a 100 KB paste has about 20,000. */
const MAX_TOKENS = 60_000;

/**
 * One token per run of ASCII letters, digits and underscores (lower-cased), and one per Japanese
 * character; everything else separates. "Denied by Policy Module" and "denied-by-policy module."
 * give the same tokens. Linear in the text.
 */
export function phraseTokens(
  text: string,
  limit = MAX_TOKENS
): Array<{ text: string; start: number }> {
  const tokens: Array<{ text: string; start: number }> = [];
  const n = text.length;
  let i = 0;
  while (i < n && tokens.length < limit) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < n && isWordChar(text.charCodeAt(j))) j++;
      tokens.push({ text: text.slice(i, j).toLowerCase(), start: i });
      i = j;
    } else {
      if (isCjk(c)) tokens.push({ text: text[i], start: i });
      i++;
    }
  }
  return tokens;
}

/**
 * A token trie over the phrases. Finding walks the trie from every token of the text as far as the
 * tokens match, so the cost is the text's tokens times the longest phrase prefix that matches there.
 */
export function buildPhraseIndex(
  phrases: ReadonlyArray<{ text: string; target: PhraseTarget }>
): PhraseIndex {
  const root: Node = {};
  let size = 0;
  for (const { text, target } of phrases) {
    const tokens = phraseTokens(text);
    if (tokens.length === 0) continue;
    let node = root;
    for (const { text: token } of tokens) {
      node.next ??= new Map();
      let child = node.next.get(token);
      if (!child) node.next.set(token, (child = {}));
      node = child;
    }
    (node.targets ??= []).push(target);
    size++;
  }
  return {
    size,
    find(text) {
      const tokens = phraseTokens(text);
      const found: PhraseMatch[] = [];
      for (let i = 0; i < tokens.length; i++) {
        let node: Node | undefined = root;
        for (let j = i; j < tokens.length && node?.next; j++) {
          node = node.next.get(tokens[j].text);
          if (node?.targets) {
            const end = tokens[j].start + tokens[j].text.length;
            for (const target of node.targets) found.push({ target, start: tokens[i].start, end });
          }
        }
      }
      return found;
    },
  };
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Hiragana, katakana (with the long-vowel mark), CJK ideographs and 々. */
function isCjk(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    c === 0x3005
  );
}
