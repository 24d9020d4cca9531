/**
 * Driving the preview page in the e2e tests: open a scenario, read the page's
 * MemoryWorkbook (the global the task pane also uses), run the plan with the
 * pane's Generate batches button, save screenshots.
 */
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { MemorySheet, MemoryTable, MemoryWorkbook } from "../../src/excel/memoryWorkbook";

/** The preview's URL for a query string ("?scenario=bad-units"); set by globalSetup. */
export function previewUrl(search = ""): string {
  const base = process.env.PEAKSTOCK_E2E_URL;
  if (base === undefined || base === "") throw new Error("PEAKSTOCK_E2E_URL is not set: run the e2e tests with `npm run test:e2e` (jest.e2e.config.js)");
  return `${base}preview.html${search}`;
}

export interface OpenedPreview {
  readonly page: Page;
  /** Uncaught errors and console errors of the page, for tests to assert on. */
  readonly errors: string[];
}

/** A browser-window size that shows the grid and the task pane side by side. */
export const VIEWPORT = { width: 1440, height: 900 } as const;

/**
 * Opens the preview and waits until the workbook is loaded and the task pane's script has run.
 * @throws when the page reports `data-preview="error"` or is not ready in 30 s
 */
export async function openPreview(browser: Browser, search = "", viewport: { readonly width: number; readonly height: number } = VIEWPORT): Promise<OpenedPreview> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  await page.goto(previewUrl(search));
  await page.waitForFunction(() => document.body.dataset.preview === "ready" || document.body.dataset.preview === "error", null, { timeout: 30_000 });
  return { page, errors };
}

/** The page's MemoryWorkbook, inside page.evaluate. */
type PageGlobal = { __PEAKSTOCK_PREVIEW_WORKBOOK__?: MemoryWorkbook };

/** A sheet of the page's workbook as MemoryWorkbook.getSheet returns it (names ignore case). */
export function sheetOf(page: Page, name: string): Promise<MemorySheet | undefined> {
  return page.evaluate((n) => (globalThis as PageGlobal).__PEAKSTOCK_PREVIEW_WORKBOOK__?.getSheet(n), name);
}

/** The page workbook's sheet names, in tab order. */
export function sheetNamesOf(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await (globalThis as PageGlobal).__PEAKSTOCK_PREVIEW_WORKBOOK__?.sheetNames()) ?? []);
}

/** PeakStock's tables in the page's workbook, without their rows. */
export function tablesOf(page: Page): Promise<Omit<MemoryTable, "rows">[]> {
  return page.evaluate(() => ((globalThis as PageGlobal).__PEAKSTOCK_PREVIEW_WORKBOOK__?.tables() ?? []).map(({ rows: _rows, ...rest }) => rest));
}

/** The settings the pane stored in the page's workbook (JSON text), or null. */
export function settingsOf(page: Page): Promise<string | null> {
  return page.evaluate(async () => (await (globalThis as PageGlobal).__PEAKSTOCK_PREVIEW_WORKBOOK__?.loadSettings()) ?? null);
}

/** `[data-testid=…]`. */
export const byTestId = (id: string): string => `[data-testid="${id}"]`;

/** The test ids of `ids` that the page does not have now. */
export async function missingTestIds(page: Page, ids: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const id of ids) if ((await page.locator(byTestId(id)).count()) === 0) missing.push(id);
  return missing;
}

/**
 * The pane's last run as the preview build's test hooks say it: its number and state ("idle", "running", "done", "error").
 * `id` is the element carrying them: "run" for Generate batches, "replay" for the Replay step.
 */
export async function runOf(page: Page, id = "run"): Promise<{ id: number; state: string }> {
  const run = page.locator(byTestId(id));
  return { id: Number((await run.getAttribute("data-run-id")) ?? "0"), state: (await run.getAttribute("data-run-state")) ?? "" };
}

/** Waits until the run after run number `before` has ended (on the element with test id `id`, see {@link runOf}); its state ("done" or "error"). */
export async function waitForRunAfter(page: Page, before: number, timeoutMs = 90_000, id = "run"): Promise<string> {
  await page.waitForFunction(
    ([after, testid]) => {
      const el = document.querySelector(`[data-testid="${testid}"]`);
      return Number(el?.getAttribute("data-run-id") ?? "0") > after && ["done", "error"].includes(el?.getAttribute("data-run-state") ?? "");
    },
    [before, id] as const,
    { timeout: timeoutMs, polling: 50 },
  );
  return (await runOf(page, id)).state;
}

