import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Catalog } from '../catalog/catalog-types';
import { explain, type Answer } from '../engine';
import { loadCatalog } from '../files/load-catalog';
import { formatAnswer } from '../presentation/text/format-answer';

const USAGE = `Usage: connector-decoder [options] [text...]

Explains Intune certificate connector events, diagnostic codes and pasted logs.
With no text, reads standard input (pipe a saved log into it).

Options:
  --json           print the answer as JSON
  --lang en|ja     answer in this language
  --file PATH      read the text from a file
  -h, --help       show this help

Exit code: 0 when something was recognized, 1 when nothing was, 2 on a usage error.`;

interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  catalogDir?: string;
}

const defaultIo: CliIo = {
  stdout: (t) => process.stdout.write(t + '\n'),
  stderr: (t) => process.stderr.write(t + '\n'),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  catalogDir: process.env.CATALOG_DIR || undefined,
};

/** Runs the command line and returns the exit code. */
export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        lang: { type: 'string' },
        file: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const { values, positionals: words } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const json = values.json ?? false;
  const language = values.lang;
  if (language !== undefined && language !== 'en' && language !== 'ja') {
    return usageError(io, `--lang takes en or ja (got ${language})`);
  }
  const file = values.file;
  if (file === '') return usageError(io, '--file takes a path');

  let text: string;
  try {
    text =
      file !== undefined
        ? readFileSync(file, 'utf8')
        : words.length
          ? words.join(' ')
          : await io.readStdin();
  } catch (error) {
    return usageError(
      io,
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
    );
  }

  let answer: Answer;
  try {
    answer = explain(text, catalogFor(io.catalogDir), { language });
  } catch (error) {
    io.stderr(`connector-decoder: ${(error as Error).message}`);
    return 2;
  }
  io.stdout(json ? JSON.stringify(answer, null, 2) : formatAnswer(answer));
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

/** True when the answer explains something: help, a catalog entry, or a finding. */
export function isRecognized(answer: Answer): boolean {
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

function usageError(io: CliIo, message: string): number {
  io.stderr(`connector-decoder: ${message}\n\n${USAGE}`);
  return 2;
}
