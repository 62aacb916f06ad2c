import { builtInCatalog } from '../../helpers/answers';
import { streamBytes, streamText } from '../../helpers/stream-log';

/**
 * An IIS log in UTF-8 is read from its bytes (only the lines that can matter are decoded): the
 * answer must be the one the text reader gives the same file, whatever its line endings, byte-order
 * mark, non-ASCII bytes, restated `#Fields:` lines, lines of other logs, and wherever the chunks
 * that bring it are cut.
 */
const catalog = builtInCatalog();

const FIELDS =
  '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken';
const REORDERED =
  '#Fields: date time cs-method cs-uri-stem sc-status sc-substatus sc-win32-status s-ip time-taken';

/** A line of each kind the byte reader must read as the text reader does, at time `t`. */
function lines(i: number): string[] {
  const t = `2025-06-02 ${String(Math.floor(i / 3600) % 24).padStart(2, '0')}:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
  return [
    `${t} 10.0.0.15 GET /certsrv/mscep/mscep.dll operation=GetCACaps 443 - 203.0.113.9 Dalvik/2.1.0 - 200 0 0 15`,
    `${t} 10.0.0.15 POST /CertificateRegistrationSvc/Certificate/VerifyRequest - 443 - 10.0.0.15 NDES_Plugin - 403 16 2148204809 453`,
    // Upper and mixed case of the URLs, trailing blanks, a tab, a CR.
    `${t} 10.0.0.15 GET /CertSrv/MSCEP/MSCEP.dll operation=GetCACert 443 - 203.0.113.9 iOS - 500 0 1346 31  \t\r`,
    `${t} 10.0.0.15 POST /certificateregistrationsvc/certificate/verifyrequest - 443 - 10.0.0.15 NDES_Plugin - 500 0 5 12`,
    // Non-ASCII bytes: in the user agent, in the URI, and a no-break space at the end.
    `${t} 10.0.0.15 GET /certsrv/mscep/mscep.dll - 443 - 203.0.113.9 Gerät/1.0 - 500 0 1346 31`,
    `${t} 10.0.0.15 GET /certsrv/mscep/mscép.dll - 443 - 203.0.113.9 x - 404 0 2 1`,
    `${t} 10.0.0.15 GET /certsrv/mscep/mscep.dll - 443 - 203.0.113.9 x - 403 16 2148204809 1\u00a0`,
    // Not rows: another site, a status that is not three digits, a cell too many or too few.
    `${t} 10.0.0.15 GET /owa/auth/logon.aspx - 443 - 198.51.100.7 Mozilla/5.0 - 500 0 64 12`,
    `${t} 10.0.0.15 GET /certsrv/mscep/mscep.dll - 443 - 203.0.113.9 x - 5000 0 0 1`,
    `${t} 10.0.0.15 GET /certsrv/mscep/mscep.dll - 443 - 203.0.113.9 x y - 500 0 0 1`,
    `${t} 10.0.0.15 GET /certsrv/mscep/mscep.dll - 443 - 203.0.113.9 - 500 0 0 1`,
    // Lines of other logs, saved alongside.
    `ERROR PkcsRequestFailure request ${i} failed with 0x80094800`,
    `   `,
    `Périphérique: échec 0x80070005`,
    '',
  ];
}

function iisText(bytes: number, crlf: boolean): string {
  const parts = ['#Software: Microsoft Internet Information Services 10.0', FIELDS];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    // Times that go back now and then, and the columns restated in another order.
    const block = lines(i % 500 === 250 ? i - 100 : i);
    if (i % 900 === 450)
      block.push(
        REORDERED,
        `2025-06-02 01:00:00 GET /certsrv/mscep/mscep.dll 500 0 1346 10.0.0.15 9`,
        FIELDS
      );
    for (const line of block) {
      parts.push(line);
      size += line.length + 1;
    }
  }
  return parts.join(crlf ? '\r\n' : '\n');
}

describe('an IIS log read from its bytes', () => {
  it.each([
    ['LF', false, ''],
    ['CRLF', true, ''],
    ['with a byte-order mark', false, '\ufeff'],
  ])('gives the text reader’s answer (%s)', (_name, crlf, bom) => {
    const text = iisText(2_500_000, crlf);
    const expected = streamText(catalog, text);
    // The file has what the byte reader must get right: folded failures, repeats, other logs' lines.
    expect(expected.formats).toEqual(['iis']);
    expect(expected.findings.length).toBeGreaterThan(3);
    expect(expected.findings.some((f) => !f.http)).toBe(true);
    const bytes = new TextEncoder().encode(bom + text);
    for (const piece of [65_536, 1_000_003, 4099])
      expect(streamBytes(catalog, bytes, piece)).toEqual(expected);
  });

  it('reads a file of under one piece, or in another format, as text', () => {
    const small = iisText(200_000, false);
    expect(streamBytes(catalog, new TextEncoder().encode(small), 8192)).toEqual(
      streamText(catalog, small)
    );
    const other = Array.from(
      { length: 40_000 },
      (_, i) => `2025-06-02 09:00:00 ERROR request ${i} failed 0x80094800`
    ).join('\n');
    expect(streamBytes(catalog, new TextEncoder().encode(other), 65_536)).toEqual(
      streamText(catalog, other)
    );
  });

  it('bounds a line that never ends', () => {
    const text = `${FIELDS}\n${'2025-06-02 00:00:00 '.repeat(300_000)}`;
    expect(streamBytes(catalog, new TextEncoder().encode(text), 65_536)).toEqual(
      streamText(catalog, text)
    );
  });
});
