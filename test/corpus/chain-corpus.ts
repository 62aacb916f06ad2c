/**
 * The fifteen things admins hit most along the chain (device, Intune, connector, NDES/IIS, CA), each
 * asked in English, in Japanese, and pasted the way the hop in front of the admin shows it.
 * `expect` is the entry the answer must include. Host names, ids and addresses are invented.
 */
export interface ChainCase {
  item: number;
  expect: string;
  en: string;
  ja: string;
  paste: string;
}

const iis = (line: string) =>
  `#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken\n${line}`;
const svclog = (text: string) =>
  `<E2ETraceEvent xmlns="http://schemas.microsoft.com/2004/06/E2ETraceEvent"><System xmlns="http://schemas.microsoft.com/2004/06/windows/eventlog/system"><EventID>0</EventID><Type>3</Type><SubType Name="Error">0</SubType><Level>2</Level><TimeCreated SystemTime="2024-05-06T08:12:03.1234567Z" /><Source Name="NDESConnectorService" /><Execution ProcessName="NDESConnector" ProcessID="7364" ThreadID="50" /><Channel /><Computer>PKICONN01</Computer></System><ApplicationData>${text}</ApplicationData></E2ETraceEvent>`;
const eventText = (log: string, source: string, id: number, level: string, description: string) =>
  `Log Name:      ${log}\nSource:        ${source}\nDate:          5/6/2024 8:12:03 AM\nEvent ID:      ${id}\nLevel:         ${level}\nComputer:      NDES01.contoso.example\nDescription:\n${description}`;

