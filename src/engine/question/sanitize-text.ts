/**
 * Makes arbitrary input safe to read: terminal colour codes (ESC [ … letter), lone surrogates and
 * control characters other than tab and line breaks become spaces, and text with non-ASCII
 * characters is NFKC-normalized so full-width digits and letters (０ｘ４１１) read like their
 * ASCII forms. One pass, linear in the input length.
 */
export function sanitizeText(text: string): string {
  let out = '';
  let from = 0;
  let ascii = true;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x1b && text.charCodeAt(i + 1) === 0x5b) {
        const end = colourCodeEnd(text, i + 2);
        if (end > 0) {
          out += text.slice(from, i) + ' ';
          from = end;
          i = end - 1;
          continue;
        }
      }
      if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) {
        out += text.slice(from, i) + ' ';
        from = i + 1;
      }
      continue;
    }
    ascii = false;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else {
        out += text.slice(from, i) + ' ';
        from = i + 1;
      }
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      out += text.slice(from, i) + ' ';
      from = i + 1;
    }
  }
  out += text.slice(from);
  return ascii ? out : out.normalize('NFKC');
}

/** The index after `ESC [ digits;… letter` starting at `from` (just after the `[`), or -1. */
function colourCodeEnd(text: string, from: number): number {
  for (let j = from; j < text.length && j - from <= 32; j++) {
    const c = text.charCodeAt(j);
    if ((c >= 0x30 && c <= 0x39) || c === 0x3b) continue;
    return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? j + 1 : -1;
  }
  return -1;
}
