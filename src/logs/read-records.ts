import type { RecordContext } from '../core/answer';
import type { LogRecord, ReadResult } from './log-record';

const LEVELS: Record<string, string> = { '1': 'Critical', '2': 'Error', '3': 'Warning', '4': 'Information', '0': 'Information', '5': 'Verbose' };

/**
 * Finds log records in a paste: Event Viewer XML (<Event>), svclog <E2ETraceEvent>, Event Viewer
 * "Copy details as text", PowerShell Get-WinEvent / Get-EventLog tables and Format-List output,
 * NDESPlugin.log lines and IIS W3C lines for the connector's URLs. Every reader scans with
 * indexOf and split, so the cost stays linear in the size of the paste.
 * Returns undefined when nothing in the text is shaped like a log record.
 */
export function readRecords(text: string): ReadResult | undefined {
  const formats: string[] = [];
  const records: LogRecord[] = [];
  const add = (name: string, found: LogRecord[]) => {
    if (found.length === 0) return;
    formats.push(name);
    records.push(...found);
  };

  // Text exports may carry "Event Xml:" copies of the same records: read the text, drop the copies.
  const textRecords = readEventViewerText(text);
  add('Event Viewer text', textRecords);
  const rest = textRecords.length ? '' : text;
  add('Event Viewer XML', readXmlEvents(rest, '<Event', '</Event>', xmlEvent));
  add('service trace log', readXmlEvents(text, '<E2ETraceEvent', '</E2ETraceEvent>', traceEvent));
  const lines = text.split('\n');
  add('Get-WinEvent table', readWinEventTable(lines));
  add('Get-EventLog table', readEventLogTable(lines));
  add('PowerShell list', readFormatList(lines));
  add('IIS log', readIisLines(lines));
  add('NDESPlugin.log', readPluginLog(lines));
  return records.length ? { format: formats.join(' + '), records } : undefined;
}

function readEventViewerText(text: string): LogRecord[] {
  if (text.indexOf('Log Name:') < 0) return [];
  const records: LogRecord[] = [];
  const blocks = text.split('Log Name:').slice(1);
  for (const block of blocks) {
    const xmlAt = block.indexOf('Event Xml:');
    const body = xmlAt >= 0 ? block.slice(0, xmlAt) : block;
    const lines = body.split('\n');
    const fields: Record<string, string> = { 'log name': lines[0].trim() };
    let description: string[] = [];
    let inDescription = false;
    for (const line of lines.slice(1)) {
      if (inDescription) {
        description.push(line);
        continue;
      }
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const key = line.slice(0, colon).trim().toLowerCase();
      if (key === 'description') {
        inDescription = true;
        description = [line.slice(colon + 1)];
      } else if (key.length <= 20) fields[key] = line.slice(colon + 1).trim();
    }
    const eventId = fields['event id'];
    if (!eventId || !/^\d{1,6}$/.test(eventId)) continue;
    const text = description.join('\n').trim();
    records.push({
      eventId,
      provider: fields['source'],
      channel: fields['log name'],
      level: fields['level'],
      time: fields['date'],
      text,
      context: { ...contextFrom(text), computer: fields['computer'] || undefined, time: fields['date'] || undefined, level: fields['level'] || undefined, source: fields['source'] || undefined },
    });
  }
  return records;
}

type XmlReader = (xml: string) => LogRecord | undefined;

function readXmlEvents(text: string, open: string, close: string, read: XmlReader): LogRecord[] {
  const records: LogRecord[] = [];
  let i = 0;
  for (;;) {
    const start = text.indexOf(open, i);
    if (start < 0) break;
    const next = text[start + open.length];
    if (next !== ' ' && next !== '>' && next !== '\n' && next !== '\r' && next !== '\t') {
      i = start + open.length;
      continue;
    }
    const endAt = text.indexOf(close, start);
    const end = endAt < 0 ? text.length : endAt + close.length;
    const record = read(text.slice(start, end));
    if (record) records.push(record);
    i = end;
  }
  return records;
}

function xmlEvent(xml: string): LogRecord | undefined {
  const eventId = elementText(xml, 'EventID');
  if (!eventId || !/^\d{1,6}$/.test(eventId)) return undefined;
  const data = allElementTexts(xml, 'Data');
  const text = data.map((d) => (d.name ? `${d.name}: ${d.value}` : d.value)).join('\n');
  const named: RecordContext = {};
  for (const d of data) {
    const name = (d.name ?? '').toLowerCase();
    if (name === 'deviceid') named.deviceId = d.value;
    if (name === 'caname') named.caName = d.value;
    if (name === 'template' || name === 'templatename') named.template = d.value;
    if (name === 'thumbprint') named.thumbprint = d.value;
  }
  const levelCode = elementText(xml, 'Level');
  const time = attribute(xml, '<TimeCreated', 'SystemTime');
  const computer = elementText(xml, 'Computer');
  const provider = attribute(xml, '<Provider', 'Name');
  const level = levelCode !== undefined ? LEVELS[levelCode] : undefined;
  return {
    eventId,
    provider,
    channel: elementText(xml, 'Channel'),
    level,
    time,
    text,
    context: { ...contextFrom(text), ...named, computer, time, level, source: provider },
  };
}

