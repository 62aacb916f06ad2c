import type { LogFormat, LogRecord } from '../../../src/engine/model/log-record';
import { LOG_READERS } from '../../../src/engine/logs/read-records';
import { logFixture } from '../../helpers/fixtures';

const readerFor = (format: LogFormat) => {
  const reader = LOG_READERS.find((r) => r.format === format);
  if (!reader) throw new Error(`no reader for ${format}`);
  return reader;
};
const read = (format: LogFormat, text: string) =>
  readerFor(format).read({ text, lines: text.split('\n') });

/** Each reader on its own fixture: how many records, and the first one's fields. */
const CASES: Array<[LogFormat, string, number, Partial<LogRecord>]> = [
  [
    'event-viewer-text',
    'event-viewer-text.txt',
    1,
    {
      eventId: '20502',
      provider: 'Microsoft Intune Connector Service',
      channel: 'Microsoft Intune Connector',
      level: 'Error',
      time: '3/14/2019 9:41:07 AM',
    },
  ],
  ['event-viewer-text', 'event-viewer-text-many.txt', 4, { eventId: '20502', level: 'Error' }],
  [
    'event-viewer-export',
    'event-viewer-export.csv',
    4,
    {
      eventId: '20502',
      provider: 'Microsoft Intune Connector Service',
      level: 'Error',
      time: '3/14/2019 9:41:07 AM',
      text: 'CRPVerifyMetric_Failure: Certificate Registration Point failed to verify a client challenge.\nDevice ID: 5c0ffee0-1234-4abc-9def-00000000a1b2\nDiagnostic Code: 0x00000409',
    },
  ],
  [
    'event-viewer-export',
    'event-viewer-export.txt',
    3,
    { eventId: '1001', provider: 'Microsoft-Intune-CertificateConnectors', level: 'Error' },
  ],
  [
    'event-xml',
    'event-xml.xml',
    1,
    {
      eventId: '20102',
      provider: 'Microsoft Intune Connector Service',
      level: 'Error',
      time: '2019-06-02T17:05:44.000000000Z',
    },
  ],
  ['event-xml', 'event-xml-many.xml', 3, { eventId: '20202' }],
  // Event Viewer's "Save All Events As… XML" quotes attributes with '.
  [
    'event-xml',
    'event-xml-saved.xml',
    2,
    { eventId: '1000', provider: 'Application Error', time: '2025-11-04T09:12:01.5531245Z' },
  ],
  [
    'trace-xml',
    'crp.svclog',
    2,
    {
      provider: 'CertificateRegistrationPoint',
      level: 'Error',
      time: '2019-03-14T09:41:07.1234567Z',
    },
  ],
  [
    'get-winevent-table',
    'get-winevent-table.txt',
    5,
    {
      eventId: '20502',
      provider: 'Microsoft Intune Connector Service',
      level: 'Error',
      time: '3/14/2019 9:41:07 AM',
    },
  ],
  [
    'get-eventlog-table',
    'get-eventlog-table.txt',
    3,
    { eventId: '20502', provider: 'Microsoft Intune Co...', level: 'Error', time: 'Mar 14 09:41' },
  ],
  [
    'powershell-list',
    'format-list.txt',
    2,
    {
      eventId: '10102',
      provider: 'Microsoft Intune Connector Service',
      time: '7/1/2020 3:00:12 AM',
    },
  ],
  ['powershell-list', 'get-eventlog-list.txt', 1, { eventId: '20302', level: 'Error' }],
  ['powershell-list', 'get-eventlog-list-instanceid.txt', 1, { eventId: '20402' }],
  [
    'iis',
    'iis.log',
    4,
    {
      provider: 'IIS',
      time: '2019-03-14 09:41:07',
      http: {
        status: '403',
        substatus: '16',
        win32: '2148204809',
        uri: '/CertificateRegistrationSvc/Certificate/VerifyRequest',
      },
    },
  ],
  [
    'ndes-plugin',
    'ndesplugin.log',
    6,
    { provider: 'NDESPlugin', time: '03/14/2019 09:41:06', text: 'Calling VerifyRequest ...' },
  ],
];

