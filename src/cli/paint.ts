/**
 * Colour for the CLI's answer on a terminal. Only the structure is painted (headings, severity,
 * section labels, step numbers); the words stay as formatAnswer wrote them, so a copy from the
 * terminal is the same text as a pipe gets.
 */

const CODES = {
  bold: ['\x1b[1m', '\x1b[22m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  red: ['\x1b[31m', '\x1b[39m'],
  yellow: ['\x1b[33m', '\x1b[39m'],
  green: ['\x1b[32m', '\x1b[39m'],
  cyan: ['\x1b[36m', '\x1b[39m'],
} as const;

type Style = keyof typeof CODES;

function paint(style: Style, text: string): string {
  const [on, off] = CODES[style];
  return `${on}${text}${off}`;
}

/**
 * Colour is on for a terminal unless NO_COLOR is set to anything (https://no-color.org) or the
 * terminal is "dumb"; FORCE_COLOR (set, not "0") turns it on for a pipe too.
 */
export function wantsColour(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return isTTY === true && env.TERM !== 'dumb';
}

const SEVERITY: ReadonlyArray<[RegExp, Style]> = [
  [/\[(?:Error|エラー)\]/g, 'red'],
  [/\[(?:Warning|警告)\]/g, 'yellow'],
  [/\[(?:Success|成功|Information|情報)\]/g, 'green'],
];

/** formatAnswer's text, painted line by line. */
export function paintAnswer(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      // A section label ("Next steps:", "次のステップ:") stands alone, unindented.
      if (/^\S[^:]*[:：]$/.test(line)) return paint('bold', line);
      let out = line;
      // The heading of an entry or finding: unindented, with its severity in brackets.
      if (/^\S/.test(line) && /\[[^\]]+\]\s*$/.test(line)) out = paint('bold', out);
      for (const [pattern, style] of SEVERITY) out = out.replace(pattern, (m) => paint(style, m));
      out = out.replace(
        /^( {2,})(\d+\.)/,
        (_m, space: string, n: string) => `${space}${paint('cyan', n)}`
      );
      out = out.replace(
        /^( {2})(! )/,
        (_m, space: string, mark: string) => `${space}${paint('yellow', mark)}`
      );
      out = out.replace(/(https?:\/\/\S+)/g, (url) => paint('dim', url));
      return out;
    })
    .join('\n');
}
