/**
 * Messages written the way admins write them (versions, dates, counts, server names, IPs, KB numbers,
 * fragments, typos), in English and Japanese, each with exactly what the answer must identify:
 * - an entry id (`legacy-connector:code:0x00000411`), with `@context` when the meaning depends on where
 *   the code appears;
 * - `win:<key>` for a generic Windows meaning, `?<token>` for "not in the catalog", `~<token>` for a
 *   did-you-mean;
 * - `≈<id>` for closest matches by keywords (never identified); `help` when the answer is what to send.
 * Nothing missing, nothing extra. Host names, addresses and ids are invented.
 */
export const PRECISION_CORPUS: ReadonlyArray<[string, string[]]> = [
  // Codes and events in ordinary sentences
  ['what is 0x411', ['legacy-connector:code:0x00000411']],
  [
    'getting 0x00000411 on about 40 of our 900 iPhones since Monday',
    ['legacy-connector:code:0x00000411'],
  ],
  ['about 31 of our 1000 iPhones fail with 0x411', ['legacy-connector:code:0x00000411']],
  ['20502 keeps showing up on NDES01', ['legacy-connector:event:20502']],
  [
    'Event ID 4005 on ndes-west.contoso.com at 10:42 this morning',
    ['certificate-connector:event:4005'],
  ],
  [
    'we upgraded to 6.2406.0.2002 on 3/14/2025 and now event 4007 appears',
    ['certificate-connector:event:4007'],
  ],
  ['EventID:4001 x3 overnight, connector 6.2406.0.1001', ['certificate-connector:event:4001']],
  [
    'what does 1000 mean',
    ['certificate-connector:event:1000', 'connector-setup:event:1000', 'windows:event:1000'],
  ],
  [
    'event 1000 in Microsoft-Intune-CertificateConnectors/Admin',
    ['certificate-connector:event:1000'],
  ],
  ['0x403 vs 0x404?', ['legacy-connector:code:0x00000403', 'legacy-connector:code:0x00000404']],
  ['0x40A', ['?0x40A']],
  [
    'legacy connector event 10102 after the cert expired in May',
    ['legacy-connector:event:10102', '≈topics:topic:ndes-policy-module-client-auth-certificate'],
  ],
  ['StoppedConnectorService', ['legacy-connector:event:10020']],
  ['CRPSCEPChalenge_Expired', ['~CRPSCEPChalenge_Expired']],
  // Numbers that are not events or codes
  ['connector 6.2101 on Windows Server 2019 keeps failing', ['help']],
  ['not working', ['help']],
  ['we have 1000 devices', ['help']],
  ['thread id 20502', ['help']],
  ['port 443 is open from 10.0.0.15, KB5034441 installed, 50% of requests fail', ['help']],
  // Dates are not codes; the words alone point at renewals, shown only as closest matches.
  [
    'renewed on 2024-05-12, expires 2026-05-12',
    ['≈topics:topic:ndes-ra-certificate-renewal', '≈topics:topic:certificate-renewal-reinstall'],
  ],
  // HTTP statuses need HTTP context
  ['NDES returns 500', ['windows:code:HTTP 500']],
  ['500', ['~500']],
  ['browsing mscep.dll gives 403, is that OK?', ['windows:code:HTTP 403']],
  ['HTTP 503 Service Unavailable on the SCEP URL', ['windows:code:HTTP 503']],
  // A count or the status: the did-you-mean lets the admin say which.
  ['got 500 errors overnight', ['~500']],
  [
    'IIS log shows 403 16 2148204809 for VerifyRequest',
    ['windows:code:HTTP 403', 'windows:code:0x800B0109'],
  ],
  [
    'GET /certsrv/mscep/mscep.dll 500 0 1346 from the iPads',
    ['windows:code:HTTP 500', 'windows:code:1346'],
  ],
  // Decimal and bare HRESULTs, names and Windows families
  ['PKCS cert not issued, error -2146762487', ['windows:code:0x800B0109']],
  ['-2016281112 on 12 Windows 11 devices', ['device:code:0x87D1FDE8']],
  ['device status 0x87D1FDE8 Remediation failed', ['device:code:0x87D1FDE8']],
  [
    'CAPI2 event 30 with 800B0109 after the CA renewal',
    // The rest of the question asks about the renewal: that topic, as a closest match.
    ['windows:event:30', 'windows:code:0x800B0109', '≈topics:topic:certificate-renewal-reinstall'],
  ],
  ['Exiting VerifyRequest with 0x80004005', ['windows:code:0x80004005']],
  ['The hash value is not correct.', ['win:0x80091007']],
  ['CRYPT_E_HASH_VALUE', ['win:0x80091007']],
  ['E_ACCESSDENIED', ['windows:code:0x80070005']],
  ['error 1722', ['windows:code:0x800706BA']],
  ['RPC server unavailable 0x800706ba when issuing PKCS', ['windows:code:0x800706BA']],
  ['still 12175 after fixing the binding', ['windows:code:12175']],
  ['12152 at GetCACaps', ['windows:code:0x80072F78@device']],
  ['sc-win32-status 1346 on the mscep.dll GET', ['windows:code:1346']],
  ['0x80190194', ['windows:code:0x80190194']],
  ['0x80092013 in CAPI2', ['ndes-ca:code:0x80092013']],
  ['0x8009480F', ['win:0x8009480F']],
  ['0x80094FFF', ['?0x80094FFF']],
  ['CERTSRV_E_TEMPLATE_DENIED when the connector requests a cert', ['windows:code:0x80094012']],
  ['error 0x80094800 in the CA Failed Requests', ['windows:code:0x80094800@ca']],
  ['GetNDESAccountName: Error 0x80070005: ADsGetObject failed.', ['windows:code:0x80070005@setup']],
  [
    'CertEnroll::CX509Extension::Initialize: Invalid pointer 0x80004003',
    ['windows:code:0x80004003@device'],
  ],
  // Messages as keys, and the chain
  ['Denied by Policy Module on the PKCS profile', ['ndes-ca:message:denied-by-policy-module']],
  ['The submission is pending: Taken Under Submission', ['ndes-ca:message:taken-under-submission']],
  [
    "iPhone says The Registration Authority's response is invalid",
    ['device:message:registration-authority-response-invalid'],
  ],
  [
    'GatewayTimeout when browsing https://scep-contoso.msappproxy.net/certsrv/mscep/mscep.dll',
    ['ndes-ca:message:gatewaytimeout'],
  ],
  [
    "This page can't be displayed on the external URL",
    ['ndes-ca:message:this-page-cant-be-displayed'],
  ],
  [
    'Setup Wizard ended prematurely because of an error',
    ['ndes-ca:message:setup-wizard-ended-prematurely'],
  ],
  ['event 306 and event 32 on a Surface', ['device:event:306', 'device:event:32']],
  [
    'event ID 31 on the NDES server, 0x80094800',
    ['windows:event:31', 'windows:code:0x80094800@ndes'],
  ],
  [
    'KB5014754 - do we need to update the connector?',
    ['topics:topic:kb5014754-strong-mapping', '≈topics:topic:connector-updates-support'],
  ],
  ['Event 5009 WAS app pool SCEP terminated', ['windows:event:5009']],
  // Japanese
  ['0x411 とは', ['legacy-connector:code:0x00000411']],
  ['イベント 20502 が毎日 3 回出ます', ['legacy-connector:event:20502']],
  ['イベント ID 4005 が ndes02 で発生', ['certificate-connector:event:4005']],
  ['0x80094800 と 0x800706BA の違い', ['windows:code:0x80094800', 'windows:code:0x800706BA']],
  ['NDES の 500 エラー', ['windows:code:HTTP 500']],
  ['Denied by Policy Module と表示される', ['ndes-ca:message:denied-by-policy-module']],
  ['-2016281112 が 15 台で出ています', ['device:code:0x87D1FDE8']],
  ['サーバー 2019 にコネクタ 6.2406 を入れました', ['help']],
  ['KB5014754 の対応は必要ですか', ['topics:topic:kb5014754-strong-mapping']],
  ['E_ACCESSDENIED がセットアップで出る', ['windows:code:0x80070005']],
  ['証明書が配布されません', ['help']],
  ['チャレンジ 期限切れ', ['≈legacy-connector:code:0x00000411']],
  ['PKCS の証明書が発行されない', ['≈certificate-connector:event:1052']],
  [
    '失効要求のダウンロードに失敗',
    ['≈certificate-connector:event:3001', '≈certificate-connector:event:3003'],
  ],
  ['エラー 0x80070005 ADsGetObject failed (GetNDESAccountName)', ['windows:code:0x80070005@setup']],
  [
    "iPhone で「The Registration Authority's response is invalid」と表示されます",
    ['device:message:registration-authority-response-invalid'],
  ],
  ['イベント 306 と 32 が出ている Windows 11 端末', ['device:event:306', 'device:event:32']],
  ['HTTP 503 が返ります', ['windows:code:HTTP 503']],
  ['0x87D1FDE8 (修復に失敗しました)', ['device:code:0x87D1FDE8']],
  ['NDES サーバーで 12175 エラー', ['windows:code:12175']],
  ['CRYPT_E_REVOCATION_OFFLINE が CAPI2 に記録されています', ['ndes-ca:code:0x80092013']],
  // Closest matches in English
  ['challenge expired', ['≈legacy-connector:code:0x00000411']],
  ['which event ids should we monitor?', ['≈topics:topic:connector-events-to-monitor']],
  // Pasted fragments
  [
    'Log Name:      Microsoft-Intune-CertificateConnectors/Operational\nSource:        Microsoft-Intune-CertificateConnectors\nDate:          11/3/2024 2:18:54 PM\nEvent ID:      4005\nLevel:         Error\nComputer:      ndes02.contoso.example\nDescription:\nScepVerifyFailure: Failed to verify a SCEP request with Intune. DeviceId: 9f1e2d3c-0000-4111-8222-333344445555',
    ['certificate-connector:event:4005'],
  ],
  [
    '2024-11-03 14:18:54 10.1.1.20 GET /certsrv/mscep/mscep.dll operation=GetCACert&message=default 443 - 203.0.113.7 Mozilla/5.0 - 500 0 1346 15',
    ['windows:code:HTTP 500', 'windows:code:1346'],
  ],
  [
    'event 20502 with diag 0x410 and sometimes 0x0FFFFFFFF, what is 0x40B?',
    [
      'legacy-connector:event:20502',
      'legacy-connector:code:0x00000410',
      'legacy-connector:code:0x0FFFFFFF',
      '?0x40B',
    ],
  ],
  // HTTP statuses after "error" and in Japanese; event ids before "errors" (review, round two)
  ['error 503 on NDES', ['windows:code:HTTP 503']],
  ['error 500 on NDES', ['windows:code:HTTP 500']],
  ['HTTP エラー 503。サービスを利用できません', ['windows:code:HTTP 503']],
  ['error 403 on mscep.dll', ['windows:code:HTTP 403']],
  ['NDES が 500 を返します', ['windows:code:HTTP 500']],
  ['mscep.dll からステータス 500', ['windows:code:HTTP 500']],
  ['500 - 内部サーバー エラー', ['windows:code:HTTP 500']],
  ['IIS で 500', ['windows:code:HTTP 500']],
  ['NDES 500 error', ['windows:code:HTTP 500']],
  ['HTTP Error 500.19 on the NDES site', ['iis-status:code:HTTP 500.19', 'windows:code:HTTP 500']],
  ['getting 4005 errors on the NDES server', ['certificate-connector:event:4005']],
  ['lots of 20502 errors since Monday', ['legacy-connector:event:20502']],
  ['seeing 1052 failures', ['certificate-connector:event:1052']],
  ['Admin log full of 2101', ['certificate-connector:event:2101']],
  ['we had 1000 errors overnight', ['help']],
  ['Win32 error 500', ['win:500']],
  // A Windows message beside its code, and messages several codes share (review, round two)
  [
    'CertEnroll::CX509Enrollment::_CreateRequest: Access is denied. 0x80070005 (WIN32: 5 ERROR_ACCESS_DENIED)',
    ['windows:code:0x80070005@device'],
  ],
  [
    'CertEnroll::CX509PrivateKey::Create: Element not found. 0x80070490 (WIN32: 1168 ERROR_NOT_FOUND)',
    ['win:0x80070490'],
  ],
  ['Access is denied.', ['windows:code:0x80070005', 'win:0x8001011B']],
  ['The parameter is incorrect.', ['windows:code:0x80070057', 'win:0x80090027']],
  ['0x80090005 Bad Data', ['windows:code:0x80090005']],
  ['0x801901AD', ['win:0x801901AD']],
  // An event number with another source named is that source's event, not ours
  ['Source: Microsoft-Windows-WMI Event ID: 10', ['?10']],
  ['System log event 39 Kerberos-Key-Distribution-Center', ['?39']],
  ['Source: Microsoft-Windows-NetworkDeviceEnrollmentService Event ID: 10', ['ndes-ca:event:10']],
  // Japanese twins of English questions reach the same entries (review, round two)
  [
    'チャレンジの有効期限切れ',
    [
      '≈legacy-connector:code:0x00000411',
      '≈topics:topic:ndes-policy-module-client-auth-certificate',
    ],
  ],
  [
    '証明書の失効に失敗しました',
    ['≈certificate-connector:event:3051', '≈topics:topic:revocation-flow'],
  ],
  ['コネクタ 6.2301.1.0 はまだサポートされていますか', ['≈topics:topic:connector-updates-support']],
  ['SCEP 証明書が配布されない', ['help']],
  [
    'SCEP: 証明書の登録に失敗しました。結果: (要求された証明書は存在しません。)',
    ['device:event:32', 'windows:code:0x8010002C@device'],
  ],
  ['アクセスが拒否されました。', ['windows:code:0x80070005']],
  ['ポリシー モジュールによって拒否されました', ['ndes-ca:message:denied-by-policy-module']],
  // Win32 and WinHTTP errors written in small hex, and WinHTTP numbers alone (review, round two)
  ['Error 0x52e', ['win:1326']],
  ['return code 0x0000052E', ['win:1326']],
  ['error code 0x2f8f', ['windows:code:12175']],
  ['Error 0x00000005', ['windows:code:0x80070005']],
  ['12029', ['win:12029']],
  ['what is 0x406', ['?0x406']],
  // A row of the Intune admin center's CSV export: commas separate, they do not group digits
  [
    'DESKTOP-9QX1,alice@contoso.com,Error,-2016281112,3/4/2025 9:17:44 AM',
    ['device:code:0x87D1FDE8'],
  ],
  ['we see it on 1,000 of 12,500 phones', ['help']],
  // A device's failure leads with what failed, not with the progress event whose text it quotes
  [
    'SCEP: CspExecute failed. Result: (The revocation function was unable to check revocation because the revocation server was offline.).',
    ['ndes-ca:code:0x80092013@device', 'device:event:306'],
  ],
  // How-to questions as admins ask them (review, round two)
  [
    'I revoked a certificate on the CA but Intune still shows it as active',
    ['topics:topic:revocation-flow'],
  ],
  ['how do I revoke an intune issued certificate', ['topics:topic:revocation-flow']],
  [
    'is Windows Server 2012 R2 still ok for the certificate connector or do we need 2019?',
    ['topics:topic:connector-prerequisites'],
  ],
  ['where does the new connector log?', ['topics:topic:connector-logs-location']],
  ['コネクタにサインインできません', ['topics:topic:connector-sign-in-fails']],
  [
    'A certificate chain processed, but terminated in a root certificate which is not trusted by the trust provider.',
    ['windows:code:0x800B0109', 'topics:topic:certificate-renewal-reinstall'],
  ],
  // Round-two review: other sources' events, NDES by its source in any UI language, admins' wording
  ["WAS event 5002: Application pool 'SCEP' is being automatically disabled", ['?5002']],
  ['Windows Error Reporting event 1001 on the NDES server after w3wp crash', ['?1001']],
  ['DC logs event ID 39 Kdcsvc: certificate could not be mapped in a strong way', ['?39']],
  ['cannot sign in to certificate connector', ['topics:topic:connector-sign-in-fails']],
  [
    'プロキシ経由で Intune に接続するにはどうすれば良いですか',
    ['topics:topic:connector-proxy-network'],
  ],
  [
    '証明書を更新したらコネクタを再インストールする必要がありますか',
    ['topics:topic:certificate-renewal-reinstall'],
  ],
  [
    '要求された証明書テンプレートはこの CA ではサポートされていません。',
    ['windows:code:0x80094800'],
  ],
  [
    'iPhone で SCEP プロファイルが失敗します。登録機関の応答が無効です',
    ['device:message:registration-authority-response-invalid'],
  ],
  ['mscep.dll returns 200 instead of 403', ['topics:topic:scep-url-shows-ndes-page']],
  ['Access is denied. (0x80070005) during NDES connector setup', ['windows:code:0x80070005@setup']],
  ['error 12175 on iPads when enrolling SCEP', ['windows:code:12175@device']],
  // Host names and addresses neither help nor hurt a keyword match
  [
    'do I need a proxy for the connector? our proxy is proxy.contoso.com',
    ['topics:topic:connector-proxy-network'],
  ],
  [
    'certificate connector proxy settings, proxy at 10.0.0.5:8080',
    ['≈topics:topic:connector-proxy-network'],
  ],
  // An HTTP status we don't curate still gets its generic meaning
  ['status 404 from mscep.dll when iPads try to enroll', ['win:HTTP 404']],
  // Third review: the path named keeps the other path's entries out; IIS substatus in Japanese
  ['scep profile pending on iphone', ['help']],
  ['403.16 が出ています', ['windows:code:HTTP 403']],
];
