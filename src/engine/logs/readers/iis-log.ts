import type { LogInput, LogRecord } from '../log-record';

const DEFAULT_FIELDS =
  'date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken'.split(
    ' '
  );

/** IIS W3C log lines for the NDES and certificate registration URLs, read with the `#Fields:` header. */
export function readIisLog({ lines }: LogInput): LogRecord[] {
  const records: LogRecord[] = [];
  let fields = DEFAULT_FIELDS;
  for (const raw of lines) {
    const line = raw.trim();
    if (line.startsWith('#Fields:')) {
      fields = line.slice(8).trim().split(/\s+/);
      continue;
    }
    if (
      line.startsWith('#') ||
      (!line.includes('/CertificateRegistrationSvc') && !line.toLowerCase().includes('mscep'))
    )
      continue;
    const parts = line.split(/\s+/);
    if (parts.length !== fields.length) continue;
    const get = (name: string) => parts[fields.indexOf(name)] ?? '';
    const status = get('sc-status');
    if (!/^\d{3}$/.test(status)) continue;
    const time = `${get('date')} ${get('time')}`.trim();
    const http = {
      status,
      substatus: get('sc-substatus'),
      win32: get('sc-win32-status'),
      uri: get('cs-uri-stem'),
    };
    records.push({
      provider: 'IIS',
      time,
      text: '',
      http,
      // The URI is in the finding's headline; the source says which log and method.
      context: { time, source: `IIS ${get('cs-method')}` },
    });
  }
  return records;
}
