import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { findProjectRoot } from '../../src/files/project-root';
import { RUN_SOURCES } from './source-process';

const ENTRY = join(findProjectRoot(), 'src', 'cli', 'run-cli.ts');

/** What a run of the command line came to, and the most memory its process held. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  peakRssMb: number;
}

/**
 * Runs the command line as its own process, from the sources (as bin/connector-decoder.js runs
 * the build), and reports its peak resident memory after it ends; `as` runs it as another user.
 */
export function runCliChild(
  args: string[],
  as: { uid?: number; gid?: number } = {}
): Promise<CliRun> {
  const script = `require(${JSON.stringify(ENTRY)}).runCli(process.argv.slice(1)).then((code) => {
  process.exitCode = code;
  process.on('exit', () => require('node:fs').writeFileSync(3, String(process.resourceUsage().maxRSS)));
});`;
  const child = spawn(process.execPath, [...RUN_SOURCES, '-e', script, ...args], {
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    ...as,
  });
  let stdout = '';
  let stderr = '';
  let peak = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdio[3]?.on('data', (c: Buffer) => (peak += c.toString()));
  return new Promise((resolve) =>
    child.on('close', (status) =>
      resolve({ status, stdout, stderr, peakRssMb: Number(peak) / 1024 })
    )
  );
}
