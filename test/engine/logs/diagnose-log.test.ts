import type { Answer, LogAnswer } from '../../../src/engine';
import { buildCard } from '../../../src/presentation/build-reply';
import { describeFinding, describeHop } from '../../../src/presentation/words/describe-answer';
import { answerIds, ask, builtInCatalog, diagnose, foundKeys } from '../../helpers/answers';
import { projectRenderer } from '../../helpers/cards';
import { logFixture as fixture } from '../../helpers/fixtures';

const catalog = builtInCatalog();
/** Each finding as "event+code+code ×count". */
const pairs = (answer: LogAnswer) =>
  answer.findings.map(
    (f) => `${[f.event?.key, ...f.codes.map((c) => c.key)].filter(Boolean).join('+')} ×${f.count}`
  );

describe('reading pasted logs', () => {
  it.each([
    ['event-viewer-text.txt', 'event-viewer-text', 1, ['20502+0x00000409 ×1']],
    [
      'event-viewer-text-many.txt',
      'event-viewer-text',
      4,
      ['20502+0x00000409 ×2', '20501+0x00000411 ×1', '20500+0x00000000 ×1'],
    ],
    [
      'event-viewer-export.csv',
      'event-viewer-export',
      4,
      ['20502+0x00000409 ×2', '20501+0x00000411 ×1', '20500+0x00000000 ×1'],
    ],
    ['event-viewer-export.txt', 'event-viewer-export', 3, ['1001+0x80094800 ×2', '1000 ×1']],
    ['event-xml.xml', 'event-xml', 1, ['20102+0x00000400 ×1']],
    ['event-xml-many.xml', 'event-xml', 3, ['20202+0x00000402 ×2', '20200+0x00000000 ×1']],
    ['event-xml-saved.xml', 'event-xml', 2, ['1000 ×1', '4001 ×1']],
    // Copied from a Japanese Windows: ログの名前, ソース, イベント ID, レベル: エラー.
    ['event-viewer-text-ja.txt', 'event-viewer-text', 1, ['4001 ×1']],
    // Event 306 whose Result failed: the code counts, KeyUsage's 0xa0 does not.
    ['device-306-failed.txt', 'event-viewer-text', 1, ['306+0x80190194 ×1']],
    // CAPI2 writes its fields in UserData, the result's code in a value attribute.
    ['capi2-revocation.xml', 'event-xml', 1, ['0x80092013 ×1']],
    [
      'get-winevent-table.txt',
      'get-winevent-table',
      5,
      [
        '20502+0x00000410 ×1',
        '20402+0x0FFFFFFF ×1',
        '20501+0x00000411 ×1',
        // 10010 (service started) is information, shown above the successes.
        '10010+0x00000000 ×1',
        '20500+0x00000000 ×1',
      ],
    ],
    ['format-list.txt', 'powershell-list', 2, ['10102+0x00000405 ×1', '10302+0x00000404 ×1']],
    ['get-eventlog-list.txt', 'powershell-list', 1, ['20302+0x0FFFFFFF ×1']],
    ['crp.svclog', 'trace-xml', 2, ['0x00000411 ×2']],
    [
      'get-eventlog-table.txt',
      'get-eventlog-table',
      3,
      ['20502+0x00000408 ×1', '20501+0x00000411 ×1', '20500+0x00000000 ×1'],
    ],
    ['get-eventlog-list-instanceid.txt', 'powershell-list', 1, ['20402+0x0FFFFFFF ×1']],
    // The CN_INVALID callback line is a 12175 (WinHTTP secure failure) as well as the "Error 12175" line.
    ['ndesplugin.log', 'ndes-plugin', 6, ['12175 ×2', '0x80004005 ×1']],
    ['iis.log', 'iis', 4, ['HTTP 403.16+0x800B0109 ×1', 'HTTP 500 ×1', 'HTTP 500+1346 ×1']],
  ])('%s: %s, %i records, findings paired and counted', (file, format, records, expected) => {
    const answer = diagnose(fixture(file));
    expect(answer.formats).toEqual([format]);
    expect(answer.recordCount).toBe(records);
    expect(pairs(answer)).toEqual(expected);
  });

  it('reads one finding as one reading: the event with its code', () => {
    const [finding] = diagnose(fixture('event-viewer-text.txt')).findings;
    expect(describeFinding('en', finding)).toMatch(
      /^20502 CRPVerifyMetric_Failure with 0x00000409 CRPSCEPSigningCert_NotFound — /
    );
    expect(finding.severity).toBe('error');
  });

  it('shows the record context an admin needs', () => {
    const [finding] = diagnose(fixture('event-xml.xml')).findings;
    expect(finding.context).toEqual({
      computer: 'pkiconn02.fabrikam.test',
      time: '2019-06-02T17:05:44.000000000Z',
      level: 'Error',
      deviceId: '0d9e7f11-aaaa-4bbb-8ccc-123456789abc',
      caName: 'ca01.fabrikam.test\\Fabrikam Issuing CA',
      template: 'FabrikamPKCSUser',
      source: 'Microsoft Intune Connector Service',
    });
    expect(diagnose(fixture('format-list.txt')).findings[1].context.thumbprint).toBe(
      '3F2A9C0B7D1E4F5A6B7C8D9E0F1A2B3C4D5E6F70'
    );
  });

  it('counts first and last time seen', () => {
    const [finding] = diagnose(fixture('event-viewer-text-many.txt')).findings;
    expect(finding.firstSeen).toBe('3/14/2019 9:41:07 AM');
    expect(finding.lastSeen).toBe('3/14/2019 10:02:55 AM');
  });

  it('puts the worst severity first and details the top findings', () => {
    const answer = diagnose(fixture('event-viewer-text-many.txt'));
    expect(answer.findings.map((f) => f.severity)).toEqual(['error', 'warning', 'success']);
    expect(answer.details.map((d) => d.key)).toEqual([
      '20502',
      '0x00000409',
      '20501',
      '0x00000411',
    ]);
  });

  it('reads Event Viewer text that carries Event Xml copies once', () => {
    expect(diagnose(fixture('event-viewer-text-many.txt')).recordCount).toBe(4);
  });

  it('finds no false events or codes among GUIDs, times, record ids, ports and IIS fields', () => {
    const answer = diagnose(fixture('negative-noise.txt'));
    expect(answer.findings).toEqual([]);
  });

  it("does not take another provider's event for a connector event", () => {
    const xml =
      '<Event><System><Provider Name="Application Error"/><EventID>20502</EventID><Channel>Application</Channel></System><EventData><Data>w3wp.exe</Data></EventData></Event>';
    expect(diagnose(xml).findings).toEqual([]);
  });

  it("reads another log's lines pasted after IIS lines, instead of dropping them", () => {
    const paste = [
      fixture('iis.log').trimEnd(),
      `default 10:42:03.123 profiled Error Domain=MCSCEPErrorDomain Code=22003 "The Registration Authority's response is invalid."`,
    ].join('\n');
    const answer = diagnose(paste);
    expect(answer.formats).toEqual(['iis']);
    // The number is read in its Apple domain, not as a Windows or Intune code.
    expect(answer.findings.map((f) => f.codes.map((c) => c.key)).flat()).toContain(
      'MCSCEPErrorDomain 22003'
    );
    expect(answer.findings.length).toBeGreaterThan(diagnose(fixture('iis.log')).findings.length);
  });

  it("rates a 403 on NDES's VerifyRequest an error, and a browser's 403 on mscep.dll a warning", () => {
    const iis = [
      '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken',
      '2025-11-05 10:42:01 10.0.0.5 POST /CertificateRegistrationSvc/Certificate/VerifyRequest - 443 - 10.0.0.5 NDES_Plugin - 403 7 5 31',
      '2025-11-05 10:42:05 10.0.0.5 GET /certsrv/mscep/mscep.dll operation=GetCACert 443 - 203.0.113.9 Mozilla - 403 0 0 15',
    ].join('\n');
    expect(diagnose(iis).findings.map((f) => [f.http?.uri, f.severity])).toEqual([
      ['/CertificateRegistrationSvc/Certificate/VerifyRequest', 'error'],
      ['/certsrv/mscep/mscep.dll', 'warning'],
    ]);
  });

  it('knows NDES event 10 by its source, whatever the description says or its language', () => {
    for (const [label, description] of [
      [
        'Log Name:      Application\nSource:        Microsoft-Windows-NetworkDeviceEnrollmentService\nEvent ID:      10\nLevel:         Error\nDescription:',
        'Some other text here.',
      ],
      [
        'ログの名前:      Application\nソース:        Microsoft-Windows-NetworkDeviceEnrollmentService\nイベント ID:    10\nレベル:        エラー\n説明:',
        'ネットワーク デバイス登録サービスは、必要な証明書のいずれかを取得できません。',
      ],
    ])
      expect(diagnose(`${label}\n${description}\n`).findings[0].event?.id).toBe('ndes-ca:event:10');
  });

  it('details the failure a progress event carried, not the progress it usually reports', () => {
    const answer = diagnose(fixture('device-306-failed.txt'));
    expect(answer.findings[0].severity).toBe('error');
    expect(answer.details.map((d) => d.id)).toEqual(['windows:code:0x80190194']);
  });

  it('still answers a plain question as a question', () => {
    expect(foundKeys(ask('event 20502 with 0x409?'))).toEqual(['20502', '0x00000409']);
  });

  it('says so when a paste holds records but nothing recognizable, and how to copy an event', () => {
    const answer = diagnose(fixture('negative-noise.txt'));
    expect(answer.recordCount).toBeGreaterThan(0);
    const card = JSON.stringify(buildCard(projectRenderer(), answer).content);
    expect(card).toContain('I could not find a known event, code or message in what you sent.');
    expect(card).toContain('Copy details as text');
  });

  it('reports an event of a connector log that the catalog lacks as not in the catalog', () => {
    const answer = diagnose(
      'Log Name: Microsoft-Intune-CertificateConnectors/Operational\nSource: Microsoft-Intune-CertificateConnectors\nEvent ID: 4011\nLevel: Error\nDescription:\nsomething new\n'
    );
    expect(answer.findings.map((f) => f.unknown)).toEqual([[{ kind: 'event', text: '4011' }]]);
    expect(describeFinding('en', answer.findings[0])).toBe('Event 4011 is not in the catalog.');
  });

  it('keeps a legacy event whose source name is not the one documented, when it says Intune', () => {
    const answer = diagnose(
      'TimeCreated  : 7/1/2020 3:00:12 AM\nProviderName : Intune Connector Service\nId           : 20502\nMessage      : failed\n'
    );
    expect(answer.findings[0].event?.id).toBe('legacy-connector:event:20502');
  });

  it('keeps pasted order when dates are in a day-first locale', () => {
    const record = (date: string) =>
      `Log Name: Microsoft Intune Connector\nSource: Microsoft Intune Connector Service\nDate: ${date}\nEvent ID: 20502\nDescription:\nDiagnostic Code: 0x00000409\n`;
    const [finding] = diagnose(
      record('03.11.2024 09:00:00') + record('12.11.2024 10:00:00')
    ).findings;
    expect([finding.firstSeen, finding.lastSeen]).toEqual([
      '03.11.2024 09:00:00',
      '12.11.2024 10:00:00',
    ]);
    expect(finding.timesUnordered).toBe(true);
  });

  it.each([
    // Event Viewer's exports list the newest event first.
    ['year first (Japanese Windows)', ['2025/11/05 17:00:00', '2025/11/04 9:00:00'], false],
    ['US with AM/PM', ['11/5/2025 5:00:00 PM', '11/5/2025 9:00:00 AM'], false],
    ['day first, the day tells', ['05/11/2025 09:00:00', '31/10/2025 23:00:00'], true],
    ['day first throughout', ['31/10/2025 23:00:00', '30/10/2025 09:00:00'], false],
  ])('puts first and last seen in order: %s', (_name, [newer, older], unsure) => {
    const record = (date: string) =>
      `Log Name: Microsoft Intune Connector\nSource: NDESConnector\nDate: ${date}\nEvent ID: 20502\nDescription:\nDiagnostic Code: 0x00000409\n`;
    const [finding] = diagnose(record(newer) + record(older)).findings;
    if (unsure) expect(finding.timesUnordered).toBe(true);
    else
      expect([finding.firstSeen, finding.lastSeen, finding.timesUnordered]).toEqual([
        older,
        newer,
        undefined,
      ]);
  });

  it('names only real entries', () => {
    for (const file of [
      'event-viewer-text-many.txt',
      'event-xml-many.xml',
      'get-winevent-table.txt',
      'crp.svclog',
    ]) {
      for (const id of answerIds(diagnose(fixture(file)))) expect(catalog.byId.has(id)).toBe(true);
    }
  });
});

