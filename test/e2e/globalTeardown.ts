/** After the e2e tests: stop the preview server and remove the temporary build. */
import { rmSync } from "node:fs";
import type { E2eState } from "./globalSetup";

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __PEAKSTOCK_E2E__?: E2eState }).__PEAKSTOCK_E2E__;
  if (!state) return;
  await state.server.close();
  if (state.tempDir !== null) rmSync(state.tempDir, { recursive: true, force: true });
}
