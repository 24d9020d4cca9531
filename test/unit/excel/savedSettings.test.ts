import { serialFromYmd } from "../../../src/engine/dates";
import { DEFAULT_LANES } from "../../../src/engine/plan/defaultLanes";
import { EVENT_DEFAULTS } from "../../../src/engine/workbook/readEventSheet";
import { createMemoryWorkbook } from "../../../src/excel/memoryWorkbook";
import { serializeSettings } from "../../../src/excel/planSettings";
import { savedSettings } from "../../../src/excel/savedSettings";

const POLICY = { ...EVENT_DEFAULTS, name: "BF", start: serialFromYmd(2026, 11, 27), end: serialFromYmd(2026, 11, 30), planDate: serialFromYmd(2026, 9, 15), pastEventStarts: [], growth: 2 };

async function bookWith(json: string | null) {
  const book = createMemoryWorkbook({ Sales: [["Date", "SKU", "Units"]] });
  if (json !== null) await book.saveSettings(json);
  return book;
}

describe("savedSettings", () => {
  it("uses the sheets when the book has no stored settings", async () => {
    expect(await savedSettings(await bookWith(null), false)).toEqual({ ok: true, origin: { kind: "sheets" } });
    expect(await savedSettings(await bookWith("  "), false)).toEqual({ ok: true, origin: { kind: "sheets" } });
  });

  it("gives the stored event and policy, the pane's own lanes and chosen sheets, and when they were saved", async () => {
    const json = serializeSettings({ preset: "bfcm", sources: { Sales: "Sales 2026" }, policy: POLICY, lanes: [DEFAULT_LANES[0]], watchSheet: null, savedAt: "2026-09-14T08:30:00.000Z" });
    const choice = await savedSettings(await bookWith(json), false);
    expect(choice).toMatchObject({ ok: true, origin: { kind: "pane", savedAt: "2026-09-14T08:30:00.000Z", lanes: true, sources: true }, sources: { Sales: "Sales 2026" } });
    expect(choice.ok && [choice.policy?.growth, choice.lanes?.map((l) => l.name)]).toEqual([2, [DEFAULT_LANES[0].name]]);
  });

  it("leaves the lanes and sheets to the workbook when the pane stored none", async () => {
    const choice = await savedSettings(await bookWith(serializeSettings({ preset: "custom", sources: {}, policy: POLICY, lanes: null, watchSheet: null })), false);
    expect(choice).toEqual({ ok: true, origin: { kind: "pane", lanes: false, sources: false }, policy: expect.objectContaining({ growth: 2 }) });
  });

  it("gives the sheet of sales to date the pane's Watch step was pointed at", async () => {
    const choice = await savedSettings(await bookWith(serializeSettings({ preset: "custom", sources: {}, policy: POLICY, lanes: null, watchSheet: "Sales Oct" })), false);
    expect(choice).toMatchObject({ ok: true, watchSheet: "Sales Oct" });
  });

  it("ignores them when asked, and says the stored ones cannot be read otherwise", async () => {
    expect(await savedSettings(await bookWith('{"version": 99}'), true)).toEqual({ ok: true, origin: { kind: "ignored" } });
    const bad = await savedSettings(await bookWith('{"version": 99}'), false);
    expect(!bad.ok && bad.error.message).toMatch(/^PeakStock settings, version: 99 was written by a newer PeakStock/);
  });
});
