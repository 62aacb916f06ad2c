import { createReadStream, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Catalog, Language } from '../catalog/catalog-types';
import { Diagnosis, type LogAnswer } from '../engine';
import { diagnoseStream, FileRefusal, type FileDiagnosis } from '../files/diagnose-stream';

/** One file the command line was given (a folder stands for the files in it). */
export interface FileResult {
  path: string;
  /** What was read: the kind and size (and .evtx counts). */
  read?: Omit<FileDiagnosis, 'answer'>;
  /** Why it was not read: not a log, or a read error (its code). */
  refused?: string;
}

/** The files a list of paths names: files as given, folders as their files (not recursive), sorted. */
export function expandPaths(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(path, e.name))
      .sort();
  });
}

/** True when every word is an existing file or folder: the command line is then given files. */
export function allPaths(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  return words.every((w) => {
    try {
      statSync(w);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Reads each file as a stream (gzip, .evtx and every text format) into one diagnosis, reporting
 * progress for long runs: a folder of daily IIS logs is one answer. Memory does not grow with the
 * files' size.
 */
export async function readFiles(
  files: readonly string[],
  options: {
    catalog: Catalog;
    language: Language;
    progress?: (line: string) => void;
  }
): Promise<{ answer: LogAnswer; files: FileResult[] }> {
  const results: FileResult[] = [];
  const diagnosis = new Diagnosis(options.catalog, options.language, { bulk: true });
  const started = Date.now();
  for (const [index, path] of files.entries()) {
    let last = 0;
    const onProgress = (bytes: number) => {
      const now = Date.now();
      if (!options.progress || now - started < 2000 || now - last < 1000) return;
      last = now;
      const seconds = (now - started) / 1000;
      options.progress(
        `reading ${basename(path)} (${index + 1}/${files.length}): ${(bytes / 1e6).toFixed(0)} MB, ${(bytes / 1e6 / seconds).toFixed(0)} MB/s`
      );
    };
    try {
      const { answer: _answer, ...read } = await diagnoseStream(
        createReadStream(path, { highWaterMark: 1 << 20 }),
        { catalog: options.catalog, language: options.language, onProgress, diagnosis }
      );
      results.push({ path, read });
    } catch (error) {
      results.push({
        path,
        refused:
          error instanceof FileRefusal
            ? error.reason
            : String((error as NodeJS.ErrnoException).code ?? (error as Error).name),
      });
    }
  }
  return { answer: diagnosis.finish(), files: results };
}