describe('log readers, one per format', () => {
  it('has one reader for every format', () => {
    const formats = LOG_READERS.map((r) => r.format);
    expect(new Set(formats).size).toBe(formats.length);
    expect(new Set(CASES.map(([f]) => f))).toEqual(new Set(formats));
  });

  it.each(CASES)('%s reads %s: %i records', (format, file, count, first) => {
    const records = read(format, logFixture(file));
    expect(records).toHaveLength(count);
    expect(records[0]).toMatchObject(first);
  });

  it.each(LOG_READERS.map((r) => [r.format]))('%s finds nothing in a plain question', (format) => {
    expect(read(format, 'what is event 20502 with 0x409 on ndes01 at 9:41?')).toEqual([]);
  });

  it.each(CASES.filter(([format]) => format !== 'event-viewer-text'))(
    '%s finds nothing in a fixture of another format',
    (format) => {
      for (const [other, file] of CASES)
        if (other !== format && !file.startsWith('event-viewer-text'))
          expect(read(format, logFixture(file))).toEqual([]);
    }
  );

  it('reads a partial Event Viewer copy: lines that are no field are the description', () => {
    const [record] = read(
      'event-viewer-text',
      [
        'Log Name: Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin',
        'Event ID: 32',
        'SCEP: Certificate enroll failed. Result: (The requested certificate does not exist.).',
        'Trusted cert profiles deployed OK.',
      ].join('\n')
    );
    expect(record).toMatchObject({
      eventId: '32',
      channel: 'Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin',
      text: 'SCEP: Certificate enroll failed. Result: (The requested certificate does not exist.).\nTrusted cert profiles deployed OK.',
    });
  });

  it('decodes XML entities in data values', () => {
    const [record] = read(
      'event-xml',
      '<Event><System><EventID>4005</EventID></System><EventData><Data Name="Message">a &lt;b&gt; &amp; &#x41;&#66;</Data></EventData></Event>'
    );
    expect(record.text).toBe('Message: a <b> & AB');
  });

  it('reads the Get-WinEvent, Format-List and Get-EventLog context from the row', () => {
    expect(read('powershell-list', logFixture('format-list.txt'))[1].context.thumbprint).toBe(
      '3F2A9C0B7D1E4F5A6B7C8D9E0F1A2B3C4D5E6F70'
    );
    expect(
      read('get-winevent-table', logFixture('get-winevent-table.txt'))[0].context
    ).toMatchObject({ level: 'Error', source: 'Microsoft Intune Connector Service' });
  });
});

describe('Event Viewer XML is read as XML', () => {
  const event = (system: string, data: string) =>
    `<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System>${system}</System>${data}</Event>`;
  const id = '<EventID>20502</EventID>';

  it.each([
    [
      'CDATA in a value',
      event(id, '<EventData><Data Name="Message"><![CDATA[a <b> & c]]></Data></EventData>'),
      { eventId: '20502', text: 'Message: a <b> & c' },
    ],
    [
      'a comment holding a Data element',
      event(
        id,
        '<EventData><!-- <Data Name="Code">0x999</Data> --><Data Name="Code">0x411</Data></EventData>'
      ),
      { eventId: '20502', text: 'Code: 0x411' },
    ],
    [
      'a comment holding an EventID',
      event('<!-- <EventID>1</EventID> -->' + id, ''),
      { eventId: '20502', text: '' },
    ],
    [
      'entities in attributes and text',
      event(
        `<Provider Name="A &amp; B"/>${id}<Computer>ndes&#45;01</Computer>`,
        '<EventData><Data Name="x&lt;y">&quot;q&quot; &#x41;</Data></EventData>'
      ),
      { provider: 'A & B', context: { computer: 'ndes-01' }, text: 'x<y: "q" A' },
    ],
    [
      "attribute values holding '>'",
      event(
        `<Provider Name="Svc>1" Guid='{7a>b}'/>${id}<TimeCreated SystemTime="2025-01-02T03:04:05Z"/>`,
        '<EventData><Data Name="a>b">v</Data></EventData>'
      ),
      { provider: 'Svc>1', time: '2025-01-02T03:04:05Z', text: 'a>b: v' },
    ],
    [
      'UserData leaves with a CDATA text and a status in value',
      event(
        id,
        '<UserData><Info><Result value="80092013"><![CDATA[revocation <offline>]]></Result><Empty/></Info></UserData>'
      ),
      { eventId: '20502', text: 'Result: revocation <offline> 0x80092013' },
    ],
    [
      'a paste cut short, inside prose',
      `here it is: ${event(`<Provider Name='P'/>${id}<Level>2</Level>`, '<EventData><Data Name="A">1</Data><Data Name="B">tru').replace('</Event>', '')}`,
      { eventId: '20502', provider: 'P', level: 'Error', text: 'A: 1' },
    ],
  ])('%s', (_name, xml, expected) => {
    const records = read('event-xml', xml);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject(expected);
  });
});

