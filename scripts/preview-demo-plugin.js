// Webpack plugin for the browser preview (`webpack --env preview`): emits preview-demo.json,
// the demo workbook (examples/peakstock-demo.xlsx) as the grids XlsxWorkbook.readSheet gives,
// with each sheet's number formats (scripts/previewDemoData.ts). The conversion is TypeScript
// over src/excel, so it runs in a child `node --import tsx`, once per build (~3 s); in watch mode
// again only when the workbook changes.
/* global require, module, process, __dirname */

const { execFile } = require("child_process");
const path = require("path");
const { sources } = require("webpack");

const ROOT = path.resolve(__dirname, "..");
const SCRIPT = path.join(__dirname, "previewDemoData.ts");

/** The JSON text of the preview data of `workbook` (a path relative to the repository). */
function convertWorkbook(workbook) {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--import", "tsx", SCRIPT, workbook],
      { cwd: ROOT, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`Cannot convert ${workbook} for the preview: ${stderr.trim() || error.message}`));
        else resolve(stdout);
      },
    );
  });
}

class PreviewDemoDataPlugin {
  /** @param {{ workbook: string, filename: string }} options workbook relative to the repository; asset name */
  constructor(options) {
    this.options = options;
    this.cache = null;
  }

  apply(compiler) {
    const workbookPath = path.resolve(ROOT, this.options.workbook);
    compiler.hooks.thisCompilation.tap("PreviewDemoDataPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "PreviewDemoDataPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          compilation.fileDependencies.add(workbookPath);
          try {
            const { mtimeMs } = require("fs").statSync(workbookPath);
            if (!this.cache || this.cache.mtimeMs !== mtimeMs) {
              this.cache = { mtimeMs, json: await convertWorkbook(this.options.workbook) };
            }
            compilation.emitAsset(this.options.filename, new sources.RawSource(this.cache.json));
          } catch (error) {
            compilation.errors.push(new compiler.webpack.WebpackError(error.message));
          }
        },
      );
    });
  }
}

module.exports = { PreviewDemoDataPlugin, convertWorkbook };
