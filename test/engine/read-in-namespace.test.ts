import { answerIds, ask, lookup } from '../helpers/answers';

/*
 * Numbers read only in the namespace their context gives, and success never read as a problem.
 * The texts are real public posts of the development half (test/corpus/real-posts), cut down.
 */

const leadIds = (text: string): string[] => {
  const answer = lookup(text);
  return answer.items.map((i) =>
    i.type === 'entry' ? i.entry.id : i.type === 'windows' ? `win:${i.code.key}` : `?${i.type}`
  );
};

describe('a .NET trace line', () => {
  // rp-0057: Intune-Resource-Access's TraceSource writes `<source> Error: 0 : <message>`.
  const trace =
    'log Information: 0 : Refreshing service map from Microsoft.Graph\nlog Error: 0 : Failed to contact intune service with URL: https://fef.msuc02.manage.microsoft.com/RACerts/ScepRequestValidationFEService/Gateway/StatelessScepRequestValidationService/ScepActions/validateRequest;';

  it('does not read the level and event id "Error: 0 :" as the Windows code 0', () => {
    const ids = answerIds(ask(trace));
    expect(ids).not.toContain('legacy-connector:code:0x00000000');
    const answer = ask(trace);
    const windows =
      answer.kind === 'lookup' ? answer.items.filter((i) => i.type === 'windows') : [];
    expect(windows).toEqual([]);
  });

  it('still reads an error code written after "error:" elsewhere', () => {
    expect(leadIds('the connector says error: 5 when it starts')[0]).toBe(
      'windows:code:0x80070005'
    );
  });
});

describe('a success status', () => {
  it("reads a device's GetCACaps 200 in the IIS log as success, with no did-you-mean or error status", () => {
    // rp-0016, from Microsoft's Japanese device-to-NDES page.
    const ids = leadIds(
      'IIS ログに次のエントリがあります。状態は 200 です。これは正常ですか?\nfe80::f53d:89b8:c3e8:5fec%13 GET /certsrv/mscep/mscep.dll/pkiclient.exe operation=GetCACaps&message=default 80 - fe80::f53d:89b8:c3e8:5fec%13 Mozilla/4.0+(compatible;+Win32;+NDES+client) - 200 0 0 186 0'
    );
    expect(ids).toEqual(['windows:code:HTTP 200']);
  });

  it("reads NDES_Plugin's Notify 204 as the plug-in's report succeeding", () => {
    // rp-0030.
    const answer = lookup(
      'NDES サーバーの IIS ログに次の行があります。204 はエラーですか?\nfe80::f53d:89b8:c3e8:5fec%13 POST /CertificateRegistrationSvc/Certificate/Notify - 443 - fe80::f53d:89b8:c3e8:5fec%13 NDES_Plugin - 204 0 0 277 62'
    );
    const first = answer.items[0];
    expect(first.type === 'entry' && first.entry.id).toBe('windows:code:HTTP 204');
    expect(first.type === 'entry' && first.entry.severity).toBe('success');
  });

  it('offers no did-you-mean for a bare success status, only for an error status', () => {
    const bare = lookup('we see 200 in the log and 503 after the reboot');
    const offered = bare.items.flatMap((i) =>
      i.type === 'didYouMean' ? i.suggestions.map((s) => s.id) : []
    );
    expect(offered).not.toContain('windows:code:HTTP 200');
    expect(offered).toContain('windows:code:HTTP 503');
  });

  it("reads the NDES plug-in's documented success lines as success, not as a failure code", () => {
    // rp-0021.
    const ids = leadIds(
      'NDESPlugin.log に次の行があります。問題はありますか?\nCalling VerifyRequest ...\nSending request to certificate registration point.\nVerify challenge returns true\nExiting VerifyRequest with 0x0'
    );
    expect(ids[0]).toBe('ndes-ca:message:ndes-plugin-verify-succeeded');
    expect(ids).not.toContain('windows:code:0x80004005');
  });
});

describe('the most specific match leads', () => {
  it('a named message leads a how-to topic that only shares a word with the text', () => {
    // rp-0011: "アプリケーション プロキシ" is a phrase of the proxy topic; GatewayTimeout is the message.
    expect(
      leadIds(
        'SCEP サーバーの URL (アプリケーション プロキシ経由) に移動すると GatewayTimeout エラーが表示されます。'
      )[0]
    ).toBe('ndes-ca:message:gatewaytimeout');
    // rp-0020: the log file names are a topic's phrases; the svclog's message is the answer.
    const ids = leadIds(
      'NDESPlugin.log ではチャレンジから false が返されています。CertificateRegistrationPoint.svclog には次のエラーがあります。\nSigning certificate could not be retrieved. System.Security.Cryptography.CryptographicException: m_safeCertContext is an invalid handle.'
    );
    expect(ids[0]).toBe('ndes-ca:message:signing-certificate-could-not-be-retrieved');
    expect(ids).toContain('topics:topic:connector-logs-location');
  });
});
