import { join } from 'node:path';
import { findProjectRoot } from '../../src/files/project-root';

const root = findProjectRoot();

/** Node options that load TypeScript sources as they are required (scripts/register-ts.js). */
export const RUN_SOURCES = ['--require', join(root, 'scripts', 'register-ts.js')];

/**
 * Node arguments that start the server from its TypeScript sources, as `npm start` starts the
 * build: tests of a real process run the code under test, never a stale dist/. `before` are Node
 * options that must come first (a `--require` preload).
 */
export function serverArgs(...before: string[]): string[] {
  return [...before, ...RUN_SOURCES, join(root, 'src', 'index.ts')];
}
