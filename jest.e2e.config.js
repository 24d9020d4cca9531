// End-to-end tests in headless Chromium (test/e2e): the unit config's transform and mappings,
// one build and server for the whole run (globalSetup), one test file at a time, long timeouts.
// `npm run test:e2e`; needs /usr/bin/chromium (or CHROMIUM_PATH). Screenshots go to
// $E2E_SCREENSHOTS_DIR (docs/ to refresh the README's), else a temporary folder.
/* global require, module */
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ["<rootDir>/test/e2e"],
  testPathIgnorePatterns: ["/node_modules/"],
  globalSetup: "<rootDir>/test/e2e/globalSetup.ts",
  globalTeardown: "<rootDir>/test/e2e/globalTeardown.ts",
  testTimeout: 120_000,
  maxWorkers: 1,
};
