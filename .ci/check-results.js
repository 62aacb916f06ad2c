'use strict';
/**
 * Reads jest's JSON report and decides whether the run may pass:
 * - every test that did not run (skipped, pending, todo) needs an entry in .ci/allowed-skips.json
 *   naming it and saying why; one without is a failure (a missing Chromium in CI is one: CI installs it);
 * - fewer tests than the floor in .ci/test-count, less MARGIN, is a failure: tests were lost.
 * Prints the problems, then `N passed, N failed` as the last line. Exit 0 only when nothing failed.
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/** Tests that may disappear at once before the count fails the run (a test rewritten as fewer). */
const MARGIN = 20;

const [resultsFile] = process.argv.slice(2);
const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
const allowed = JSON.parse(readFileSync(join(__dirname, 'allowed-skips.json'), 'utf8'));
const floor = Number(readFileSync(join(__dirname, 'test-count'), 'utf8').trim());

const problems = [];
for (const entry of allowed)
  if (!entry || typeof entry.test !== 'string' || typeof entry.why !== 'string' || !entry.why.trim())
    problems.push(`allowed-skips.json: every entry needs "test" and a non-empty "why": ${JSON.stringify(entry)}`);
const allowedNames = new Set(allowed.map((e) => e && e.test));

let passed = 0;
let failed = 0;
for (const suite of results.testResults) {
  // A file that could not run at all (a syntax error, a failing beforeAll) counts as one failure.
  if (suite.status === 'failed' && suite.assertionResults.every((t) => t.status !== 'failed')) {
    failed++;
    problems.push(`${suite.name}: ${(suite.message || 'did not run').split('\n')[0]}`);
  }
  for (const test of suite.assertionResults) {
    if (test.status === 'passed') passed++;
    else if (test.status === 'failed') failed++;
    else if (!allowedNames.has(test.fullName)) {
      failed++;
      problems.push(`${test.status} without an entry in .ci/allowed-skips.json: ${test.fullName}`);
    }
  }
}
if (!Number.isFinite(floor)) problems.push('.ci/test-count must hold one number');
else {
  const ran = passed + failed;
  if (ran < floor - MARGIN) {
    failed++;
    problems.push(`only ${ran} tests ran; .ci/test-count says ${floor} (margin ${MARGIN}): were tests lost?`);
  } else if (ran > floor) console.log(`${ran} tests ran: raise .ci/test-count to ${ran} to keep them.`);
}
if (problems.some((p) => p.startsWith('allowed-skips.json'))) failed++;

for (const p of problems) console.log(`ci: ${p}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
