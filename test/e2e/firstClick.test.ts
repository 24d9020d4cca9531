/**
 * A seller who opens the pane and clicks Generate batches at once gets the plan
 * of the workbook's own Event sheet (Black Friday / Cyber Monday 2026, plan date
 * 2026-09-15), not the pane's defaults: the pane reads the workbook when it
 * opens, and Generate must not race that read (wait for it, or be disabled until it is done).
 */
import type { Browser } from "playwright-core";
import { launchChromium } from "../../scripts/chromium";
import { generateAndWait, openPreview, settingsOf, tablesOf } from "./previewPage";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

it("plans the workbook's event when Generate batches is the first click", async () => {
  const { page } = await openPreview(browser, "?scenario=demo");
  const run = await generateAndWait(page); // no wait for the pane's first read: the fastest possible click
  expect(run.state).toBe("done");
  const settings = JSON.parse((await settingsOf(page)) ?? "{}") as { event?: { name?: string; start?: string; planDate?: string } };
  expect(settings.event).toMatchObject({ name: "Black Friday / Cyber Monday 2026", start: "2026-11-27", planDate: "2026-09-15" });
  expect((await tablesOf(page)).map((t) => t.kind)).toContain("Plan");
  await page.close();
});
