import type { LogFormat, LogReader } from '../model/log-record';

/** A file's text, read in pieces: any line-based, block-based or table format the paste path reads. */
export interface StreamFormat {
  reader: LogReader;
  /** Where the text may be cut so that no record is split: the end of the last whole record. */
  cut(text: string): number;
  /** Lines a later piece needs from an earlier one (a header), given the piece just read. */
  carry?(piece: string, previous: string): string;
  /** The reader takes what is carried as `header`, rather than at the start of the text. */
  header?: boolean;
}

const afterLast = (marker: string) => (text: string) => {
  const at = text.lastIndexOf(marker);
  return at < 0 ? 0 : at + marker.length;
};
const beforeLast = (marker: string) => (text: string) => Math.max(0, text.lastIndexOf(marker));
const lines = afterLast('\n');
/** Records separated by a blank line (PowerShell lists). */
const blankLine = (text: string) => Math.max(afterLast('\n\n')(text), afterLast('\n\r\n')(text));

/** How each format is cut, and what each piece carries over. */
export const CUTS: Record<LogFormat, Omit<StreamFormat, 'reader'>> = {
  'event-viewer-text': { cut: beforeLast('\nLog Name:') },
  'event-viewer-export': {
    cut: exportRowStart,
    carry: (piece, previous) => previous || piece.slice(0, piece.indexOf('\n')).trim(),
    header: true,
  },
  'event-xml': { cut: afterLast('</Event>') },
  'trace-xml': { cut: afterLast('</E2ETraceEvent>') },
  'get-winevent-table': { cut: lines, carry: lastProviderGroup },
  'get-eventlog-table': { cut: lines, carry: keepHeaderLines(4) },
  'powershell-list': { cut: blankLine },
  iis: { cut: lines, carry: lastFieldsLine, header: true },
  'ndes-plugin': { cut: lines },
  'text-log': { cut: lines },
  evtx: { cut: lines },
};

/**
 * A table's header, taken from the first piece and kept for every later one: the lines up to the
 * row of dashes under the column names, within the first `within` lines. Never a data row: a row
 * carried along would be read again in every piece.
 */
function keepHeaderLines(within: number) {
  return (piece: string, previous: string) => {
    if (previous) return previous;
    const lines = piece.split('\n', within);
    const dashes = lines.findIndex((line) => /^\s*-{3,}/.test(line));
    return dashes < 0 ? '' : lines.slice(0, dashes + 1).join('\n');
  };
}

/**
 * Get-WinEvent groups its rows under `ProviderName:` lines: a later piece needs the group it is in
 * (the last one seen) and the column header that starts the table.
 */
function lastProviderGroup(piece: string, previous: string): string {
  const at = piece.lastIndexOf('ProviderName:');
  if (at < 0) return previous;
  const end = piece.indexOf('\n', at);
  return `${piece.slice(at, end < 0 ? piece.length : end).trim()}\nTimeCreated Id LevelDisplayName Message`;
}

/** IIS logs may restate `#Fields:` at any point: the latest one applies to what follows. */
function lastFieldsLine(piece: string, previous: string): string {
  const at = piece.lastIndexOf('#Fields:');
  if (at < 0) return previous;
  const end = piece.indexOf('\n', at);
  return piece.slice(at, end < 0 ? piece.length : end).trim();
}

/** The start of the last row of an Event Viewer export: a line that begins with a level name. */
function exportRowStart(text: string): number {
  let at = text.lastIndexOf('\n');
  for (let tries = 0; at > 0 && tries < 1000; tries++) {
    const rowStart = text.slice(at + 1, at + 16);
    if (
      /^(Information|Warning|Error|Critical|Verbose|情報|警告|エラー|重大|詳細)[,\t]/.test(rowStart)
    )
      return at + 1;
    at = text.lastIndexOf('\n', at - 1);
  }
  return 0;
}
