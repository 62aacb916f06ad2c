/**
 * Jest runs the TypeScript sources themselves (compiled file by file with swc, no type check: `npm
 * test` runs `tsc --noEmit` first), so no test reads a stale build. Worker threads load the sources
 * the same way (src/files/file-pool.ts).
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  setupFilesAfterEnv: ['<rootDir>/test/setup/every-test-asserts.ts'],
  testTimeout: 20000,
  clearMocks: true,
};
