import { lookup } from '../helpers/answers';

const ids = (text: string) =>
  lookup(text).items.map((i) =>
    i.type === 'entry' ? i.entry.id : i.type === 'windows' ? `win:${i.code.key}` : `?${i.token}`
  );

describe("the Windows enrollment client's events", () => {
  it('reads CertEnroll event 86 with its TLS code (rp-0138)', () => {
    expect(
      ids(
        'Microsoft-Windows-CertificateServicesClient-CertEnroll Event 86: SCEP Certificate enrollment initialization for INTRA\\rudi via https://ndes01.intra.adcslabor.de/certsrv/mscep/mscep.dll/pkiclient.exe failed: GetCACaps Method: GET(47ms) Stage: GetCACaps A security error occurred 0x80072f8f (WinHttp: 12175 ERROR_WINHTTP_SECURE_FAILURE)'
      ).slice(0, 2)
    ).toEqual(['enrollment-client:event:86', 'windows:code:12175']);
  });

  it('lets the CA code decide a SCEP refusal that names no event (rp-0140)', () => {
    const found = ids(
      'SCEP Certificate enrollment for INTRA\\rudi via http://ndes01/certsrv/mscep/mscep.dll/pkiclient.exe failed:\nPkiStatus(2): SCEPDispositionFailure\nThe public key does not meet the minimum size required by the specified certificate template. 0x80094811 (-2146875375 CERTSRV_E_KEY_LENGTH) Denied by Policy Module'
    );
    expect(found[0]).toBe('win:0x80094811');
  });

  it('reads CAPI2 event 11 by its short source name, with the revocation code (rp-0088)', () => {
    expect(
      ids(
        "CAPI2 Event ID 11 errors on machines that don't have access to the Internet. The event details show 80092013 - The revocation function was unable to check revocation because the revocation server was offline."
      ).slice(0, 2)
    ).toEqual(['enrollment-client:event:11', 'ndes-ca:code:0x80092013']);
  });
});
