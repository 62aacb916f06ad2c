'use strict';
/**
 * `node --require scripts/register-ts.js src/….ts`: runs the TypeScript sources directly, compiled
 * file by file with swc (types are not checked: `npm test` runs tsc first). The tests start child
 * processes and worker threads this way, so they run the code under test, never a stale dist/.
 */
const { transformSync } = require('@swc/core');
const { readFileSync } = require('node:fs');

const OPTIONS = {
  jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  module: { type: 'commonjs' },
};

require.extensions['.ts'] = function compile(module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { ...OPTIONS, filename });
  module._compile(code, filename);
};