function traceEvent(xml: string): LogRecord | undefined {
  const text = elementText(xml, 'ApplicationData') ?? '';
  const time = attribute(xml, '<TimeCreated', 'SystemTime');
  const computer = elementText(xml, 'Computer');
  const source = attribute(xml, '<Source', 'Name');
  const level = attribute(xml, '<SubType', 'Name');
  return { provider: source, level, time, text, context: { ...contextFrom(text), computer, time, level, source } };
}

function readWinEventTable(lines: string[]): LogRecord[] {
  const records: LogRecord[] = [];
  let provider: string | undefined;
  let inTable = false;
  for (const raw of lines) {
    const line = raw.trimEnd();
    const trimmed = line.trim();
    if (trimmed.startsWith('ProviderName:')) {
      provider = trimmed.slice('ProviderName:'.length).trim();
      continue;
    }
    if (/^TimeCreated\s+Id\s+LevelDisplayName\s+Message$/.test(trimmed)) {
      inTable = true;
      continue;
    }
    if (!inTable || trimmed === '' || trimmed.startsWith('---')) continue;
    const parts = trimmed.split(/\s+/);
    let k = 2;
    while (k < parts.length && k < 5 && !/^\d{1,6}$/.test(parts[k])) k++;
    if (k >= parts.length - 1 || !/^\d{1,6}$/.test(parts[k])) continue;
    const time = parts.slice(0, k).join(' ');
    if (!time.includes(':')) continue;
    const text = parts.slice(k + 2).join(' ');
    records.push({ eventId: parts[k], provider, level: parts[k + 1], time, text, context: { ...contextFrom(text), time, level: parts[k + 1], source: provider } });
  }
  return records;
}

/** `Get-EventLog` default table: Index Time EntryType Source InstanceID Message, cut at the header's columns. */
function readEventLogTable(lines: string[]): LogRecord[] {
  const records: LogRecord[] = [];
  let columns: { time: number; type: number; source: number; message: number } | undefined;
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    if (/^\s*Index\s+Time\s+EntryType\s+Source\s+InstanceID\s+Message\s*$/.test(line)) {
      columns = { time: line.indexOf('Time'), type: line.indexOf('EntryType'), source: line.indexOf('Source'), message: line.indexOf('Message') };
      continue;
    }
    if (!columns || line.trim() === '' || line.trim().startsWith('---')) continue;
    const segment = line.slice(columns.source, columns.message).trimEnd();
    let digits = segment.length;
    while (digits > 0 && segment.charCodeAt(digits - 1) >= 48 && segment.charCodeAt(digits - 1) <= 57) digits--;
    const eventId = segment.slice(digits);
    if (!/^\d{1,6}$/.test(eventId)) continue;
    const provider = segment.slice(0, digits).trim();
    const time = line.slice(columns.time, columns.type).trim();
    const level = line.slice(columns.type, columns.source).trim();
    const text = line.slice(columns.message).trim();
    records.push({ eventId, provider, level, time, text, context: { ...contextFrom(text), time, level, source: provider } });
  }
  return records;
}

const LIST_KEYS = new Set(['timecreated', 'timegenerated', 'providername', 'source', 'id', 'eventid', 'instanceid', 'message', 'leveldisplayname', 'entrytype', 'machinename', 'logname', 'level']);

function readFormatList(lines: string[]): LogRecord[] {
  const records: LogRecord[] = [];
  let fields: Record<string, string> | undefined;
  let lastKey = '';
  const flush = () => {
    const id = fields?.id || fields?.eventid || fields?.instanceid;
    if (fields && id && (fields.message !== undefined || fields.timecreated || fields.timegenerated)) {
      const eventId = id.trim();
      if (/^\d{1,6}$/.test(eventId)) {
        const text = fields.message ?? '';
        const time = fields.timecreated || fields.timegenerated;
        const level = fields.leveldisplayname || fields.entrytype;
        const provider = fields.providername || fields.source;
        records.push({ eventId, provider, channel: fields.logname, level, time, text, context: { ...contextFrom(text), time, level, source: provider, computer: fields.machinename } });
      }
    }
    fields = undefined;
    lastKey = '';
  };
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    const colon = line.indexOf(':');
    const key = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : '';
    if (colon > 0 && LIST_KEYS.has(key) && /^\S/.test(line) && /\s:\s?/.test(line.slice(colon - 1, colon + 2))) {
      if (fields && fields[key] !== undefined) flush();
      fields ??= {};
      fields[key] = line.slice(colon + 1).trim();
      lastKey = key;
    } else if (fields && lastKey === 'message' && /^\s+\S/.test(line)) {
      fields.message += '\n' + line.trim();
    } else if (line.trim() === '' && fields && lastKey !== 'message') {
      flush();
    } else if (line.trim() === '' && fields) {
      lastKey = '';
    }
  }
  flush();
  return records;
}

const IIS_DEFAULT_FIELDS = 'date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken'.split(' ');

