/**
 * Hostile workbooks through the whole pipeline's pure step: every defect of
 * issue 10 §2 built as memory grids, each answer naming the sheet, row and
 * column in English and in Simplified Chinese (errorText), never a bare failure
 * of every SKU.
 */
import { serialFromYmd } from "../../../../src/engine/dates";
import { errorText } from "../../../../src/engine/errorText";
import type { EngineError } from "../../../../src/engine/errors";
import { planFromSheets, type SheetsPlan } from "../../../../src/engine/plan/planFromSheets";
import { renderNote } from "../../../../src/engine/plan/planNotes";
import type { Result } from "../../../../src/engine/errors";

const PLAN_DATE = serialFromYmd(2026, 9, 1);
const START = serialFromYmd(2026, 11, 27);
const FIRST_SALE = PLAN_DATE - 365; // 2025-09-01

type Grid = unknown[][];

/** Sales for A and B from 2025-09-01 to the day before the plan date, 6 + 2k units a day. */
function sales(extra: Grid = []): Grid {
  const rows: Grid = [["Date", "SKU", "Units"]];
  for (let d = 0; d < 365; d++) for (const [k, sku] of ["A", "B"].entries()) rows.push([FIRST_SALE + d, sku, 6 + 2 * k]);
  return [...rows, ...extra];
}

