import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import {
  asExact,
  asLine,
  asTerminalName,
  asText,
  withoutHidden,
} from '../../src/presentation/words/as-text';

/** Rendered the way Teams reads card text: markdown with bare links recognized, HTML allowed. */
const markdown = new MarkdownIt({ html: true, linkify: true });
// Teams may link more than markdown-it does by default: also look for bare domains, e-mail and IP.
markdown.linkify.set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true });
const markupIn = (text: string) =>
  markdown
    .render(text)
    .replace(/<\/?p>|<br\s*\/?>/g, '')
    .match(/<[a-z][^>]*>/i)?.[0];

/** Characters markdown and Teams act on, mixed with letters, so generated text hits them often. */
const markdownish = fc.string({
  unit: fc.constantFrom(
    ...'[]()!*_`~<>#-+=|:/.${}&;\\ \n\t1aZ'.split(''),
    'https://',
    'www.',
    '@',
    '.com',
    'mailto:',
    'evil.co.uk',
    '\u202E',
    '\u200B',
    '&lt;',
    '    '
  ),
  maxLength: 60,
});

describe('asText', () => {
  it('never renders as markup, whatever the text', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        expect(markupIn(asText(text))).toBeUndefined();
        expect(markupIn(asLine(text))).toBeUndefined();
      }),
      { numRuns: 3000 }
    );
  });

  it('keeps the words readable and snake_case names as written', () => {
    // Zero-width spaces break the host name so it cannot link; it still reads the same.
    expect(asLine('CRPSCEPChallenge_Expired on ndes01.fabrikam.test').replace(/\u200B/g, '')).toBe(
      'CRPSCEPChallenge_Expired on ndes01.fabrikam.test'
    );
    expect(asLine('[Fix](https://evil.example/x)')).toMatch(
      /^\[Fix\]\u200B\(https:\/\u200B\/evil\.\u200Bexample\/x\)$/
    );
    expect(asLine('**bold** <at>Avery</at>')).toBe('∗∗bold∗∗ ‹at›Avery‹/at›');
  });

  it('shows addresses and domains without a scheme as text', () => {
    for (const text of [
      'mail admin@evil.example now',
      'mailto:admin@evil.com',
      'see evil.com/login',
      'go to portal.evil.co.uk',
      'open 10.1.2.3/certsrv',
      'see //evil.co.uk/x',
    ]) {
      expect(markupIn(asLine(text))).toBeUndefined();
      expect(
        asLine(text)
          .replace(/\u200B/g, '')
          .replace(/＠/g, '@')
      ).toBe(text);
    }
    expect(asLine('version 10.0.17763.1 and 1.5')).toBe('version 10.0.17763.1 and 1.5');
  });

  it('takes a whole run of underscores at a word edge', () => {
    expect(asLine('__bold__ and ___x___')).toBe('＿＿bold＿＿ and ＿＿＿x＿＿＿');
    expect(asLine('snake_case and a__b')).toBe('snake_case and a_＿b');
  });

  it('drops controls, zero-width and bidi characters', () => {
    expect(asLine('a\u202Eb\u200Dc\u0007d\u001b')).toBe('abcd');
    expect(withoutHidden('\u001b[31mred\u001b[0m')).toBe('[31mred[0m');
    // A lone carriage return would let a terminal overwrite the line; CRLF stays a line break.
    expect(withoutHidden('real\rfake\r\nnext')).toBe('realfake\r\nnext');
  });

  it.each([
    ['tag characters', 'a\u{E0001}b\u{E0041}c\u{E007F}d\u{E0000}'],
    ['variation selectors', 'a\uFE00b\uFE0Fc\u{E0100}d\u{E01EF}\u180B'],
    ['the combining grapheme joiner', 'a\u034Fbcd'],
    ['Hangul fillers', '\u3164a\u115Fb\u1160c\uFFA0d'],
    ['other format characters', '\u0600a\u06DDb\u{110BD}c\u{1D173}d\u2061\u00AD'],
  ])('drops %s, on cards and in the terminal', (_name, text) => {
    expect(asLine(text)).toBe('abcd');
    expect(withoutHidden(text)).toBe('abcd');
  });

  it('keeps visible letters of every script, and emoji', () => {
    const text = '한국어 ㄱ 日本語 ｶﾀｶﾅ العربية 👍';
    expect(withoutHidden(text)).toBe(text);
  });

  it('shows a name for the terminal with every control and invisible character escaped', () => {
    expect(asTerminalName('\u001b]0;x\u0007a\tb\nc\rd\u009b\u200Be\u{E0041}f.log')).toBe(
      '\\x1B]0;x\\x07a\\x09b\\x0Ac\\x0Dd\\x9B\\u{200B}e\\u{E0041}f.log'
    );
    const plain = 'C:\\inetpub\\logs\\W3SVC1\\u_ex251101.log 日本語.evtx';
    expect(asTerminalName(plain)).toBe(plain);
  });

  it('bounds the length and marks the cut', () => {
    expect(asLine('x'.repeat(500))).toHaveLength(200);
    expect(asLine('x'.repeat(500)).endsWith('…')).toBe(true);
    expect(asLine('a\nb')).toBe('a b');
  });
});

describe('asExact (values shown in TextRuns, which no client reads as markdown)', () => {
  it.each([
    'NDES01.contoso.com',
    'autoupdate.msappproxy.net',
    'https://ndes01.contoso.com/certsrv/mscep/mscep.dll?operation=GetCACaps',
    'CONTOSO-ISSUING-CA01\\contoso.local',
    'svc_ndes@contoso.com',
    '10.0.0.15',
    '**not bold** [not](a-link) `code` <b>',
    'D4 1F 9C 00 7A',
  ])('keeps %s exactly as pasted, so a copy from the card is the same', (value) => {
    expect(asExact(value)).toBe(value);
    // Whereas a markdown TextBlock has to break it (that is why such values go in TextRuns).
    if (/\.\p{L}|\/\/|@/u.test(value)) expect(asLine(value)).not.toBe(value);
  });

  it('breaks every pair of braces in a run, so no card function survives', () => {
    // '{{{' once became '{\u200B{{': the replacement consumed a pair and left the next one whole.
    expect(asExact('{{{', 1000)).toBe('{\u200B{\u200B{');
    expect(asExact('${{x}}')).toBe('$\u200B{\u200B{x}}');
    expect(asText('a {{{{ b')).not.toContain('{{');
  });

  it('keeps every visible character, whatever the text: only hidden characters, line breaks and card functions change', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        const shown = asExact(text, 1000);
        const visible = withoutHidden(text).replace(/[\r\n\u2028\u2029]+/g, ' ');
        expect(shown.replace(/\u200B/g, '')).toBe(visible.replace(/\u200B/g, ''));
        expect(shown).not.toContain('${');
        expect(shown).not.toContain('{{');
        expect(shown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      }),
      { numRuns: 2000 }
    );
  });
});
