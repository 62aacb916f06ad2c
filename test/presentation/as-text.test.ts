import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { asLine, asText, withoutHidden } from '../../src/presentation/as-text';

/** Rendered the way Teams reads card text: markdown with bare links recognized, HTML allowed. */
const markdown = new MarkdownIt({ html: true, linkify: true });
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
    expect(asLine('CRPSCEPChallenge_Expired on ndes01.fabrikam.test')).toBe(
      'CRPSCEPChallenge_Expired on ndes01.fabrikam.test'
    );
    expect(asLine('[Fix](https://evil.example/x)')).toMatch(
      /^\[Fix\]\u200B\(https:\u200B\/\/evil\.example\/x\)$/
    );
    expect(asLine('**bold** <at>Avery</at>')).toBe('∗∗bold∗∗ ‹at›Avery‹/at›');
  });

  it('drops controls, zero-width and bidi characters', () => {
    expect(asLine('a\u202Eb\u200Dc\u0007d\u001b')).toBe('abcd');
    expect(withoutHidden('\u001b[31mred\u001b[0m')).toBe('[31mred[0m');
  });

  it('bounds the length and marks the cut', () => {
    expect(asLine('x'.repeat(500))).toHaveLength(200);
    expect(asLine('x'.repeat(500)).endsWith('…')).toBe(true);
    expect(asLine('a\nb')).toBe('a b');
  });
});
