import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import type { Catalog, Language } from '../catalog/catalog-types';
import { explain, guideFlow, type Answer } from '../engine';
import { loadCatalog } from '../files/load-catalog';
import { asTerminalName, withoutHidden } from '../presentation/words/as-text';
import { describeFile } from '../presentation/words/describe-file';
import { formatAnswer } from '../presentation/text/format-answer';
import { formatGuide } from '../presentation/text/format-flow';
import { summarizeAnswer } from '../presentation/words/summarize-answer';
import { describeParseError, packageVersion, USAGE } from './cli-usage';
import { paintAnswer, wantsColour } from './paint';
import { peekStdin } from './peek-stdin';
import { allPaths, expandPaths, readFiles, type Expansion, type StreamSource } from './read-files';

interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Progress lines for long runs (stderr; rewritten in place on a terminal). */
  progress?: (line: string) => void;
  readStdin: () => Promise<string>;
  /** Standard input as a stream: a large or binary one is read like a file. */
  openStdin?: () => Readable;
  /** Standard input is a terminal: say how to end a paste before reading it. */
  stdinIsTTY?: boolean;
  /** Paint the answer for a terminal (see wantsColour). */
  colour?: boolean;
  catalogDir?: string;
}

const defaultIo: CliIo = {
  stdout: (t) => process.stdout.write(t + '\n'),
  stderr: (t) => process.stderr.write(t + '\n'),
  progress: (t) => process.stderr.write(process.stderr.isTTY ? `\r${t}\x1b[K` : `${t}\n`),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  openStdin: () => process.stdin,
  stdinIsTTY: process.stdin.isTTY === true,
  colour: wantsColour(process.stdout.isTTY, process.env),
  catalogDir: process.env.CATALOG_DIR || undefined,
};

/** Runs the command line and returns the exit code. */
export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<number> {
  // A signed decimal HRESULT (-2146762487) is text to explain, not an option.
  const numbers = new Map<string, string>();
  const args = argv.map((arg, i) => {
    if (!/^-\d/.test(arg)) return arg;
    numbers.set(`\u0000${i}`, arg);
    return `\u0000${i}`;
  });
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        lang: { type: 'string' },
        file: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
        short: { type: 'boolean', short: 's' },
      },
    });
  } catch (error) {
    return usageError(io, describeParseError((error as Error).message));
  }
  const { values } = parsed;
  const words = parsed.positionals.map((w) => numbers.get(w) ?? w);
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(`connector-decoder ${packageVersion()}`);
    return 0;
  }
  const short = values.short ?? false;
  const json = values.json ?? false;
  const language = values.lang;
  if (language !== undefined && language !== 'en' && language !== 'ja') {
    return usageError(io, `--lang takes en or ja (got ${asTerminalName(language)})`);
  }
  const file = values.file;
  if (file === '') return usageError(io, '--file takes a path');
  if (words[0] === 'guide' && words.length <= 2 && file === undefined)
    return runGuide(words[1], { json, language: language ?? 'en' }, io);
  const paths = file !== undefined ? [file] : allPaths(words) ? words : undefined;
  const options = { json, language: language ?? ('en' as Language) };
  if (paths) return runOnFiles(paths, options, io);

  let text: string;
  if (words.length) text = words.join(' ');
  else if (io.openStdin) {
    if (io.stdinIsTTY)
      io.stderr(
        'Paste an event, log lines or codes, then end the input: Ctrl+D on an empty line (Ctrl+Z, then Enter, on Windows).'
      );
    // A paste-sized text is explained like a paste; a saved log piped in (large, .evtx, gzip) is
    // read as a stream like a file, so memory stays flat.
    const input = await peekStdin(io.openStdin());
    if ('stream' in input)
      return runOnFiles([{ path: '(standard input)', open: () => input.stream }], options, io);
    text = input.text;
  } else text = await io.readStdin();

  let answer: Answer;
  try {
    answer = explain(text, catalogFor(io.catalogDir), { language });
  } catch (error) {
    io.stderr(`connector-decoder: ${(error as Error).message}`);
    return 2;
  }
  if (json) io.stdout(JSON.stringify(answer, null, 2));
  else if (short) io.stdout(withoutHidden(summarizeAnswer(answer)));
  else io.stdout(io.colour ? paintAnswer(formatAnswer(answer)) : formatAnswer(answer));
  // Empty input asks nothing: nothing was recognized, whatever the answer says (help).
  if (!text.trim()) {
    if (!json) io.stderr('connector-decoder: nothing to explain: the input was empty.');
    return 1;
  }
  return isRecognized(answer) ? 0 : 1;
}

const loaded = new Map<string, Catalog>();

