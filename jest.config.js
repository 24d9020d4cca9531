/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // test/e2e runs in headless Chromium after a build: `npm run test:e2e` (jest.e2e.config.js).
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  moduleNameMapper: {
    // ESM-only packages that office-addin-mock require()s through office-addin-manifest: strip-bom 5, uuid 14. See the shims.
    "^strip-bom$": "<rootDir>/test/shims/stripBom.ts",
    "^uuid$": "<rootDir>/test/shims/uuid.ts",
  },
};
