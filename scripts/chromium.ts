/**
 * Headless Chromium for the e2e tests and the preview benchmark, through
 * playwright-core with the system's browser (Debian's `chromium`; `.ci/run`
 * installs it). Nothing here downloads a browser: playwright-core has no
 * browser of its own, and this only ever starts the executable named.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** The browser: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless, no sandbox (CI runs as root), no GPU, no background network. */
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] as const;

/**
 * Starts headless Chromium.
 * @throws Error saying how to install it when the executable is missing
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}
