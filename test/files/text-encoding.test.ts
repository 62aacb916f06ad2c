import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { diagnoseStream, textEncoding } from '../../src/files/diagnose-stream';
import { findProjectRoot } from '../../src/files/project-root';
import { builtInCatalog } from '../helpers/answers';

const fixtures = join(findProjectRoot(), 'test', 'fixtures');

describe('the encoding of a text file', () => {
  it.each([
    ['UTF-8', Buffer.from('イベント ID: 4001', 'utf8'), 'utf-8'],
    ['UTF-16 with a BOM', Buffer.from('\ufeffEvent ID: 4001', 'utf16le'), 'utf-16le'],
    [
      'Shift-JIS (CP932)',
      readFileSync(join(fixtures, 'encodings', 'event-viewer-text-ja.cp932.txt')),
      'shift_jis',
    ],
    ['plain ASCII', Buffer.from('Event ID: 4001'), 'utf-8'],
  ])('%s', (_name, bytes, encoding) => {
    expect(textEncoding(new Uint8Array(bytes))).toBe(encoding);
  });

  it('reads a Shift-JIS Event Viewer copy like the UTF-8 one', async () => {
    const read = async (bytes: Buffer) =>
      (
        await diagnoseStream(Readable.from([bytes]), { catalog: builtInCatalog(), language: 'ja' })
      ).answer.findings.map((f) => f.event?.id);
    const sjis = readFileSync(join(fixtures, 'encodings', 'event-viewer-text-ja.cp932.txt'));
    const utf8 = readFileSync(join(fixtures, 'logs', 'event-viewer-text-ja.txt'));
    expect(await read(sjis)).toEqual(['certificate-connector:event:4001']);
    expect(await read(sjis)).toEqual(await read(utf8));
  });
});
