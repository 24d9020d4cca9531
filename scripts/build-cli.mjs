// Builds the `peakstock` command line as JavaScript: src/cli/peakstock.ts and the engine and
// workbook code it uses, bundled by esbuild into dist-cli/peakstock.js (git-ignored), which
// bin/peakstock.js runs. npm packages stay outside the bundle (`require`d from node_modules).
// Runs on `npm ci`/`npm install` ("prepare") and before `npm run plan`; `npm run build:cli` alone.
/* global process */
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Where bin/peakstock.js looks for the built command line. */
export const CLI_OUTFILE = join(ROOT, "dist-cli", "peakstock.js");

/**
 * Bundles src/cli/peakstock.ts (its `main` export) into a CommonJS file for Node 20.
 * @param {string} outfile where to write it (default dist-cli/peakstock.js)
 */
export async function buildCli(outfile = CLI_OUTFILE) {
  await build({
    entryPoints: [join(ROOT, "src", "cli", "peakstock.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    sourcemap: "linked",
    legalComments: "none",
    logLevel: "warning",
    banner: { js: "// Built by scripts/build-cli.mjs from src/cli/peakstock.ts (npm run build:cli). Do not edit." },
  });
  return outfile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli(process.argv[2] ?? CLI_OUTFILE);
}