/** Clicks the Replay step's Replay button and waits for that replay to end; its state ("done" or "error"). */
export async function replayAndWait(page: Page, timeoutMs = 90_000): Promise<string> {
  await need(page, "replay");
  const before = (await runOf(page, "replay")).id;
  await page.locator(byTestId("replay-run")).click({ timeout: timeoutMs });
  return waitForRunAfter(page, before, timeoutMs, "replay");
}

/**
 * Clicks Generate batches (Playwright waits until the button is enabled: it is disabled while the
 * pane first reads the workbook) and waits for that run to end ("done" or "error").
 * @returns the final state and the milliseconds from the click
 */
export async function generateAndWait(page: Page, timeoutMs = 90_000): Promise<{ state: string; ms: number }> {
  await need(page, "run");
  const before = (await runOf(page)).id;
  const started = Date.now();
  await page.locator(byTestId("generate")).click({ timeout: timeoutMs });
  const state = await waitForRunAfter(page, before, timeoutMs);
  return { state, ms: Date.now() - started };
}

/** Where screenshots go: $E2E_SCREENSHOTS_DIR (e.g. docs), else a folder in the temp directory. */
export function screenshotDir(): string {
  const dir = resolve(process.env.E2E_SCREENSHOTS_DIR ?? join(tmpdir(), "peakstock-e2e-screenshots"));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Saves a screenshot of the whole window as `<name>.png`; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(screenshotDir(), `${name}.png`);
  await page.screenshot({ path, animations: "disabled" });
  return path;
}

/** Share of the letters in `text` that are CJK ideographs (0 … 1). */
export function chineseShare(text: string): number {
  const letters = [...text].filter((ch) => /\p{L}/u.test(ch));
  if (letters.length === 0) return 0;
  return letters.filter((ch) => /\p{Script=Han}/u.test(ch)).length / letters.length;
}

/**
 * Waits for the element with test id `id` to be visible.
 * @throws an error naming the missing id when it does not appear in `timeoutMs`
 */
export async function need(page: Page, id: string, timeoutMs = 10_000): Promise<void> {
  try {
    await page.locator(byTestId(id)).first().waitFor({ state: "visible", timeout: timeoutMs });
  } catch {
    throw new Error(`The task pane has no visible test id '${id}' after ${timeoutMs} ms`);
  }
}

/** Clicks the element with test id `id` (waiting for it, see {@link need}). */
export async function clickTestId(page: Page, id: string): Promise<void> {
  await need(page, id);
  await page.locator(byTestId(id)).first().click();
}

/**
 * What a field shows: the element itself when it is an input, else the first
 * input, select or textarea in it (a select by its chosen option's text), else its text.
 */
export async function fieldValue(page: Page, id: string): Promise<string> {
  await need(page, id);
  return page.locator(byTestId(id)).first().evaluate((el) => {
    const control = el.matches("input, select, textarea") ? el : el.querySelector("input, select, textarea");
    if (control instanceof HTMLSelectElement) return control.selectedOptions[0]?.text ?? control.value;
    if (control) return (control as HTMLInputElement).value;
    return (el.textContent ?? "").trim();
  });
}

/** The text of an element and the values of the inputs and selects in it (an editable table), joined by newlines. */
export async function textAndValues(page: Page, id: string): Promise<string> {
  await need(page, id);
  return page.locator(byTestId(id)).first().evaluate((el) => {
    const values = [...el.querySelectorAll("input, select, textarea")].map((c) =>
      c instanceof HTMLSelectElement ? c.selectedOptions[0]?.text ?? c.value : (c as HTMLInputElement).value);
    return [(el as HTMLElement).innerText, ...values].join("\n");
  });
}

/** The visible text of the element with test id `id`. */
export async function textOf(page: Page, id: string): Promise<string> {
  await need(page, id);
  return (await page.locator(byTestId(id)).first().innerText()).trim();
}

/** Waits until the preview grid shows sheet `name` (its tab switched, e.g. by a pane link or a new plan). */
export async function waitForGridSheet(page: Page, name: string | undefined, timeoutMs = 5_000): Promise<void> {
  await page.waitForFunction((n) => document.querySelector('[data-testid="grid"]')?.getAttribute("data-sheet") === n, name, { timeout: timeoutMs });
}

/** Waits until the element with test id `id` is enabled (a button that is busy while the pane works). */
export async function waitForEnabled(page: Page, id: string, timeoutMs = 30_000): Promise<void> {
  await need(page, id);
  await page.waitForFunction((i) => {
    const el = document.querySelector(`[data-testid="${i}"]`);
    return el !== null && !(el as HTMLButtonElement).disabled && el.getAttribute("aria-disabled") !== "true";
  }, id, { timeout: timeoutMs });
}
