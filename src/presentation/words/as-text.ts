/**
 * Text that came from a message, a paste or a file, made safe to show where Teams reads markdown
 * (card TextBlocks, FactSet values, a reply's `text`): it shows as the characters it is, never as
 * a link, an image, emphasis, a list, a mention or a template expression. Look-alike characters
 * replace the few that markdown acts on, and a zero-width space breaks the sequences that would
 * start a link, so the words stay readable. Controls and every invisible character (format
 * characters, tags, variation selectors, fillers) are removed: they could hide or reorder what the
 * admin sees. Runs in one pass per rule, linear in the input.
 */

const ZWSP = '\u200B';

/**
 * Invisible or reordering characters: C0/C1 controls but tab and line breaks; every format
 * character (Unicode's Cf: zero-widths, bidi controls, soft hyphen, tag characters and the like) and
 * the rest of the tag block, which can spell hidden text; variation selectors (including
 * Mongolian's), the combining grapheme joiner, Khmer's invisible vowels and the Hangul fillers,
 * which show as nothing or as blank letters.
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- finding control and invisible characters, one by one, is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u2065\u3164\uFE00-\uFE0F\uFFA0\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu;

/** Markdown and markup characters shown as look-alikes: they never act, they still read. */
const LOOK_ALIKE: Record<string, string> = {
  '*': '\u2217', // ∗
  '`': '\u02CB', // ˋ
  '<': '\u2039', // ‹
  '>': '\u203A', // ›
  '~': '\u223C', // ∼
  '|': '\u2223', // ∣
};

/** Shows `value` as text in a card or a reply; `maxChars` bounds it (an ellipsis marks a cut). */
export function asText(value: string, maxChars = 2000): string {
  const cut = value.length > maxChars ? `${value.slice(0, maxChars - 1)}…` : value;
  return (
    cut
      .replace(HIDDEN, '')
      .replace(/[*`<>~|]/g, (c) => LOOK_ALIKE[c])
      // `_` acts only at a word edge (`_x_`, `__x__`), so snake_case names stay as written. A run
      // at either edge is taken whole; after a non-word character, the character itself stays.
      .replace(
        /_+(?=[^\p{L}\p{N}_]|$)|(^|[^\p{L}\p{N}])_+/gu,
        (m, before: string | undefined) =>
          (before ?? '') + '\uFF3F'.repeat(m.length - (before ?? '').length)
      )
      // A link needs `](`, `]:` or `![`; a bare URL needs `//` or `www.`; a template needs `${`.
      .replace(/\](?=[(:[])/g, `]${ZWSP}`)
      .replace(/!\[/g, `!${ZWSP}[`)
      .replace(/\/(?=\/)/g, `/${ZWSP}`)
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`)
      // A bare domain or an e-mail address links without a scheme: each dot before a letter inside
      // a name is broken, `@` is shown as its full-width look-alike and an IPv4 address is broken
      // after its first dot, so none reads as an address.
      .replace(/(?<=\S)\.(?=\p{L})/gu, `.${ZWSP}`)
      .replace(/@/g, '\uFF20')
      .replace(/(?<!\d)(\d{1,3})\.(?=\d{1,3}\.\d{1,3}\.\d{1,3}(?!\d))/g, `$1.${ZWSP}`)
      .replace(/\$\{/g, `$${ZWSP}{`)
      // Adaptive Cards render {{DATE(…)}} and {{TIME(…)}} in any text as a formatted date.
      .replace(/\{(?=\{)/g, `{${ZWSP}`)
      .replace(/&(?=#?[A-Za-z0-9]{1,32};)/g, `&${ZWSP}`)
      // Indentation (a code block) keeps its width as no-break spaces; a line that starts like a
      // list or a heading starts with a zero-width space instead.
      .replace(/^[ \t]+/gm, (m) => '\u00A0'.repeat(m.length))
      .replace(/^(?=[-+#=]|\d{1,9}[.)])/gm, ZWSP)
  );
}

/**
 * A single-line value (a host name, a URL, a thumbprint, a file name) shown in a card's `TextRun`,
 * which no Teams client reads as markdown or turns into a link: it keeps every visible character
 * as pasted, so what an admin copies from the card is what was in the log (ping, RDP and firewall
 * rules take it as is). Only hidden and reordering characters go, and the two sequences a card
 * acts on even in a TextRun, `${` (a template) and `{{` (a date function), are broken.
 */
export function asExact(value: string, maxChars = 200): string {
  // Hidden characters go first, so line breaks they separated become one space.
  const line = value.replace(HIDDEN, '').replace(/[\r\n\u2028\u2029]+/g, ' ');
  const cut = line.length > maxChars ? `${line.slice(0, maxChars - 1)}…` : line;
  return cut.replace(/\$\{/g, `$${ZWSP}{`).replace(/\{(?=\{)/g, `{${ZWSP}`);
}

/** Text for a terminal: only the hidden characters go (an escape sequence cannot reach the screen). */
export function withoutHidden(value: string): string {
  // A lone carriage return would move the cursor back and let later text overwrite earlier text.
  return value.replace(HIDDEN, '').replace(/\r(?!\n)/g, '');
}

/** Every character a name may not print raw: all controls and line breaks, and the hidden ones. */
// eslint-disable-next-line no-misleading-character-class -- HIDDEN lists combining characters one by one
const ESCAPED = new RegExp(`[\\u0000-\\u001F\\u2028\\u2029]|${HIDDEN.source}`, 'gu');

/**
 * A name (a path) for a terminal, on one line: each control or invisible character is shown as
 * an escape (`\x1B`, `\u{E0041}`) instead of acting, so a file named with escape sequences can
 * neither move the cursor nor colour the screen, and is still told apart from its neighbours.
 */
export function asTerminalName(value: string): string {
  return value.replace(ESCAPED, (c) => {
    const code = c.codePointAt(0) ?? 0;
    const hex = code.toString(16).toUpperCase();
    return code < 0x100 ? `\\x${hex.padStart(2, '0')}` : `\\u{${hex.padStart(4, '0')}}`;
  });
}

/** A single-line value (a date, a host name, a URL): line breaks become spaces, then asText. */
export function asLine(value: string, maxChars = 200): string {
  return asText(value.replace(/[\r\n\u2028\u2029]+/g, ' '), maxChars);
}
