import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../files/project-root';
import { asTerminalName } from '../presentation/words/as-text';

/** The CLI's help, and the words for what was wrong with its arguments. */

export const USAGE = `Usage: connector-decoder [options] [text...]
       connector-decoder [options] FILE|FOLDER...
       connector-decoder [options] guide scep|pkcs

Explains Intune certificate connector events, diagnostic codes, pasted logs and log files.
With no text, reads standard input (pipe a saved log into it). Given files or folders, reads
them as streams, whatever their size: .evtx, Event Viewer .xml/.csv/.txt, IIS logs,
NDESPlugin.log, svclog and any text log, also gzip'd; a folder stands for the files in it.
"guide scep" (or pkcs) prints a guided troubleshooting flow as a checklist.

Options:
  -s, --short      one line per answer, like certutil -error
  --json           print the answer as JSON
  --lang en|ja     answer in this language
  --file PATH      read this file (same as giving it as the only argument)
  -h, --help       show this help
  --version        show the version

Examples:
  connector-decoder 0x411                     what a diagnostic code means
  connector-decoder -s 0x80094800             the same, on one line
  connector-decoder event 20502               an event ID
  connector-decoder < event.txt               a pasted event saved to a file (or piped in)
  connector-decoder C:\\Logs\\u_ex251118.log    a log file; a folder reads every log in it
  connector-decoder guide scep                the SCEP checklist, step by step

In a terminal with no arguments, it reads what you paste until you end the input: Ctrl+D on an
empty line (Ctrl+Z, then Enter, on Windows). Colour follows the terminal; NO_COLOR turns it off.

Exit code: 0 when something was recognized, 1 when nothing was, 2 on a usage error.`;

const OPTIONS = ['--short', '--json', '--lang', '--file', '--help', '--version'] as const;

/** The package's version, as npm has it. */
export function packageVersion(): string {
  try {
    return (
      JSON.parse(readFileSync(join(findProjectRoot(), 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    return 'unknown';
  }
}

/**
 * Node's parser message as one line: an unknown option with the nearest real one ("--jsn": did you
 * mean --json?), a missing value with what the option takes.
 */
export function describeParseError(message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message)?.[1];
  if (unknown) {
    const near = nearestOption(unknown);
    return `unknown option ${asTerminalName(unknown)}${near ? ` (did you mean ${near}?)` : ''}`;
  }
  const missing = /Option '(?:-\w, )?(--\w+)[^']*' argument missing/.exec(message)?.[1];
  if (missing) return `${missing} needs a value${missing === '--lang' ? ': en or ja' : ': a path'}`;
  return message.split('\n')[0];
}

/** The option within two edits of `typed` (or that it starts), if one is. */
function nearestOption(typed: string): string | undefined {
  const word = `--${typed.replace(/^-+/, '').replace(/=.*$/, '').toLowerCase()}`;
  let best: { option: string; distance: number } | undefined;
  for (const option of OPTIONS) {
    const distance = option.startsWith(word) && word.length > 3 ? 0 : editDistance(word, option);
    if (distance <= 2 && (!best || distance < best.distance)) best = { option, distance };
  }
  return best?.option;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    previous = current;
  }
  return previous[b.length];
}
