import { extname, join } from 'node:path';
import { Piscina } from 'piscina';
import type { Language } from '../catalog/catalog-types';
import type { DiagnoseResult, DiagnoseTask } from './diagnose-worker';
import { findProjectRoot } from './project-root';

export interface FilePool {
  /**
   * Diagnoses a file's bytes off the main thread; 'busy' when the queue is full, 'slow' when
   * reading takes longer than the deadline (the worker is stopped and replaced). The deadline
   * starts when a worker starts the file, not while it waits for one.
   */
  diagnose(
    bytes: Uint8Array,
    language: Language
  ): Promise<DiagnoseResult | { busy: true } | { slow: true } | { restarting: true }>;
  /**
   * Stops taking files ('restarting' from now on), lets those being read or waiting finish for up
   * to `graceMs`, answers what is left 'restarting', and stops the workers.
   */
  close(graceMs?: number): Promise<void>;
}

export interface FilePoolOptions {
  catalogDir?: string;
  /** Worker threads (files read at once). */
  threads: number;
  /** Files waiting beyond those being read (at least 1); past it the answer is "busy, try again shortly". */
  maxQueue: number;
  /** Decompressed bytes one file may hold. */
  maxBytes: number;
  /** Reading one file may take this long, from when a worker starts it; past it the worker is stopped. */
  deadlineMs: number;
}

/**
 * The heap one worker may use. Reading holds one chunk or piece and the findings, whatever the
 * file's size, and records are capped in characters: a file that still needs more stops its
 * worker (answered as a failed read) instead of growing the process.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 };

/**
 * Worker threads that read files, so a large one never holds up other conversations or /healthz.
 * Workers start when the first file arrives and stop when idle. The worker is the one beside this
 * module: the compiled one in dist/ when the server runs, the TypeScript source (compiled as it
 * loads by scripts/register-ts.js) when the tests run the sources, so a test never runs a stale build.
 */
export function createFilePool(options: FilePoolOptions): FilePool {
  let pool: Piscina | undefined;
  const fromSource = extname(__filename) === '.ts';
  const start = () =>
    (pool ??= new Piscina({
      filename: join(__dirname, `diagnose-worker${fromSource ? '.ts' : '.js'}`),
      execArgv: fromSource
        ? ['--require', join(findProjectRoot(), 'scripts', 'register-ts.js')]
        : [],
      minThreads: 0,
      maxThreads: options.threads,
      maxQueue: options.maxQueue,
      idleTimeout: 60_000,
      resourceLimits: WORKER_LIMITS,
    }));
  // Files wait here, not in Piscina's queue, so a file's deadline starts when a worker takes it:
  // a small log behind a slow one is read, not timed out while it waits. A finished file hands
  // its slot straight to the next one.
  let reading = 0;
  const waiting: Array<() => void> = [];
  const idle: Array<() => void> = [];
  const turn = () => {
    if (reading < options.threads) {
      reading++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => waiting.push(resolve));
  };
  const done = () => {
    const next = waiting.shift();
    if (next) return next();
    reading--;
    if (reading === 0) for (const resolve of idle.splice(0)) resolve();
  };
  let closing = false;
  // Aborted when the shutdown window ends: files still being read are stopped then.
  const stopped = new AbortController();
  return {
    async diagnose(bytes, language) {
      if (closing) return { restarting: true };
      if (reading >= options.threads && waiting.length >= options.maxQueue) return { busy: true };
      const task: DiagnoseTask = {
        bytes,
        language,
        catalogDir: options.catalogDir,
        maxBytes: options.maxBytes,
      };
      await turn();
      const deadline = AbortSignal.timeout(options.deadlineMs);
      try {
        if (stopped.signal.aborted) return { restarting: true };
        return (await start().run(task, {
          transferList: [bytes.buffer as ArrayBuffer],
          signal: AbortSignal.any([deadline, stopped.signal]),
        })) as DiagnoseResult;
      } catch (error) {
        if (stopped.signal.aborted) return { restarting: true };
        if (deadline.aborted) return { slow: true };
        if (/queue is (full|at limit)|no task queue/i.test((error as Error).message))
          return { busy: true };
        throw error;
      } finally {
        done();
      }
    },
    async close(graceMs = 0) {
      closing = true;
      if (reading > 0) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          new Promise<void>((resolve) => idle.push(resolve)),
          new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
        ]);
        clearTimeout(timer);
      }
      stopped.abort();
      // Files still waiting take their turn at once and see the pool stopped.
      if (reading > 0) await new Promise<void>((resolve) => idle.push(resolve));
      await pool?.destroy();
    },
  };
}
