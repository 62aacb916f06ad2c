import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../../src/files/project-root';

/** Folder of the test fixtures, inside the repository. */
export const FIXTURES = join(findProjectRoot(), 'test', 'fixtures');

/** A pasted-log fixture from test/fixtures/logs. */
export function logFixture(name: string): string {
  return readFileSync(join(FIXTURES, 'logs', name), 'utf8');
}

/** The names of every pasted-log fixture. */
export function logFixtureNames(): string[] {
  return readdirSync(join(FIXTURES, 'logs')).sort();
}
