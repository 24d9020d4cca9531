/**
 * The Watch summary's lines for what the end-to-end book does not reach: a late re-order that
 * still pays, a short SKU no lane helps (its advice said why), planned SKUs without sales and a
 * problem row, in English and Chinese; and the counts leave out statuses no SKU has.
 */
import { serialFromYmd } from "../../../src/engine/dates";
import { problem } from "../../../src/engine/errors";
import type { Lane } from "../../../src/engine/plan/types";
import type { WatchReport, WatchReportRow } from "../../../src/engine/watch/watchFromSheets";
import { watchNote } from "../../../src/engine/watch/watchNotes";
import type { ReorderOption } from "../../../src/engine/watch/reorderLane";
import { watchSummaryLines } from "../../../src/cli/watchSummary";
import type { WatchRun } from "../../../src/excel/runWatch";

const AIR: Lane = { name: "Air", mode: "air", transitDays: 5, transitDaysWorst: 7, handlingDays: 2, ratePerKg: 1, ratePerCbm: 0, minCharge: 0, volumetricDivisor: 6000, allowsSensitive: false };
const DEADLINE = serialFromYmd(2026, 11, 27);

/** Air sellable 11-29, two days late: 120 units (12 cartons) serve 118 short units at $14 margin for $120 freight. */
const LATE: ReorderOption = {
  lane: AIR, readyDay: serialFromYmd(2026, 11, 13), sellableDay: serialFromYmd(2026, 11, 29), units: 120, cartons: 12, freightUsd: 120, purchaseUsd: 720,
  dutyUsd: 0, servedUnits: 118, lostBeforeUnits: 80, savesUsd: 118 * 14 - 120,
};

function row(sku: string, status: WatchReportRow["status"], extra: Partial<WatchReportRow> = {}): WatchReportRow {
  return {
    sku, name: "", destination: "", status, trend: null, actualUnits: 0, forecastUnits: 0, deviation: null, daysWatched: 10, stockOutDays: 0, stockNowUnits: 0,
    stockOutDay: null, shortUnits: 0, reorder: { kind: "notShort" }, leftoverUnits: 0, notes: [], ...extra,
  };
}

const ROWS: WatchReportRow[] = [
  row("HOT", "REORDER", { reorder: { kind: "late", option: LATE, fastest: LATE, deadline: DEADLINE } }),
  row("FAR", "SHORT", {
    reorder: { kind: "noneSaves", fastest: LATE, deadline: DEADLINE },
    notes: [
      watchNote("runsOut", { date: "2026-11-27", units: 40, end: "2026-11-30" }),
      watchNote("noLaneInTime", { deadline: "2026-11-27", ready: "2026-11-20", lane: "Air", sellable: "2026-12-06", late: 9 }),
      watchNote("nothingSaves"),
    ],
  }),
  row("CALM", "OK"),
];

const REPORT: WatchReport = {
  fromSerial: serialFromYmd(2026, 9, 14), toSerial: serialFromYmd(2026, 11, 5), rows: ROWS,
  counts: { STOCKOUT: 0, REORDER: 1, SHORT: 1, SLOW: 0, HOT: 0, OK: 1 },
  unmatched: ["NEW-1", "NEW-2"],
  errors: [problem("notANumber", "NOT_A_NUMBER", { place: "SKUs row 4, UnitCost", value: "'x'" })],
};

const RUN = { salesSheet: "Actuals", sheet: "Watch", plan: { policy: { name: "Black Friday 2026" } } } as unknown as WatchRun;

describe("watchSummaryLines", () => {
  it("says a late re-order, a short SKU no lane helps and why, SKUs without sales and problems, in English", () => {
    // hand: saves = 118 × $14 − $120 = $1,532; 2026-11-29 is 2 days after 11-27
    expect(watchSummaryLines(RUN, REPORT, "en")).toEqual([
      "Watched 3 SKUs of Black Friday 2026: sales 2026-09-14 … 2026-11-05 from the Actuals sheet",
      "SKUs by status: 1 re-order, 1 short (no lane helps), 1 on track",
      "Re-orders (1):",
      "  HOT: 120 units by Air, sellable 2026-11-29 (2 days after 2026-11-27, still saves $1,532); freight $120, goods $720",
      "Short with no re-order:",
      "  FAR: No lane lands before 2026-11-27: made by 2026-11-20, the fastest, Air, is sellable 2026-12-06, 9 days late; no late lane earns back its freight: do not re-order",
      "No sales on the sheet for 2 planned SKUs: NEW-1, NEW-2",
      "Could not advise on 1 (first: SKUs row 4, UnitCost: 'x' is not a number)",
      "Wrote sheet: Watch",
    ]);
  });

  it("says the same in Chinese", () => {
    expect(watchSummaryLines(RUN, REPORT, "zh-CN")).toEqual([
      "已监控 Black Friday 2026 的 3 个 SKU：销量 2026-09-14 … 2026-11-05，来自工作表 Actuals",
      "各状态 SKU 数：1 补货，1 缺货（无渠道可补），1 正常",
      "补货建议（1 条）：",
      "  HOT：120 件走 Air，2026-11-29 可售（比 2026-11-27 晚 2 天，仍可挽回 $1,532）；运费 $120，货值 $720",
      "缺货但不建议补货：",
      "  FAR：没有渠道能在 2026-11-27 前到货：2026-11-20 生产完成，最快的 Air 要到 2026-12-06 才可售，晚 9 天；晚到的渠道都赚不回运费：不建议补货",
      "表中没有 2 个已规划 SKU 的销量：NEW-1，NEW-2",
      "1 个问题无法给出建议（第一条：SKUs row 4, UnitCost：'x' 不是数字）",
      "已写入工作表：Watch",
    ]);
  });

  it("names at most ten SKUs on a line and counts the rest", () => {
    const many = Array.from({ length: 12 }, (_, i) => row(`S${i + 1}`, "STOCKOUT"));
    const report: WatchReport = { ...REPORT, rows: many, counts: { STOCKOUT: 12, REORDER: 0, SHORT: 0, SLOW: 0, HOT: 0, OK: 0 }, unmatched: [], errors: [] };
    const lines = watchSummaryLines(RUN, report, "en");
    expect(lines).toContain("SKUs by status: 12 out of stock");
    expect(lines).toContain("No re-order needed");
    expect(lines).toContain("Out of stock now: S1, S2, S3, S4, S5, S6, S7, S8, S9, S10 and 2 more");
  });
});
