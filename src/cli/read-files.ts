import { createReadStream, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Catalog, Language } from '../catalog/catalog-types';
import { Diagnosis, type LogAnswer } from '../engine';
import { diagnoseStream, FileRefusal, type FileDiagnosis } from '../files/diagnose-stream';
import { asTerminalName } from '../presentation/words/as-text';

/** A stream to read like a file (standard input), under the name the answer shows. */
export interface StreamSource {
  path: string;
  open: () => Readable;
}

/** One file the command line was given (a folder stands for the files in it). */
export interface FileResult {
  path: string;
  /** What was read: the kind and size (and .evtx counts). */
  read?: Omit<FileDiagnosis, 'answer'>;
  /** Why it was not read: not a log, or a read error (its code). */
  refused?: string;
}

/** How deep a folder is searched: C:\inetpub\logs\LogFiles holds W3SVC1\u_ex*.log. */
const MAX_DEPTH = 4;

/** The files a list of paths names, and what inside its folders could not be read. */
export interface Expansion {
  files: string[];
  /** Entries of a folder skipped: a subfolder or link that cannot be read, with its error code. */
  skipped: Array<{ path: string; reason: string }>;
}

/**
 * The files a list of paths names, sorted: files as given (a missing one too, so it is reported),
 * folders as the files in them and in their subfolders, a few levels down. Links are followed, to
 * files and folders alike, and each real file or folder is taken once, so a link back up ends. A
 * subfolder or link that cannot be read is skipped and listed; a folder named itself that cannot
 * be read throws.
 */
export function expandPaths(paths: readonly string[]): Expansion {
  const files: string[] = [];
  const skipped: Expansion['skipped'] = [];
  const seen = new Set<string>();
  const once = (path: string) => {
    const real = realpathSync(path);
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  };
  const walk = (folder: string, depth: number) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      if (depth === 1) throw error;
      skipped.push({ path: folder, reason: errorCode(error) });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(folder, entry.name);
      try {
        const target = entry.isSymbolicLink() ? statSync(full) : entry;
        if (target.isFile()) {
          if (once(full)) files.push(full);
        } else if (target.isDirectory() && depth < MAX_DEPTH && once(full)) walk(full, depth + 1);
      } catch (error) {
        skipped.push({ path: full, reason: errorCode(error) });
      }
    }
  };
  for (const path of paths) {
    if (!isFolder(path)) {
      files.push(path);
      continue;
    }
    once(path);
    walk(path, 1);
  }
  return { files, skipped };
}

function errorCode(error: unknown): string {
  return String((error as NodeJS.ErrnoException).code ?? (error as Error).name);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A word that names a log file: a path, or a name with a log's extension. */
const FILE_LIKE = /[\\/]|\.(?:evtx|xml|csv|txt|log|svclog|gz)$/i;

/**
 * True when the command line is given files: every word is an existing file or folder, or looks
 * like one (so a mistyped name is reported as missing, not answered as a question).
 */
export function allPaths(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  return words.every((w) => {
    try {
      statSync(w);
      return true;
    } catch {
      return !/\s/.test(w) && FILE_LIKE.test(w);
    }
  });
}

/**
 * Reads each file as a stream (gzip, .evtx and every text format) into one diagnosis, reporting
 * progress for long runs: a folder of daily IIS logs is one answer. Memory does not grow with the
 * files' size.
 */
export async function readFiles(
  files: ReadonlyArray<string | StreamSource>,
  options: {
    catalog: Catalog;
    language: Language;
    progress?: (line: string) => void;
    /** The clock progress is timed by (tests pass their own). */
    now?: () => number;
  }
): Promise<{ answer: LogAnswer; files: FileResult[] }> {
  const clock = options.now ?? Date.now;
  const results: FileResult[] = [];
  const diagnosis = new Diagnosis(options.catalog, options.language, { bulk: true });
  const started = clock();
  // The bytes of every file named, when all can be sized (a pipe cannot): the progress line then
  // says how much of the whole is done and about how long the rest takes.
  const sizes = files.map((f) => (typeof f === 'string' ? sizeOf(f) : undefined));
  const total = sizes.every((n) => n !== undefined)
    ? sizes.reduce<number>((a, n) => a + (n ?? 0), 0)
    : undefined;
  let before = 0;
  for (const [index, source] of files.entries()) {
    const path = typeof source === 'string' ? source : source.path;
    let last = 0;
    const onProgress = (bytes: number) => {
      const now = clock();
      if (!options.progress || now - started < 2000 || now - last < 1000) return;
      last = now;
      const seconds = (now - started) / 1000;
      const done = before + bytes;
      const rate = done / seconds;
      const of =
        total && total >= done
          ? ` of ${mb(total)} (${Math.floor((done / total) * 100)}%), about ${timeLeft((total - done) / rate)} left`
          : '';
      options.progress(
        `reading ${asTerminalName(basename(path))} (${index + 1}/${files.length}): ${mb(done)}${of}, ${(rate / 1e6).toFixed(0)} MB/s`
      );
    };
    try {
      const { answer: _answer, ...read } = await diagnoseStream(
        typeof source === 'string'
          ? createReadStream(path, { highWaterMark: 1 << 20 })
          : source.open(),
        { catalog: options.catalog, language: options.language, onProgress, diagnosis }
      );
      results.push({ path, read });
      before += sizes[index] ?? read.bytes;
    } catch (error) {
      results.push({
        path,
        refused: error instanceof FileRefusal ? error.reason : errorCode(error),
      });
    }
  }
  return { answer: diagnosis.finish(), files: results };
}

function sizeOf(path: string): number | undefined {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(0)} MB`;
}

/** "12 s", "3 min", "1 h 5 min": rounded up, never "0 s". */
function timeLeft(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 90) return `${s} s`;
  const minutes = Math.ceil(s / 60);
  return minutes < 90 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
