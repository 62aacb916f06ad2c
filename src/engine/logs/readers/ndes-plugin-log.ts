import type { LogInput, LogRecord } from '../../model/log-record';

const LINE = /^(\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}:\d{2})\s(.{1,4000})$/;
const RELEVANT =
  /VerifyRequest|Notify|certificate registration point|WINHTTP|http request|challenge/i;

/** NDESPlugin.log: `M/D/YYYY h:mm:ss message` lines about VerifyRequest and Notify. */
export function readNdesPluginLog({ lines }: LogInput): LogRecord[] {
  const records: LogRecord[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const m = LINE.exec(line.length > 4100 ? line.slice(0, 4100) : line);
    if (!m || !RELEVANT.test(m[2])) continue;
    records.push({
      provider: 'NDESPlugin',
      time: m[1],
      text: m[2],
      context: { time: m[1], source: 'NDESPlugin.log' },
    });
  }
  return records;
}
