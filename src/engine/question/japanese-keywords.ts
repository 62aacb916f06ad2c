/**
 * The catalog's Japanese keywords written in the text, less those inside a longer one that is
 * also there (`更新` inside `自動更新`): the longer one says more.
 */
export function foundJapanese(jaDf: ReadonlyMap<string, number>, jaText: string): string[] {
  if (!/[\u3040-\u9fff]/.test(jaText)) return [];
  const found = [...jaDf.keys()].filter((k) => containsWord(jaText, k));
  return found.filter((k) => !found.some((other) => other !== k && other.includes(k)));
}

const KATAKANA = /[\u30A0-\u30FF]/;

/**
 * True when the text holds the keyword, and a katakana keyword not as part of a longer katakana
 * word: ポート (port) is not in サポート (support).
 */
function containsWord(text: string, keyword: string): boolean {
  const edgeStart = KATAKANA.test(keyword[0]);
  const edgeEnd = KATAKANA.test(keyword[keyword.length - 1]);
  for (let at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + keyword.length] ?? '';
    if ((!edgeStart || !KATAKANA.test(before)) && (!edgeEnd || !KATAKANA.test(after))) return true;
  }
  return false;
}
