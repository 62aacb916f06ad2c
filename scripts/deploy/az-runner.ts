import { spawn } from 'node:child_process';
import type { AzResult, AzRunner } from './run-deploy';

const MAX_STDOUT = 16 * 1024 * 1024;
const MAX_STDERR = 256 * 1024;

/** Keeps the last `max` characters: an error's end says what failed. */
function append(kept: string, chunk: string, max: number): string {
  const text = kept + chunk;
  return text.length > max ? text.slice(text.length - max) : text;
}

/**
 * The real Azure CLI, run from `cwd`. On Windows az is a .cmd script, which Node starts only
 * through a shell; every argument we pass is free of shell metacharacters but for quoting paths.
 */
export function azRunner(cwd: string): AzRunner {
  const windows = process.platform === 'win32';
  return (args, mode) =>
    new Promise<AzResult | 'not-found'>((resolve) => {
      const child = spawn(windows ? 'az.cmd' : 'az', windows ? args.map((a) => `"${a}"`) : args, {
        cwd,
        shell: windows,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        if (mode === 'stream') process.stdout.write(chunk);
        else if (stdout.length < MAX_STDOUT) stdout += chunk;
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        if (mode === 'stream') process.stderr.write(chunk);
        stderr = append(stderr, chunk, MAX_STDERR);
      });
      child.on('error', (error: NodeJS.ErrnoException) =>
        resolve(error.code === 'ENOENT' ? 'not-found' : { code: 1, stdout, stderr: error.message })
      );
      child.on('close', (code) => {
        if (
          windows &&
          (code === 9009 || /is not recognized as an internal or external/.test(stderr))
        ) {
          resolve('not-found');
        } else resolve({ code: code ?? 1, stdout, stderr });
      });
    });
}