function readIisLines(lines: string[]): LogRecord[] {
  const records: LogRecord[] = [];
  let fields = IIS_DEFAULT_FIELDS;
  for (const raw of lines) {
    const line = raw.trim();
    if (line.startsWith('#Fields:')) {
      fields = line.slice(8).trim().split(/\s+/);
      continue;
    }
    if (line.startsWith('#') || (!line.includes('/CertificateRegistrationSvc') && !line.toLowerCase().includes('mscep'))) continue;
    const parts = line.split(/\s+/);
    if (parts.length !== fields.length) continue;
    const get = (name: string) => parts[fields.indexOf(name)] ?? '';
    const status = get('sc-status');
    if (!/^\d{3}$/.test(status)) continue;
    const time = `${get('date')} ${get('time')}`.trim();
    const http = { status, substatus: get('sc-substatus'), win32: get('sc-win32-status'), uri: get('cs-uri-stem') };
    records.push({ provider: 'IIS', time, text: '', http, context: { time, source: `IIS ${get('cs-method')} ${http.uri}` } });
  }
  return records;
}

function readPluginLog(lines: string[]): LogRecord[] {
  const records: LogRecord[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const m = /^(\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}:\d{2})\s(.{1,4000})$/.exec(line.length > 4100 ? line.slice(0, 4100) : line);
    if (!m) continue;
    if (!/VerifyRequest|Notify|certificate registration point|WINHTTP|http request|challenge/i.test(m[2])) continue;
    records.push({ provider: 'NDESPlugin', time: m[1], text: m[2], context: { time: m[1], source: 'NDESPlugin.log' } });
  }
  return records;
}

/** Device, CA, template and thumbprint written as `Key: value` or `Key=value` in a record's text. */
export function contextFrom(text: string): RecordContext {
  const ctx: RecordContext = {};
  const deviceId = valueAfter(text, ['Device ID', 'DeviceId', 'Device Id']);
  const caName = valueAfter(text, ['CA Name', 'CAName'], true);
  const template = valueAfter(text, ['Template Name', 'TemplateName', 'Template'], true);
  const thumbprint = valueAfter(text, ['Thumbprint']);
  if (deviceId) ctx.deviceId = deviceId;
  if (caName) ctx.caName = caName;
  if (template) ctx.template = template;
  if (thumbprint) ctx.thumbprint = thumbprint;
  return ctx;
}

function valueAfter(text: string, keys: string[], allowSpaces = false): string | undefined {
  const lower = text.toLowerCase();
  for (const key of keys) {
    let at = lower.indexOf(key.toLowerCase());
    while (at >= 0) {
      let i = at + key.length;
      while (text[i] === ' ') i++;
      if (text[i] === ':' || text[i] === '=') {
        i++;
        while (text[i] === ' ') i++;
        let j = i;
        while (j < text.length && j - i < 200 && text[j] !== '\n' && text[j] !== ';' && text[j] !== ',' && (allowSpaces || text[j] !== ' ')) j++;
        const value = text.slice(i, j).trim();
        if (value) return value;
      }
      at = lower.indexOf(key.toLowerCase(), at + key.length);
    }
  }
  return undefined;
}

function elementText(xml: string, name: string): string | undefined {
  const open = `<${name}`;
  let at = xml.indexOf(open);
  while (at >= 0) {
    const after = xml[at + open.length];
    if (after === '>' || after === ' ') {
      const gt = xml.indexOf('>', at);
      if (gt < 0 || xml[gt - 1] === '/') return undefined;
      const close = xml.indexOf(`</${name}>`, gt);
      return close < 0 ? undefined : decodeXml(xml.slice(gt + 1, close).trim());
    }
    at = xml.indexOf(open, at + open.length);
  }
  return undefined;
}

function allElementTexts(xml: string, name: string): Array<{ name?: string; value: string }> {
  const out: Array<{ name?: string; value: string }> = [];
  let i = 0;
  for (;;) {
    const open = xml.indexOf(`<${name}`, i);
    if (open < 0) break;
    const gt = xml.indexOf('>', open);
    if (gt < 0) break;
    const after = xml[open + name.length + 1];
    if ((after !== '>' && after !== ' ') || xml[gt - 1] === '/') {
      i = gt + 1;
      continue;
    }
    const close = xml.indexOf(`</${name}>`, gt);
    if (close < 0) break;
    const tag = xml.slice(open, gt);
    out.push({ name: attribute(tag, `<${name}`, 'Name'), value: decodeXml(xml.slice(gt + 1, close).trim()) });
    i = close + name.length + 3;
  }
  return out;
}

function attribute(xml: string, tagStart: string, attr: string): string | undefined {
  const at = xml.indexOf(tagStart);
  if (at < 0) return undefined;
  const gt = xml.indexOf('>', at);
  const tag = xml.slice(at, gt < 0 ? Math.min(xml.length, at + 500) : gt);
  const key = tag.indexOf(` ${attr}="`);
  if (key < 0) return undefined;
  const start = key + attr.length + 3;
  const end = tag.indexOf('"', start);
  return end < 0 ? undefined : decodeXml(tag.slice(start, end));
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
