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

describe('an Apple error domain', () => {
  // rp-0060, an iOS 11.3 installer message from a SCEPy issue.
  const ios = `Installation failed. Error: NSError:
Desc   : Profile Installation Failed
Sugg   : The SCEP server returned an invalid response.
Domain : MCInstallationErrorDomain
Code   : 4001
Type   : MCFatalError
...Underlying error:
Desc   : The profile "SCEPy Enrolment Profile" could not be installed.
Domain : MCProfileErrorDomain
Code   : 1009
Bundle: <private>, key: SCEP_ERROR_INVALID_PKI_RESPONSE`;

  it('reads each code in its own domain and never as a Windows code', () => {
    const ids = leadIds(ios);
    expect(ids).toEqual([
      'apple:message:scep-server-invalid-response',
      'apple:code:MCInstallationErrorDomain 4001',
      'apple:code:MCProfileErrorDomain 1009',
    ]);
    expect(ids.some((id) => id.startsWith('win:'))).toBe(false);
  });

  it("names a code its domain lacks as not in the catalog, with that domain's neighbours only", () => {
    const answer = lookup('Error Domain=MCSCEPErrorDomain Code=22099 "unknown"');
    const first = answer.items[0];
    expect(first.type).toBe('unknown');
    if (first.type !== 'unknown') return;
    expect(first.token).toBe('MCSCEPErrorDomain 22099');
    expect(first.suggestions.length).toBeGreaterThan(0);
    expect(first.suggestions.every((s) => s.key.startsWith('MCSCEPErrorDomain '))).toBe(true);
    expect(first.windowsSuggestions).toEqual([]);
  });

  it('decodes nothing in another namespace when the domain is one we do not cover', () => {
    const answer = lookup(
      'Error Domain=NSURLErrorDomain Code=-1202 "The certificate for this server is invalid."'
    );
    expect(answer.items).toHaveLength(1);
    const only = answer.items[0];
    expect(only.type === 'unknown' && only.token).toBe('NSURLErrorDomain -1202');
    expect(only.type === 'unknown' && only.suggestions).toEqual([]);
  });

  it('still reads the same number as a Windows code where nothing names a domain', () => {
    expect(leadIds('Win32 error 1009 on the connector')[0]).toMatch(/^win:|^windows:/);
  });

  it("reads the installer's SCEP messages a device shows (rp-0007, rp-0063, rp-0064)", () => {
    expect(
      leadIds(
        'When mobile device installing profile and request "scep?operation=GetCACert" url, it will response "The SCEP server configuration is not supported" error in device.'
      )[0]
    ).toBe('apple:message:scep-server-configuration-not-supported');
    expect(
      leadIds('iOS SCEP enrollment fails: "Couldn\'t create certificate signing request"')[0]
    ).toBe('apple:message:cannot-create-csr');
    const mdm = leadIds(
      'Cannot install MDM "com.apple.mdm.redacted". US Sugg: The server certificate for "https://10.1.3.23:8080/checkin" is invalid. Domain : MCInstallationErrorDomain Code : 4001'
    );
    expect(mdm).toEqual([
      'apple:message:server-certificate-invalid',
      'apple:code:MCInstallationErrorDomain 4001',
    ]);
  });
});

describe('an HTTP status carries its origin', () => {
  const contextOf = (text: string, id: string) => {
    const item = lookup(text).items.find((i) => i.type === 'entry' && i.entry.id === id);
    return item?.type === 'entry' ? item.entry.context?.context : 'absent';
  };

  it("gives a 500 from Intune's validation endpoint Intune's causes, not NDES's (rp-0057)", () => {
    const text =
      'When calling ValidateRequestAsync I get an internal server error being returned.\nlog Error: 0 : Failed to contact intune service with URL: https://fef.msuc02.manage.microsoft.com/RACerts/ScepRequestValidationFEService/Gateway/StatelessScepRequestValidationService/ScepActions/validateRequest;\nResponse status code does not indicate success: 500 (Internal Server Error).';
    const ids = leadIds(text);
    expect(ids[0]).toBe('third-party-ca:message:validation-service-unreachable');
    expect(ids).not.toContain('ndes-ca:message:scep-url-500-internal-server-error');
    expect(contextOf(text, 'windows:code:HTTP 500')).toBe('intune');
  });

  it("gives a directory's 403 to a CA's app registration the permission story (rp-0073)", () => {
    const text =
      'SEVERE: Request to: https://graph.windows.net/contoso.onmicrosoft.com/servicePrincipalsByAppId/0000000a-0000-0000-c000-000000000000/serviceEndpoints?api-version=1.6 returned: HTTP/1.1 403 Forbidden\ncom.microsoft.intune.scepvalidation.IntuneClientHttpErrorException: {"odata.error":{"code":"Authorization_RequestDenied","message":{"lang":"en","value":"Insufficient privileges to complete the operation."}}}';
    expect(leadIds(text)[0]).toBe('third-party-ca:message:service-discovery-refused');
    expect(contextOf(text, 'windows:code:HTTP 403')).toBe('intune');
    const steps = lookup(text).items.flatMap((i) =>
      i.type === 'entry' ? i.entry.steps.map((s) => s.text) : []
    );
    expect(steps.join(' ')).toMatch(/Application\.Read\.All/);
    expect(steps.join(' ')).not.toMatch(/is expected/);
  });

  it("treats a 403 answering a SCEP client's own request as a failure, not the browser test (rp-0075)", () => {
    const text =
      'While enrolment i am getting below error\n<title>403 - Forbidden: Access is denied.</title>\n/usr/sbin/sscep: wrong (or missing) MIME content type\n/usr/sbin/sscep: error while sending message';
    expect(contextOf(text, 'windows:code:HTTP 403')).toBe('device');
    const first = lookup(text).items[0];
    expect(first.type === 'entry' && first.entry.summary).not.toMatch(/expected/);
    // A browser test of mscep.dll keeps the expected-403 reading.
    expect(
      contextOf('browsing https://ndes/certsrv/mscep/mscep.dll gives 403', 'windows:code:HTTP 403')
    ).toBeUndefined();
  });

  it("reads Intune's own InternalServerError as Intune's, with no NDES 500 (rp-0076)", () => {
    const ids = leadIds(
      '{ "error": { "code": "InternalServerError", "message": "An internal server error has occurred - Operation ID (for customer support): 00000000-0000-0000-0000-000000000000 - Activity ID: x - Url: https://fef.msub06.manage.microsoft.com/DeviceConfiguration_2010/StatelessDeviceConfigurationFEService/deviceManagement/deviceConfigurations" } }'
    );
    expect(ids[0]).toBe('intune-service:message:intune-service-internal-error');
    expect(ids).not.toContain('windows:code:HTTP 500');
  });

  it("names the validation service's error code a third-party CA logs (rp-0093)", () => {
    const ids = leadIds(
      'caused by: org.cesecore.azure.AzureException: Error validating SCEP request: ChallengeExpired:SCEP challenge has expired.'
    );
    expect(ids[0]).toBe('third-party-ca:code:ChallengeExpired');
  });
});