const SKU_HEADER = ["SKU", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg", "DutyRate", "OnHand", "SupplierLeadDays"];
const SKU_A = ["A", 5, 15, 24, 40, 30, 30, 8, 0.05, 100, 10];
const SKU_B = ["B", 3, 9, 50, 50, 40, 30, 10, "7.5%", 0, 15];

function skus(a: unknown[] = SKU_A, b: unknown[] = SKU_B): Grid {
  return [SKU_HEADER, a, b];
}

function event(extra: Grid = [], start: number = START): Grid {
  return [["Event", "Black Friday 2026"], ["Start", start], ["End", start + 3], ["PlanDate", PLAN_DATE], ...extra];
}

function plan(grids: { Sales?: Grid; SKUs?: Grid; Event?: Grid; Lanes?: Grid }): Result<SheetsPlan> {
  const all = { Sales: sales(), SKUs: skus(), Event: event(), ...grids };
  return planFromSheets({ sheetNames: Object.keys(all), grids: all });
}

function planned(grids: Parameters<typeof plan>[0]): SheetsPlan {
  const r = plan(grids);
  if (!r.ok) throw new Error(`expected a plan, got ${r.error.message}`);
  return r.value;
}

function failure(grids: Parameters<typeof plan>[0]): EngineError {
  const r = plan(grids);
  if (r.ok) throw new Error("expected the plan to stop");
  return r.error;
}

/** An error in both languages, with its place. */
function bothLanguages(e: EngineError): { en: string; zh: string; where: unknown } {
  return { en: errorText(e, "en"), zh: errorText(e, "zh-CN"), where: e.where };
}

/** The alert about one SKU, in both languages. */
function alertOf(p: SheetsPlan, sku: string): { kind: string; severity: string; en: string; zh: string } {
  const a = p.plan.alerts.find((x) => x.sku === sku && (x.kind === "SKU_ERROR" || x.kind === "SKIPPED"));
  if (!a) throw new Error(`no alert for ${sku}`);
  return { kind: a.kind, severity: a.severity, en: renderNote(a.note, "en"), zh: renderNote(a.note, "zh-CN") };
}

describe("planFromSheets: a clean workbook", () => {
  it("plans both SKUs with no warning (the base every hostile case below changes one cell of)", () => {
    const p = planned({});
    expect(p.plan.outcomes.map((o) => [o.sku, o.status])).toEqual([["A", "ok"], ["B", "ok"]]);
    expect(p.warnings).toEqual([]);
  });
});

describe("planFromSheets: the SKUs sheet", () => {
  it("fails a SKU with a negative lead time, naming row and column, instead of calling it missing from the sheet", () => {
    const p = planned({ SKUs: skus(["A", 5, 15, 24, 40, 30, 30, 8, 0.05, 100, -3]) });
    expect(p.plan.outcomes.map((o) => [o.sku, o.status])).toEqual([["B", "ok"], ["A", "error"]]);
    expect(alertOf(p, "A")).toEqual({
      kind: "SKU_ERROR",
      severity: "high",
      en: "could not be planned: SKUs row 2, SupplierLeadDays: -3 is negative",
      zh: "无法规划：表 SKUs 第 2 行，SupplierLeadDays 列：-3 是负数",
    });
    expect(p.warnings.map((w) => w.where)).toEqual([{ sheet: "SKUs", row: 2, column: "SupplierLeadDays", sku: "A" }]);
  });

  it("fails a SKU with text in UnitCost", () => {
    const p = planned({ SKUs: skus(SKU_A, ["B", "abc", 9, 50, 50, 40, 30, 10, 0, 0, 15]) });
    expect(alertOf(p, "B")).toEqual({
      kind: "SKU_ERROR",
      severity: "high",
      en: "could not be planned: SKUs row 3, UnitCost: 'abc' is not a number",
      zh: "无法规划：表 SKUs 第 3 行，UnitCost 列：“abc” 不是数字",
    });
  });

  it("fails a SKU with 0 units per carton", () => {
    const p = planned({ SKUs: skus(["A", 5, 15, 0, 40, 30, 30, 8, 0.05, 100, 10]) });
    expect(alertOf(p, "A").en).toBe("could not be planned: SKUs row 2, UnitsPerCarton: 0 units per carton; write how many units one carton holds (at least 1)");
    expect(alertOf(p, "A").zh).toBe("无法规划：表 SKUs 第 2 行，UnitsPerCarton 列：每箱 0 件；请填写一箱装多少件（至少 1）");
  });

  it("says DutyRate 50 is read as 5,000 % and how to write 50 %", () => {
    const p = planned({ SKUs: skus(SKU_A, ["B", 3, 9, 50, 50, 40, 30, 10, 50, 0, 15]) });
    // hand: 50 as a fraction is 50 × 100 = 5,000 %, above MAX_DUTY_RATE 3 (300 %)
    expect(alertOf(p, "B").en).toBe("could not be planned: SKUs row 3, DutyRate: 50 is read as 5,000 %, above the 300 % allowed; write 50 % as 0.5 or 50%");
    expect(alertOf(p, "B").zh).toBe("无法规划：表 SKUs 第 3 行，DutyRate 列：50 会被读作 5,000 %，超过允许的 300 %；50 % 请写成 0.5 或 50%");
  });

  it("stops when no SKU row is usable, instead of failing every SKU with a plan of nothing", () => {
    const e = failure({ SKUs: skus(["A", 5, 15, 24, 40, 30, 30, 8, 25, 100, 10], ["B", 3, 9, 50, 50, 40, 30, 10, 50, 0, 15]) });
    expect(bothLanguages(e)).toEqual({
      en: "SKUs row 2, DutyRate: 25 is read as 2,500 %, above the 300 % allowed; write 25 % as 0.25 or 25%",
      zh: "表 SKUs 第 2 行，DutyRate 列：25 会被读作 2,500 %，超过允许的 300 %；25 % 请写成 0.25 或 25%",
      where: { sheet: "SKUs", row: 2, column: "DutyRate", sku: "A" },
    });
  });

  it("stops on a blank carton weight where a lane charges by weight, naming the row and how many SKUs lack it", () => {
    const e = failure({ SKUs: skus(SKU_A, ["B", 3, 9, 50, 50, 40, 30, "", 0, 0, 15]) });
    expect(bothLanguages(e)).toEqual({
      en: "SKUs row 3, CartonWeightKg: blank or 0, but lane 'Air → US West' charges by weight (per kg), so freight, duty and landed cost would come out too low; write the carton's gross weight in kg (SKUs with sales lacking it: 1)",
      zh: "表 SKUs 第 3 行，CartonWeightKg 列：为空或 0，但渠道 “Air → US West” 按重量（每公斤）计费，缺少它运费、关税和到岸成本都会偏低；请填写每箱的毛重（公斤）（有销量但缺少该值的 SKU：1 个）",
      where: { sheet: "SKUs", row: 3, column: "CartonWeightKg", sku: "B" },
    });
  });

  it("stops on 0 carton dimensions, and on a sheet with no dimension columns at all", () => {
    expect(failure({ SKUs: skus(["A", 5, 15, 24, 0, 30, 30, 8, 0.05, 100, 10]) }).where).toEqual({ sheet: "SKUs", row: 2, column: "CartonLengthCm", sku: "A" });
    const e = failure({ SKUs: [["SKU", "UnitCost"], ["A", 5], ["B", 3]] });
    expect(e.code).toBe("MISSING_COLUMN");
    expect(errorText(e, "en")).toBe(
      "SKUs: no CartonLengthCm column, but lane 'Air → US West' charges by weight (per kg), so freight, duty and landed cost would come out too low; add the column with each carton's length in cm",
    );
    expect(errorText(e, "zh-CN")).toBe("表 SKUs：没有 CartonLengthCm 列，但渠道 “Air → US West” 按重量（每公斤）计费，缺少它运费、关税和到岸成本都会偏低；请加上这一列，填写每箱的长度（厘米）");
  });
});

describe("planFromSheets: the Sales sheet", () => {
  it("reports repeated (date, SKU) rows, naming the rows, as the README promises", () => {
    // hand: the data rows start at sheet row 2; row 732 repeats A on the first day (row 2)
    const p = planned({ Sales: sales([[FIRST_SALE, "A", 4]]) });
    expect(p.warnings.map((w) => bothLanguages(w))).toEqual([{
      en: "Sales: rows 2 and 732 repeat SKU 'A' on 2025-09-01; their units were added together",
      zh: "表 Sales：第 2 和 732 行重复了 SKU “A” 在 2025-09-01 的销量；已把这些行的销量相加",
      where: { sheet: "Sales", row: 2, sku: "A" },
    }]);
  });

  it("leaves sales after the plan date out with a note naming how many rows and the first", () => {
    const later: Grid = [[PLAN_DATE + 1, "A", 9], [PLAN_DATE + 2, "A", 9], [PLAN_DATE + 2, "B", 9]];
    const p = planned({ Sales: sales(later) });
    expect(p.plan.outcomes.every((o) => o.status === "ok")).toBe(true);
    expect(p.warnings.map((w) => bothLanguages(w))).toEqual([{
      en: "Sales: 3 rows dated after the plan date 2026-09-01 are left out of the history; the first is Sales row 732, Date (2026-09-02)",
      zh: "表 Sales：有 3 行的日期晚于计划日期 2026-09-01，未计入历史销量；第一行是 表 Sales 第 732 行，Date 列（2026-09-02）",
      where: { sheet: "Sales", row: 732, column: "Date" },
    }]);
    expect(p.series?.map((s) => s.startSerial + s.units.length - 1)).toEqual([PLAN_DATE - 1, PLAN_DATE - 1]);
  });

  it("names the row of one sales date typed as 2030 and plans every SKU (it used to fail them all)", () => {
    const p = planned({ Sales: sales([[serialFromYmd(2030, 1, 5), "B", 7]]) });
    expect(p.plan.outcomes.map((o) => o.status)).toEqual(["ok", "ok"]);
    expect(errorText(p.warnings[0], "en")).toBe("Sales: 1 row dated after the plan date 2026-09-01 is left out of the history: Sales row 732, Date (2030-01-05)");
  });

  it("leaves out a sales date typed years too early, naming its row, instead of a series of zeros since then", () => {
    const p = planned({ Sales: sales([[serialFromYmd(2005, 9, 3), "A", 7]]) });
    expect(bothLanguages(p.warnings[0])).toEqual({
      en: "Sales row 732, Date: 2005-09-03 is more than a year away from every other sale, so the row is left out (a typo in the year?)",
      zh: "表 Sales 第 732 行，Date 列：2005-09-03 与其他所有销量的日期相隔一年以上，该行未采用（年份输错了？）",
      where: { sheet: "Sales", row: 732, column: "Date" },
    });
    expect(p.series?.[0].startSerial).toBe(FIRST_SALE);
  });

  it("says so when the event names a marketplace and the Sales sheet has no Marketplace column", () => {
    const p = planned({ Event: event([["Marketplace", "Amazon US"]]) });
    expect(p.warnings.map((w) => bothLanguages(w))).toEqual([{
      en: "The event's marketplace 'Amazon US' cannot be picked out: no row of Sales names a marketplace (no Marketplace column, or it is blank); planned on all sales",
      zh: "无法筛选活动站点 “Amazon US”：表 Sales 没有任何一行写明站点（没有站点列，或该列为空）；已按全部销量规划",
      where: { sheet: "Sales" },
    }]);
  });

  it("says so when no Sales row has the event's marketplace", () => {
    const rows = sales().map((r, i) => [...r, i === 0 ? "Marketplace" : "Walmart"]);
    const p = planned({ Sales: rows, Event: event([["Marketplace", "Amazon US"]]) });
    expect(errorText(p.warnings[0], "zh-CN")).toBe("活动站点 “Amazon US” 在 表 Sales 中没有销量（表中只有 Walmart）：已按全部销量规划");
  });
});

describe("planFromSheets: sanity limits", () => {
  it("refuses an event more than three years after the plan date, at its Start row", () => {
    const e = failure({ Event: event([], serialFromYmd(2030, 11, 29)) });
    // hand: 2030-11-29 − 2026-09-01 = 1,550 days > 1,096
    expect(bothLanguages(e)).toEqual({
      en: "Event row 2, Start: 2030-11-29 is 1550 days after PlanDate (2026-09-01), more than three years ahead; check the year",
      zh: "表 Event 第 2 行，Start 列：2030-11-29 比 PlanDate（2026-09-01）晚 1550 天，超过三年；请检查年份",
      where: { sheet: "Event", row: 2, column: "Start" },
    });
  });

  it("refuses the same far event set in the task pane (no Event sheet row to name)", () => {
    const read = planned({});
    const far = { ...read.policy, start: serialFromYmd(2030, 11, 29), end: serialFromYmd(2030, 12, 2) };
    const r = planFromSheets({ sheetNames: ["Sales", "SKUs"], grids: { Sales: sales(), SKUs: skus() }, policy: far });
    expect(!r.ok && [errorText(r.error, "en"), errorText(r.error, "zh-CN")]).toEqual([
      "start: 2030-11-29 is 1550 days after PlanDate (2026-09-01), more than three years ahead; check the year",
      "start：2030-11-29 比 PlanDate（2026-09-01）晚 1550 天，超过三年；请检查年份",
    ]);
  });

  it("refuses 1e300 units on the Sales sheet", () => {
    const e = failure({ Sales: sales([[PLAN_DATE - 1, "A", 1e300]]) });
    expect(bothLanguages(e)).toEqual({
      en: "Sales row 732, Units: 1e+300 is above 1000000000, more than any real workbook holds; check the cell for a typo",
      zh: "表 Sales 第 732 行，Units 列：1e+300 超过上限 1000000000，远超任何真实工作簿的数值；请检查是否输错",
      where: { sheet: "Sales", row: 732, column: "Units" },
    });
  });

  it("fails a SKU whose unit cost is 1e300", () => {
    const p = planned({ SKUs: skus(["A", 1e300, 15, 24, 40, 30, 30, 8, 0.05, 100, 10]) });
    expect(alertOf(p, "A").en).toBe("could not be planned: SKUs row 2, UnitCost: 1e+300 is above 1000000, more than any real workbook holds; check the cell for a typo");
  });

  it("refuses a growth of 1e6 and a freight rate of 1e300", () => {
    expect(bothLanguages(failure({ Event: event([["Growth", 1e6]]) }))).toEqual({
      en: "Event row 5, Growth: 1000000 is above 1000, more than any real workbook holds; check the cell for a typo",
      zh: "表 Event 第 5 行，Growth 列：1000000 超过上限 1000，远超任何真实工作簿的数值；请检查是否输错",
      where: { sheet: "Event", row: 5, column: "Growth" },
    });
    const lanes = [["Lane", "Mode", "TransitDays", "RatePerKg"], ["Air", "air", 5, 1e300]];
    expect(failure({ Lanes: lanes }).where).toEqual({ sheet: "Lanes", row: 2, column: "RatePerKg" });
  });
});

describe("planFromSheets: every error and warning speaks Chinese", () => {
  const hostile: Parameters<typeof plan>[0][] = [
    { Sales: [["Date", "SKU", "Units"], ["2026-01-05", "A", "abc"]] },
    { Sales: [["Notes"], ["x"]] },
    { Sales: sales([["3/4/2026", "A", 1]]) },
    { SKUs: [["Name"], ["x"]] },
    { Event: [["Start", START], ["End", START - 1], ["PlanDate", PLAN_DATE]] },
    { Event: event([["Colour", "blue"], ["SafetyStockMethod", "guess"]]) },
    { Lanes: [["Lane", "Mode", "TransitDays"], ["Truck", "truck", 3]] },
    { SKUs: skus(SKU_A, ["A", 3, 9, 50, 50, 40, 30, 10, 0, 0, 15]) },
    { Sales: sales([[FIRST_SALE, "B", 1], [PLAN_DATE + 5, "A", 1]]), Event: event([["Marketplace", "eBay"]]) },
  ];
  it("gives each a message key whose Chinese names no English template", () => {
    for (const grids of hostile) {
      const r = plan(grids);
      const problems = r.ok ? r.value.warnings : [r.error];
      expect(problems.length).toBeGreaterThan(0);
      for (const e of problems) {
        expect([e.message, e.text?.key !== undefined]).toEqual([e.message, true]);
        expect(errorText(e, "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
});

describe("planFromSheets: an event that has started by the plan date", () => {
  it("stops instead of failing every SKU, naming the Event's Start, the replay and the next edition", () => {
    // PlanDate the day after Black Friday: nothing shipped from it can be sold in the event
    const e = failure({ Event: [["Event", "Black Friday 2026"], ["Start", START], ["End", START + 3], ["PlanDate", START + 1]] });
    expect(bothLanguages(e)).toEqual({
      en: "Event, Start (开始日期): 'Black Friday 2026' starts on 2026-11-27, on or before the plan date 2026-11-28, so nothing shipped from the plan date can be sold in it and there is nothing to plan. To see how a plan made before it would have done against what sold, replay it (peakstock replay, or the task pane's Replay step); to plan the next edition, move Start, End and PlanDate to it",
      zh: "表 Event，Start (开始日期) 列：“Black Friday 2026” 在 2026-11-27 开始，不晚于计划日期 2026-11-28，从计划日期发出的货都赶不上这次活动，没有可规划的内容。想看提前规划在实际销量下的表现，请做复盘（peakstock replay，或任务窗格的“复盘”步骤）；要规划下一次活动，请把开始日期、结束日期和计划日期改成下一次的",
      where: { sheet: "Event", column: "Start (开始日期)" },
    });
  });

  it("names the pane's start field when the event came from the task pane, and still plans one the day before", () => {
    const read = planned({});
    const started = { ...read.policy, planDate: START };
    const r = planFromSheets({ sheetNames: ["Sales", "SKUs"], grids: { Sales: sales(), SKUs: skus() }, policy: started });
    expect(!r.ok && r.error.where).toEqual({ argument: "start" });
    const dayBefore = planFromSheets({ sheetNames: ["Sales", "SKUs"], grids: { Sales: sales(), SKUs: skus() }, policy: { ...read.policy, planDate: START - 1 } });
    expect(dayBefore.ok).toBe(true);
  });
});

describe("planFromSheets: growth asked for on the command line", () => {
  it("replaces the Event sheet's growth", () => {
    expect(planned({ Event: event([["Growth", 1.3]]) }).policy.growth).toBe(1.3);
    const r = planFromSheets({ sheetNames: ["Sales", "SKUs", "Event"], grids: { Sales: sales(), SKUs: skus(), Event: event([["Growth", 1.3]]) }, growth: 2 });
    expect(r.ok && r.value.policy.growth).toBe(2);
  });
});