describe('Event Viewer CSV and text exports are read as CSV', () => {
  const HEADER = 'Level,Date and Time,Source,Event ID,Task Category';

  it.each([
    [
      'quoted fields holding commas, line breaks and doubled quotes',
      `${HEADER}\nError,"3/14/2019 9:41:07 AM","Svc, Inc.",20502,None,"a, b\nc ""q"""`,
      [
        {
          eventId: '20502',
          provider: 'Svc, Inc.',
          time: '3/14/2019 9:41:07 AM',
          text: 'a, b\nc "q"',
        },
      ],
    ],
    [
      'a byte-order mark and CRLF line ends',
      `\uFEFF${HEADER}\r\nWarning,1/2/2025 3:04:05 AM,S,20501,None,"x\r\ny"\r\nError,1/2/2025 3:04:06 AM,S,20502,None,z\r\n`,
      [
        { eventId: '20501', level: 'Warning', text: 'x\ny' },
        { eventId: '20502', level: 'Error', text: 'z' },
      ],
    ],
    [
      'Japanese headers and levels',
      'レベル,日付と時刻,ソース,イベント ID,タスクのカテゴリ\nエラー,2025/06/02 17:05:44,Microsoft-Intune-CertificateConnectors,1001,なし,"PKCS 要求が失敗しました。\nエラー: 0x80094800"',
      [
        {
          eventId: '1001',
          level: 'Error',
          provider: 'Microsoft-Intune-CertificateConnectors',
          text: 'PKCS 要求が失敗しました。\nエラー: 0x80094800',
        },
      ],
    ],
    [
      'an unquoted description holding commas',
      `${HEADER}\nError,t,S,20502,None,a, b, c`,
      [{ eventId: '20502', text: 'a, b, c' }],
    ],
    [
      'a paste cut short inside a quoted description',
      `${HEADER}\nInformation,t,S,1000,None,ok\nError,t,S,20502,None,"first line\nsecond`,
      [
        { eventId: '1000', text: 'ok' },
        { eventId: '20502', text: 'first line\nsecond' },
      ],
    ],
    [
      'tab-separated fields with a quoted tab',
      'Level\tDate and Time\tSource\tEvent ID\tTask Category\nError\tt\tS\t1001\tNone\t"a\tb"',
      [{ eventId: '1001', text: 'a\tb' }],
    ],
    [
      'rows that are no event between events',
      `${HEADER}\nError,t,S,20502,None,one\nnot a row\nBogus,t,S,1,None,x\nError,t,S,abc,None,y\nError,t,S,20503,None,two`,
      [
        { eventId: '20502', text: 'one' },
        { eventId: '20503', text: 'two' },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(read('event-viewer-export', text)).toMatchObject(expected);
  });
});
