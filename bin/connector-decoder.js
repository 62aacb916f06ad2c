#!/usr/bin/env node
'use strict';
require('../dist/src/cli/run-cli')
  .runCli(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
