#!/usr/bin/env node
// The `peakstock` command (package.json "bin"): runs the command line that scripts/build-cli.mjs
// built from src/cli/peakstock.ts into dist-cli/peakstock.js (`npm ci` builds it; so does
// `npm run build:cli`). Plain JavaScript: nothing is compiled when it starts.
/* global require, process, __dirname */
const { existsSync } = require("fs");
const { join } = require("path");

const built = join(__dirname, "..", "dist-cli", "peakstock.js");
if (!existsSync(built)) {
  process.stderr.write(`peakstock: the command line is not built (${built} is missing). Run \`npm run build:cli\` (or \`npm ci\`) first.\n`);
  process.exit(1);
}
const { main } = require(built);

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`peakstock: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
