/**
 * Building the add-in with the browser preview into a folder of its own
 * (`webpack --mode production --env preview --output-path <dir>`), for the
 * e2e tests' global setup and the preview benchmark; the repository's dist/ is
 * left alone.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** The repository. */
export const ROOT = join(__dirname, "..");

/**
 * Builds the add-in with the preview into `outDir`.
 * @throws Error with the end of webpack's output when the build fails
 */
export function buildPreview(outDir: string): Promise<void> {
  const webpack = join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [webpack, "--mode", "production", "--env", "preview", "--output-path", outDir], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr.on("data", (chunk: Buffer) => { output += chunk.toString(); });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0 && existsSync(join(outDir, "preview.html"))) resolve();
      else reject(new Error(`webpack --env preview failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}
