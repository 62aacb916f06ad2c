import { decodeUtf16le } from '../../../src/engine/logs/evtx/utf16';

/** The .evtx reader's own UTF-16LE decoding gives what TextDecoder gives, for any bytes. */
const standard = new TextDecoder('utf-16le');
const bytesOf = (units: number[]) => new Uint8Array(new Uint16Array(units).buffer);

describe('decoding UTF-16LE text of an .evtx record', () => {
  it.each([
    [
      'ASCII',
      bytesOf([...'Microsoft-Windows-CertificateServicesClient'].map((c) => c.charCodeAt(0))),
    ],
    ['Japanese', bytesOf([...'証明書サービス'].map((c) => c.charCodeAt(0)))],
    ['a surrogate pair', bytesOf([0x41, 0xd83d, 0xde00, 0x42])],
    ['a lone high surrogate', bytesOf([0x41, 0xd800, 0x42])],
    ['a lone low surrogate at the end', bytesOf([0x41, 0xdc00])],
    ['a byte-order mark first', bytesOf([0xfeff, 0x41])],
    ['a byte-order mark later', bytesOf([0x41, 0xfeff])],
    ['NULs', bytesOf([0x41, 0, 0x42, 0])],
    ['an odd byte at the end', new Uint8Array([0x41, 0, 0x42])],
    ['nothing', new Uint8Array(0)],
    [
      'text longer than the short path',
      bytesOf(Array.from({ length: 300 }, (_, i) => 0x61 + (i % 26))),
    ],
  ])('%s', (_name, bytes) => {
    expect(decodeUtf16le(bytes)).toBe(standard.decode(bytes));
  });

  it('any short run of random code units', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let n = 0; n < 2000; n++) {
      const units = Array.from({ length: next() % 40 }, () =>
        next() % 4 === 0 ? 0xd800 + (next() % 0x800) : next() % 0x10000
      );
      const bytes = bytesOf(units);
      expect(decodeUtf16le(bytes)).toBe(standard.decode(bytes));
    }
  });
});