/** The catalog with a team folder's files, read once per process (tests and the bench run many times). */
function catalogFor(teamDir: string | undefined): Catalog {
  const key = teamDir ?? '';
  let catalog = loaded.get(key);
  if (!catalog) {
    catalog = loadCatalog({ teamDir });
    loaded.set(key, catalog);
  }
  return catalog;
}

/** `guide scep`: a guided flow as a checklist; without a name, or an unknown one, the flows there are. */
function runGuide(
  name: string | undefined,
  options: { json: boolean; language: Language },
  io: CliIo
): number {
  let catalog: Catalog;
  try {
    catalog = catalogFor(io.catalogDir);
  } catch (error) {
    io.stderr(`connector-decoder: ${(error as Error).message}`);
    return 2;
  }
  const guide = name ? guideFlow(catalog, name, options.language) : undefined;
  if (!guide) {
    const list = [...catalog.flows.values()].map((f) => `  ${f.id}  ${f.title[options.language]}`);
    (name ? io.stderr : io.stdout)(
      `${name ? `connector-decoder: no flow "${name}". ` : ''}Guided flows (connector-decoder guide NAME; scep and pkcs work too):\n${list.join('\n')}`
    );
    return name ? 2 : 0;
  }
  io.stdout(options.json ? JSON.stringify(guide, null, 2) : formatGuide(options.language, guide));
  return 0;
}

/** Reads files and folders as streams into one diagnosis; a progress line on stderr for long runs. */
async function runOnFiles(
  paths: ReadonlyArray<string | StreamSource>,
  options: { json: boolean; language: Language },
  io: CliIo
): Promise<number> {
  const files: Array<string | StreamSource> = [];
  const skipped: Expansion['skipped'] = [];
  try {
    for (const p of paths) {
      if (typeof p !== 'string') files.push(p);
      else {
        const expanded = expandPaths([p]);
        files.push(...expanded.files);
        skipped.push(...expanded.skipped);
      }
    }
  } catch (error) {
    return usageError(io, `cannot read ${names(paths)}: ${errorCode(error)}`);
  }
  // What a folder holds but cannot be read is noted, and the rest is read.
  for (const s of skipped)
    io.stderr(`connector-decoder: ${asTerminalName(s.path)}: ${refusalText(s.reason)}; skipped`);
  if (files.length === 0) return usageError(io, `no files in ${names(paths)}`);
  const { answer, files: read } = await readFiles(files, {
    catalog: catalogFor(io.catalogDir),
    language: options.language,
    progress: io.progress ?? io.stderr,
  });
  for (const f of read)
    if (f.refused)
      io.stderr(`connector-decoder: ${asTerminalName(f.path)}: ${refusalText(f.refused)}`);
  if (read.every((f) => f.refused)) return 2;
  if (options.json) io.stdout(JSON.stringify({ files: read, skipped, answer }, null, 2));
  else {
    const lines = read.flatMap((f) =>
      f.read
        ? [
            describeFile(options.language, {
              name: asTerminalName(f.path),
              bytes: f.read.bytes,
              kind: f.read.kind,
              ...f.read.evtx,
            }),
          ]
        : []
    );
    io.stdout(`${withoutHidden(lines.join('\n'))}\n\n${formatAnswer(answer)}`);
  }
  // A file that was named but could not be read is a usage error, even beside others that were.
  if (read.some((f) => f.refused === 'ENOENT')) return 2;
  return isRecognized(answer) ? 0 : 1;
}

function refusalText(reason: string): string {
  if (reason === 'ENOENT') return 'no such file or folder';
  if (reason === 'zip') return 'a .zip archive: unzip it and give the log files (or gzip them)';
  return reason === 'not-a-log'
    ? 'not a log: neither text, .evtx nor gzip'
    : reason === 'too-large'
      ? 'too large'
      : `cannot read (${reason})`;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/** True when the answer explains something: help, a catalog entry, a flow step or a finding. */
export function isRecognized(answer: Answer): boolean {
  if (answer.kind === 'flow') return true;
  if (answer.kind === 'help') return answer.reason === 'asked';
  if (answer.kind === 'lookup')
    return (
      answer.basis === 'named' &&
      answer.items.some((i) => i.type === 'entry' || i.type === 'windows')
    );
  return answer.findings.some(
    (f) => f.event !== undefined || f.codes.length > 0 || f.windows.length > 0
  );
}

/** One line: what was wrong, and where the help is. */
function usageError(io: CliIo, message: string): number {
  io.stderr(`connector-decoder: ${message}. See connector-decoder --help.`);
  return 2;
}

function names(paths: ReadonlyArray<string | StreamSource>): string {
  return paths.map((p) => asTerminalName(typeof p === 'string' ? p : p.path)).join(', ');
}