export const CHAIN_CORPUS: readonly ChainCase[] = [
  {
    item: 1,
    expect: 'windows:code:HTTP 500',
    en: 'browsing the SCEP URL mscep.dll returns 500 Internal Server Error',
    ja: 'SCEP の URL (mscep.dll) を開くと 500 エラーになります',
    paste: iis(
      '2024-05-06 08:12:03 10.1.1.20 GET /certsrv/mscep/mscep.dll operation=GetCACaps 443 - 203.0.113.7 Mozilla/5.0 - 500 0 0 31'
    ),
  },
  {
    item: 2,
    expect: 'ndes-ca:message:denied-by-policy-module',
    en: 'PKCS fails, the CA says Denied by Policy Module',
    ja: 'PKCS で CA に Denied by Policy Module と出ます',
    paste: svclog('IssuePfx - The submission failed: Denied by Policy Module'),
  },
  {
    item: 3,
    expect: 'topics:topic:pkcs-profile-stuck-pending',
    en: 'our PKCS certificate profile is stuck as Pending',
    ja: 'PKCS の証明書プロファイルが保留中のままです',
    paste:
      'Device status for the PKCS profile: Pending\nPfxRequest\\Processing has 40 files since Monday, stuck as pending',
  },
  {
    item: 4,
    expect: 'device:code:0x87D1FDE8',
    en: 'device status -2016281112 on the SCEP profile',
    ja: 'SCEP プロファイルのデバイスの状態が -2016281112 です',
    paste: 'DESKTOP-7F3K2  Error  -2016281112 (Remediation failed)  5/6/2024 8:12 AM',
  },
  {
    item: 5,
    expect: 'device:event:32',
    en: 'Windows devices log event 32 SCEP: Certificate enroll failed after we renewed the CA',
    ja: 'CA の更新後、Windows デバイスでイベント 32 (SCEP: Certificate enroll failed) が出ます',
    paste: eventText(
      'Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin',
      'Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider',
      32,
      'Error',
      'SCEP: Certificate enroll failed. Result: (The requested certificate does not exist.).'
    ),
  },
  {
    item: 6,
    expect: 'ndes-ca:event:10',
    en: 'NDES event 10: cannot retrieve one of its required certificates (0x80070057)',
    ja: 'NDES でイベント 10「cannot retrieve one of its required certificates (0x80070057)」',
    paste: eventText(
      'Application',
      'Microsoft-Windows-NetworkDeviceEnrollmentService',
      10,
      'Error',
      'The Network Device Enrollment Service cannot retrieve one of its required certificates (0x80070057). The parameter is incorrect.'
    ),
  },
  {
    item: 7,
    expect: 'ndes-ca:message:taken-under-submission',
    en: 'PKCS request stays pending: The submission is pending: Taken Under Submission',
    ja: 'PKCS の要求が The submission is pending: Taken Under Submission のままです',
    paste: svclog('IssuePfx - The submission is pending: Taken Under Submission'),
  },
  {
    item: 8,
    expect: 'topics:topic:kb5014754-strong-mapping',
    en: 'do we need KB5014754 on the CA for strong mapping with Intune certificates?',
    ja: 'Intune の証明書の強力なマッピングのために CA に KB5014754 は必要ですか',
    paste:
      'SAN of the issued cert:\n    URL=tag:microsoft.com,2022-09-14:sid:S-1-5-21-1004336348-1177238915-682003330-512',
  },
  {
    item: 9,
    expect: 'device:message:registration-authority-response-invalid',
    en: "iPads fail SCEP with The Registration Authority's response is invalid",
    ja: "iPad の SCEP で「The Registration Authority's response is invalid」と表示されます",
    paste:
      'default 08:12:03.123 profiled: SCEP enrollment failed. Error Domain=MCSCEPErrorDomain Code=22003 "The Registration Authority\'s response is invalid."',
  },
  {
    item: 10,
    expect: 'ndes-ca:message:gatewaytimeout',
    en: 'the SCEP URL through application proxy shows GatewayTimeout',
    ja: 'アプリケーション プロキシ経由の SCEP の URL で GatewayTimeout になります',
    paste:
      "GatewayTimeout\nThis corporate app can't be accessed right now. Please try again later.\nhttps://scep-contoso.msappproxy.net/certsrv/mscep/mscep.dll",
  },
  {
    item: 11,
    expect: 'ndes-ca:code:0x80092013',
    en: 'CAPI2 on NDES shows CRYPT_E_REVOCATION_OFFLINE and the SCEP app pool stops',
    ja: 'NDES の CAPI2 に CRYPT_E_REVOCATION_OFFLINE が出て SCEP のアプリケーション プールが停止します',
    paste: eventText(
      'Microsoft-Windows-CAPI2/Operational',
      'Microsoft-Windows-CAPI2',
      11,
      'Error',
      'Build Chain. Result: The revocation function was unable to check revocation because the revocation server was offline. [0x80092013]'
    ),
  },
  {
    item: 12,
    expect: 'windows:code:HTTP 403',
    en: 'NDES_Plugin gets HTTP 403 on VerifyRequest with the legacy connector',
    ja: '旧コネクタで VerifyRequest が HTTP 403 になります',
    paste: iis(
      '2024-05-06 08:12:03 10.1.1.20 POST /CertificateRegistrationSvc/Certificate/VerifyRequest - 443 - 10.1.1.20 NDES_Plugin - 403 0 0 15'
    ),
  },
  {
    item: 13,
    expect: 'windows:code:0x80070002@setup',
    en: 'connector setup: Setup Wizard ended prematurely, SetupMSI.log has WriteIIS7ConfigChanges 0x80070002',
    ja: 'コネクタのセットアップで Setup Wizard ended prematurely、SetupMSI.log に WriteIIS7ConfigChanges 0x80070002',
    paste:
      'MSI (s) (A4:2C) [08:12:03:123]: Product: Microsoft Intune Connector -- Error 0x80070002\nCustomAction WriteIIS7ConfigChanges returned actual error code 1603 (note this may not be 100% accurate if translation happened inside sandbox)\nWriteIIS7ConfigChanges:  Error 0x80070002: Site not found for create application',
  },
  {
    item: 14,
    expect: 'ndes-ca:message:this-page-cant-be-displayed',
    en: "the external SCEP URL gives This page can't be displayed",
    ja: "外部の SCEP の URL で This page can't be displayed と表示されます",
    paste:
      "This page can't be displayed\nMake sure the web address https://ndes.contoso.example/certsrv/mscep/mscep.dll is correct.",
  },
  {
    item: 15,
    expect: 'topics:topic:ra-private-key-read-permission',
    en: 'NDES service account needs Read on the RA certificate private keys?',
    ja: 'NDES サービス アカウントに RA 証明書の秘密キーの読み取りのアクセス許可は必要ですか',
    paste:
      'mscep.dll returns 500. The NDES service account has no Read permission on the RA private key of the CEP Encryption certificate.',
  },
];
