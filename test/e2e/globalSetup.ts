/**
 * Once before the e2e tests: build the add-in with the preview into a temporary
 * folder and serve it on http://127.0.0.1:<free port>/. The tests find the URL
 * in PEAKSTOCK_E2E_URL (globalTeardown stops the server and removes the folder).
 * Set PEAKSTOCK_E2E_DIST to a finished `npm run build:preview` output to skip the build.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { servePreview, type PreviewServer } from "../../scripts/previewServer";
import { buildPreview } from "../../scripts/buildPreview";

export interface E2eState {
  readonly server: PreviewServer;
  /** The temporary folder to remove, or null when an existing build was used. */
  readonly tempDir: string | null;
}

export default async function globalSetup(): Promise<void> {
  let dist = process.env.PEAKSTOCK_E2E_DIST;
  let tempDir: string | null = null;
  if (dist === undefined || dist === "") {
    tempDir = mkdtempSync(join(tmpdir(), "peakstock-e2e-"));
    dist = join(tempDir, "dist");
    const started = Date.now();
    await buildPreview(dist);
    console.log(`\ne2e: built the preview in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const server = await servePreview(resolve(dist));
  process.env.PEAKSTOCK_E2E_URL = server.baseUrl;
  (globalThis as { __PEAKSTOCK_E2E__?: E2eState }).__PEAKSTOCK_E2E__ = { server, tempDir };
}
