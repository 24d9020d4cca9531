#!/usr/bin/env node
// The `peakstock` command (package.json "bin"): runs src/cli/peakstock.ts through tsx.
/* global require, process */
require("tsx/cjs");
const { main } = require("../src/cli/peakstock.ts");

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`peakstock: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
