import { builtInCatalog } from '../../helpers/answers';
import { streamBytes, streamText } from '../../helpers/stream-log';

/**
 * A plain text log in UTF-8 is read from its bytes a window of whole lines at a time: the answer
 * must be the text path's, whatever the line endings, byte-order mark, non-ASCII text, lines
 * longer than a window, and wherever the chunks that bring it are cut.
 */
const catalog = builtInCatalog();

function textLog(bytes: number, crlf: boolean): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = `2025-06-02 09:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
    const line = [
      `${t} INFO processed request ${i} in 42 ms`,
      `${t} ERROR PkcsRequestFailure request ${i} failed with 0x80094800`,
      `[${t}] 証明書の要求が失敗しました: 0x80070005`,
      `${t} WARN Gerät antwortet nicht: timed out after 30 s`,
      `${t} ERROR ${'x'.repeat(i % 97 === 0 ? 70_000 : 10)} HTTP 500 from the server`,
      `${t} INFO status 404 for /certsrv/mscep ok`,
      '',
    ][i % 7];
    parts.push(line);
    size += line.length + 1;
  }
  return parts.join(crlf ? '\r\n' : '\n');
}

describe('a text log read from its bytes', () => {
  it.each([
    ['LF', false, ''],
    ['CRLF', true, ''],
    ['with a byte-order mark', false, '\ufeff'],
  ])('gives the text path’s answer (%s)', (_name, crlf, bom) => {
    const text = textLog(2_500_000, crlf);
    const expected = streamText(catalog, text);
    expect(expected.formats).toEqual(['text-log']);
    expect(expected.findings.length).toBeGreaterThanOrEqual(2);
    expect(expected.recordCount).toBeGreaterThan(10_000);
    const bytes = new TextEncoder().encode(bom + text);
    for (const piece of [65_536, 1_000_003, 4099])
      expect(streamBytes(catalog, bytes, piece)).toEqual(expected);
  });

  it('bounds a line that never ends', () => {
    const text = `2025-06-02 09:00:00 ERROR 0x80094800 ${'y'.repeat(5_000_000)}`;
    expect(streamBytes(catalog, new TextEncoder().encode(text), 65_536)).toEqual(
      streamText(catalog, text)
    );
  });
});
