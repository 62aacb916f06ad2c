/**
 * Every test must make at least one assertion: a test that checks nothing passes whatever the code
 * does. Runs before each test of every file (jest.config.js `setupFilesAfterEnv`).
 */
beforeEach(() => {
  expect.hasAssertions();
});
