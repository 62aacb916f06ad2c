import type { LogInput, LogRecord } from '../../model/log-record';

/** A line worth reading for codes: it says something failed or holds a code-shaped token. */
const WORTH_READING =
  /0x[0-9a-f]{3}|rror|ail|xcept|denied|refused|timed? ?out|invalid|cannot|could not|unable|\b[45]\d\d\b|-2\d{9}|エラー|失敗/i;
/** A time at the start of the line: ISO, or M/D/YYYY h:mm:ss with an optional AM/PM. */
const LEADING_TIME =
  /^\[?(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d{1,7})?Z?|\d{1,2}\/\d{1,2}\/\d{4},? \d{1,2}:\d{2}:\d{2}(?: [AP]M)?)/;
const MAX_LINE = 2000;

/**
 * Any text log read line by line (a file in no format the other readers know): each line that
 * says something failed or holds a code becomes a record, with the time it starts with. Used for
 * files only: a paste in no known format is read as a question instead.
 */
export function readTextLines({ text }: LogInput): LogRecord[] {
  const records: LogRecord[] = [];
  // One scan of the whole text for the words that make a line worth reading; only those lines
  // are cut out, so a long log of routine lines costs little more than the scan.
  const worth = new RegExp(WORTH_READING.source, 'gi');
  for (let match = worth.exec(text); match; match = worth.exec(text)) {
    const start = text.lastIndexOf('\n', match.index) + 1;
    const newline = text.indexOf('\n', match.index);
    const end = newline < 0 ? text.length : newline;
    records.push(textLineRecord(text.slice(start, Math.min(end, start + MAX_LINE))));
    worth.lastIndex = end;
  }
  return records;
}

/** A line of another log inside a paste or file of one format, as a record when worth reading. */
export function strayLineRecord(line: string): LogRecord | undefined {
  return WORTH_READING.test(line) ? textLineRecord(line.slice(0, MAX_LINE)) : undefined;
}

function textLineRecord(line: string): LogRecord {
  const time = LEADING_TIME.exec(line)?.[1];
  return { text: line.trim(), time, context: { time } };
}