describe('pathological pastes finish quickly and never throw', () => {
  const cases: Array<[string, () => string]> = [
    ['a long run of digits', () => '1'.repeat(1_000_000)],
    ['many 0x', () => '0x'.repeat(500_000)],
    ['many <', () => '<'.repeat(1_000_000)],
    ['unclosed <Event tags', () => '<Event '.repeat(100_000)],
    ['unclosed E2ETraceEvent', () => '<E2ETraceEvent>'.repeat(50_000)],
    ['Log Name: with no records', () => 'Log Name:\n'.repeat(100_000)],
    ['a 5 MB single line', () => 'Event ID: 20502 0x00000409 '.repeat(200_000).slice(0, 5_000_000)],
    ['Format-List keys without values', () => 'Id : \nMessage : \n'.repeat(100_000)],
    [
      'repeated tag prefixes',
      () => '<Event >' + '<EventIDx'.repeat(100_000) + '<ComputerX'.repeat(50_000),
    ],
    [
      'CamelCase stack frames',
      () =>
        '<E2ETraceEvent><ApplicationData>' +
        'at Microsoft.Management.Services.IntuneConnectorVerifyRequestHandler '.repeat(50_000) +
        '</ApplicationData></E2ETraceEvent>',
    ],
  ];
  it.each(cases)('%s', (_name, make) => {
    const started = Date.now();
    const answer: Answer = ask(make());
    expect(['lookup', 'log', 'help']).toContain(answer.kind);
    // Generous bound: catches quadratic blow-ups (minutes), not machine noise.
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('the chain overview of a paste', () => {
  it('says which hops reported what, worst first, when a paste holds records of several hops', () => {
    const paste = [
      '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken',
      '2024-05-06 08:12:03 10.1.1.20 GET /certsrv/mscep/mscep.dll operation=GetCACaps 443 - 203.0.113.7 Mozilla/5.0 - 500 0 1346 31',
      '2024-05-06 08:12:04 10.1.1.20 GET /certsrv/mscep/mscep.dll operation=GetCACaps 443 - 203.0.113.7 Mozilla/5.0 - 500 0 1346 31',
      'Log Name:      Microsoft-Intune-CertificateConnectors/Admin',
      'Source:        Microsoft-Intune-CertificateConnectors',
      'Date:          5/6/2024 8:12:05 AM',
      'Event ID:      4001',
      'Level:         Error',
      'Description:',
      'ScepRequestIssuedFailure',
    ].join('\n');
    const answer = diagnose(paste);
    expect(answer.hops.map((h) => h.hop)).toEqual(['ndes', 'connector']);
    expect(answer.hops[0]).toMatchObject({ records: 2, severity: 'error' });
    expect(answer.hops.map((h) => h.worst?.key)).toEqual(['HTTP 500', '4001']);
    expect(answer.findings.map((f) => f.reportedBy)).toEqual(['ndes', 'connector']);
    expect(describeHop('en', answer.hops[1])).toBe(
      'Connector: 1 record, worst Error (4001 ScepRequestIssuedFailure)'
    );
  });

  it('gives no overview for a paste of one hop', () => {
    expect(diagnose(fixture('event-viewer-text-many.txt')).hops).toEqual([]);
  });
});

describe('the record level decides for events Windows writes at either level', () => {
  const capi2 = (level: number) =>
    `<Event><System><Provider Name="Microsoft-Windows-CAPI2"/><EventID>30</EventID><Level>${level}</Level><Channel>Microsoft-Windows-CAPI2/Operational</Channel></System><EventData><Data Name="Result">0x800B0109</Data></EventData></Event>`;

  it('reports CAPI2 event 30 written as an error', () => {
    expect(diagnose(capi2(2)).findings[0].event?.id).toBe('windows:event:30');
  });

  it('does not report the same event written at Information level as a failure', () => {
    const findings = diagnose(capi2(4)).findings;
    expect(findings.map((f) => f.event?.id)).not.toContain('windows:event:30');
  });
});

describe('a level that names a property of every object is plain text', () => {
  const xml = (level: string) =>
    `<Event><System><Provider Name="Microsoft Intune Connector Service"/><EventID>20502</EventID><Level>${level}</Level><Channel>Microsoft Intune Connector</Channel></System><EventData><Data>0x00000409</Data></EventData></Event>`;
  const csv = (level: string) =>
    `Level,Date and Time,Source,Event ID,Task Category\n${level},3/14/2019 9:41:07 AM,Microsoft Intune Connector Service,20502,None,"0x00000409"\nError,3/14/2019 9:42:07 AM,Microsoft Intune Connector Service,20502,None,"0x00000409"`;

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    '%s as the level of pasted XML and of an Event Viewer export',
    (name) => {
      const fromXml = diagnose(xml(name));
      expect(pairs(fromXml)).toEqual(['20502+0x00000409 ×1']);
      expect(['error', 'warning', 'info']).toContain(fromXml.findings[0].severity);
      // A row whose level is no Event Viewer level is no row; the real row behind it still counts.
      const fromCsv = diagnose(csv(name));
      expect(pairs(fromCsv)).toEqual(['20502+0x00000409 ×1']);
      expect(fromCsv.findings[0].severity).toBe('error');
    }
  );
});
