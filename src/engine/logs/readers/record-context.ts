import type { RecordContext } from '../../model/answer';
import type { LogRecord } from '../../model/log-record';

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
        while (
          j < text.length &&
          j - i < 200 &&
          text[j] !== '\n' &&
          text[j] !== ';' &&
          text[j] !== ',' &&
          (allowSpaces || text[j] !== ' ')
        ) {
          j++;
        }
        const value = text.slice(i, j).trim();
        if (value) return value;
      }
      at = lower.indexOf(key.toLowerCase(), at + key.length);
    }
  }
  return undefined;
}

/**
 * A record from a table or list row: the context repeats the row's time, level, source and computer,
 * beside what the text says and what the caller already read from named fields.
 */
export function rowRecord(
  row: {
    eventId: string;
    provider?: string;
    channel?: string;
    level?: string;
    time?: string;
    computer?: string;
    text: string;
  },
  named: RecordContext = {}
): LogRecord {
  const { eventId, provider, channel, level, time, computer, text } = row;
  return {
    eventId,
    provider,
    channel,
    level,
    time,
    text,
    context: { ...contextFrom(text), ...named, time, level, source: provider, computer },
  };
}
