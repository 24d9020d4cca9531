import fc from "fast-check";
import { serialFromYmd } from "../../../../src/engine/dates";
import { EVENT_DEFAULTS, readEventSheet } from "../../../../src/engine/workbook/readEventSheet";
import { errorOf, unwrap, withoutText } from "../stock/testResult";

// hand: 2026-07-08 = 46023 (2026-01-01) + 181 (Jan–Jun) + 7 = 46211; Excel =DATE(2026,7,8) agrees
const JUL8 = 46211;
const MINIMAL = [["Start", "2026-07-08"], ["End", "2026-07-11"], ["PlanDate", "2026-05-08"]];

function policyOf(grid: unknown[][]) {
  return unwrap(readEventSheet(grid)).policy;
}

describe("readEventSheet", () => {
  it("applies every default to a sheet with only the required keys", () => {
    const r = unwrap(readEventSheet(MINIMAL));
    expect(r.warnings).toEqual([]);
    expect(r.policy).toEqual({
      name: "Event", marketplace: "", start: JUL8, end: JUL8 + 3, planDate: JUL8 - 61, pastEventStarts: [],
      receivingDays: 14, safetyDays: 7, serviceLevelByClass: { A: 0.98, B: 0.95, C: 0.9 }, bufferPct: 0, contingencyPct: 0.1,
      alertThreshold: 0.3, growth: 1, coverDaysAfter: 14, storageRateOffPeak: 0.78, storageRatePeak: 2.4, insuranceRate: 0.003,
      safetyStockMethod: "SERVICE",
    }); // hand: 2026-05-08 is 61 days before 07-08 (23 in May + 30 in June + 8); no floor, no buffer, the leftover cost's defaults
    expect(EVENT_DEFAULTS.serviceLevelByClass).toEqual({ A: 0.98, B: 0.95, C: 0.9 });
  });

  it("reads every key in English", () => {
    const p = policyOf([
      ["Key", "Value"],
      ["Event", "Prime Day 2026"], ["Marketplace", "US"], ["Start", JUL8], ["End", "2026/7/11"], ["PlanDate", new Date(Date.UTC(2026, 4, 8))],
      ["PastEventStarts", "2025-07-08, 2024-07-16"], ["ReceivingDays", 21], ["SafetyDays", 5], ["ServiceLevel", "97%"],
      ["BufferPct", "20%"], ["ContingencyPct", 0.12], ["AlertThreshold", "25 %"], ["Growth", 1.2], ["CoverDaysAfter", 30],
      ["CapacityCubicFeet", "1,500"], ["StorageRateOffPeak", 0.87], ["StorageRatePeak", 2.4], ["InsuranceRate", "0.5%"],
      ["SafetyStockMethod", "service"], ["UpliftOverride", 3],
    ]);
    // hand: 2025-07-08 = 45658 + 188 = 45846; 2024-07-16 = 45292 (2024-01-01) + 182 + 15 = 45489
    expect(p).toEqual({
      name: "Prime Day 2026", marketplace: "US", start: JUL8, end: JUL8 + 3, planDate: JUL8 - 61, pastEventStarts: [45489, 45846],
      receivingDays: 21, safetyDays: 5, serviceLevelByClass: { A: 0.97, B: 0.97, C: 0.97 }, bufferPct: 0.2, contingencyPct: 0.12,
      alertThreshold: 0.25, growth: 1.2, coverDaysAfter: 30, capacityCubicFeet: 1500, storageRateOffPeak: 0.87, storageRatePeak: 2.4,
      insuranceRate: 0.005, safetyStockMethod: "SERVICE", upliftOverride: 3,
    });
  });

  it("reads Chinese keys and skips a Chinese header row without a warning", () => {
    const { policy: p, warnings } = unwrap(readEventSheet([
      ["项目", "值"], ["活动", "618"], ["站点", "JD"], ["开始日期", "2026年6月1日"], ["结束日期", "2026-06-18"], ["计划日期", "2026/4/1"],
      ["往年开始日期", "2025-06-01；2024-06-01"], ["入仓天数", 10], ["机动库存比例", "10%"], ["A类服务水平", 0.99], ["安全库存方法", "经验公式"],
    ]));
    expect(warnings).toEqual([]);
    expect(p).toMatchObject({
      name: "618", marketplace: "JD", start: serialFromYmd(2026, 6, 1), end: serialFromYmd(2026, 6, 18), planDate: serialFromYmd(2026, 4, 1),
      pastEventStarts: [serialFromYmd(2024, 6, 1), serialFromYmd(2025, 6, 1)], receivingDays: 10, bufferPct: 0.1,
      serviceLevelByClass: { A: 0.99, B: 0.95, C: 0.9 }, safetyStockMethod: "MAXAVG",
    });
  });

  it("accepts key variants: spaces, snake case, units in brackets", () => {
    const p = policyOf([...MINIMAL, ["receiving_days", 9], ["Buffer (%)", 0.2], ["Storage rate peak (USD/ft³)", 3], ["service level B", 0.9]]);
    expect(p).toMatchObject({ receivingDays: 9, bufferPct: 0.2, storageRatePeak: 3, serviceLevelByClass: { A: 0.98, B: 0.9, C: 0.9 } });
  });

  it("reads the optional service-level floor per class and the leftover cost's settings", () => {
    const p = policyOf([...MINIMAL, ["ServiceLevelFloor", "90%"], ["ServiceLevelFloorA", 0.95], ["LeftoverHoldDays", 60], ["LeftoverMarkdownPct", "25%"]]);
    expect(p).toMatchObject({ serviceLevelFloorByClass: { A: 0.95, B: 0.9, C: 0.9 }, leftoverHoldDays: 60, leftoverMarkdownShare: 0.25 });
    // only class A, in Chinese
    const zh = policyOf([...MINIMAL, ["A类服务水平下限", 0.95], ["剩货消化天数", 45]]);
    expect(zh).toMatchObject({ serviceLevelFloorByClass: { A: 0.95 }, leftoverHoldDays: 45 });
    expect(zh.serviceLevelFloorByClass).toEqual({ A: 0.95 });
    expect(errorOf(readEventSheet([...MINIMAL, ["ServiceLevelFloor", 1]])).code).toBe("OUT_OF_RANGE");
  });

  it("lets ServiceLevelA/B/C override a single ServiceLevel", () => {
    const p = policyOf([...MINIMAL, ["ServiceLevelC", 0.8], ["ServiceLevel", 0.96]]);
    expect(p.serviceLevelByClass).toEqual({ A: 0.96, B: 0.96, C: 0.8 });
  });

  it("reads past starts separated by commas, semicolons and line breaks, and one per following row", () => {
    const p = policyOf([
      ["Start", "2026-07-08"],
      ["PastEventStarts", "2023-07-11\n2022-07-12; 2021-06-21"],
      ["", "2024-07-16"],
      [null, 45846], // 2025-07-08
      ["End", "2026-07-11"],
      ["PlanDate", "2026-05-08"],
    ]);
    expect(p.pastEventStarts).toEqual([
      serialFromYmd(2021, 6, 21), serialFromYmd(2022, 7, 12), serialFromYmd(2023, 7, 11), serialFromYmd(2024, 7, 16), 45846,
    ]);
    expect(policyOf([...MINIMAL, ["PastEventStarts", ""], ["", "2025-07-08"], ["", "2025-07-08"]]).pastEventStarts).toEqual([45846]);
  });

  it("collects unknown keys and values without a key as warnings", () => {
    const r = unwrap(readEventSheet([...MINIMAL, ["Colour", "blue"], [], ["", "orphan"], ["Key", "Value"]]));
    expect(r.warnings.map(withoutText)).toEqual([
      { code: "OUT_OF_RANGE", message: "Event row 4: 'Colour' is not a known key; it is ignored", where: { sheet: "Event", row: 4 } },
      { code: "OUT_OF_RANGE", message: "Event row 6: the value 'orphan' has no key; it is ignored", where: { sheet: "Event", row: 6 } },
      { code: "OUT_OF_RANGE", message: "Event row 7: 'Key' is not a known key; it is ignored", where: { sheet: "Event", row: 7 } },
    ]);
    expect(r.policy.start).toBe(JUL8);
  });

  it("reports an end before the start", () => {
    expect(errorOf(readEventSheet([["Start", "2026-07-08"], ["End", "2026-07-07"], ["PlanDate", "2026-05-08"]]))).toEqual({
      code: "INCONSISTENT_INPUT",
      message: "Event row 2, End: 2026-07-07 is before Start (2026-07-08)",
      where: { sheet: "Event", row: 2, column: "End" },
    });
  });

  it("reads a plan date after the end as written (planning refuses a started event), and reports a past start not before the start", () => {
    const past = readEventSheet([["Start", "2026-07-08"], ["End", "2026-07-11"], ["PlanDate", "2026-07-12"]]);
    if (!past.ok) throw new Error(past.error.message);
    expect(past.value.policy.planDate - past.value.policy.end).toBe(1); // 2026-07-12 − 2026-07-11
    expect(errorOf(readEventSheet([...MINIMAL, ["PastEventStarts", "2025-07-08, 2026-07-08"]]))).toMatchObject({
      code: "INCONSISTENT_INPUT", message: "Event row 4, PastEventStarts: 2026-07-08 is not before this event's Start (2026-07-08)",
    });
  });

  it("reports missing required keys in both languages", () => {
    expect(errorOf(readEventSheet([["Start", "2026-07-08"]]))).toEqual({
      code: "MISSING_COLUMN", message: "Event: the keys End (结束日期), PlanDate (计划日期) are missing", where: { sheet: "Event" },
    });
    expect(errorOf(readEventSheet([["开始日期", "2026-07-08"], ["结束日期", "2026-07-09"]], { sheet: "活动" })).message).toBe(
      "活动: the key PlanDate (计划日期) is missing",
    );
  });

  it("reports a key given twice, naming both rows", () => {
    expect(errorOf(readEventSheet([...MINIMAL, ["开始日期", "2026-07-09"]]))).toEqual({
      code: "DUPLICATE_KEY", message: "Event rows 1 and 4 both set Start (开始日期); keep one", where: { sheet: "Event", row: 4 },
    });
  });

  it("reports each kind of bad value with the exact message", () => {
    const bad = (key: string, value: unknown) => errorOf(readEventSheet([...MINIMAL, [key, value]]));
    expect(bad("BufferPct", 15)).toMatchObject({ code: "OUT_OF_RANGE", message: "Event row 4, BufferPct: 15 is read as 1,500 %, above the 100 % allowed; write 15 % as 0.15 or 15%" });
    expect(bad("BufferPct", "lots")).toMatchObject({ code: "NOT_A_NUMBER", message: "Event row 4, BufferPct: 'lots' is not a number" });
    expect(bad("ServiceLevel", 1)).toMatchObject({ code: "OUT_OF_RANGE", message: "Event row 4, ServiceLevel: 1 must be between 0 and 1 (e.g. 0.95)" });
    expect(bad("ServiceLevelA", 98)).toMatchObject({ code: "OUT_OF_RANGE", message: "Event row 4, ServiceLevelA: 98 is read as 9,800 %, above the 100 % allowed; write 98 % as 0.98 or 98%" });
    expect(bad("ReceivingDays", 2.5)).toMatchObject({ code: "OUT_OF_RANGE", message: "Event row 4, ReceivingDays: 2.5 is not a whole number" });
    expect(bad("SafetyDays", -1)).toMatchObject({ code: "NEGATIVE_VALUE", message: "Event row 4, SafetyDays: -1 is negative" });
    expect(bad("Growth", 0)).toMatchObject({ code: "OUT_OF_RANGE", message: "Event row 4, Growth: must be more than 0 (got 0)" });
    expect(bad("CapacityCubicFeet", { error: "#VALUE!" })).toMatchObject({ code: "NOT_A_NUMBER", message: "Event row 4, CapacityCubicFeet: the cell holds the Excel error #VALUE!" });
    expect(bad("SafetyStockMethod", "guess")).toMatchObject({ code: "OUT_OF_RANGE", message: "Event row 4, SafetyStockMethod: 'guess' is not a safety-stock method (MAXAVG or SERVICE)" });
    expect(bad("PastEventStarts", "2025-07-08, last year")).toMatchObject({
      code: "BAD_DATE", message: "Event row 4, PastEventStarts: 'last year' is not a date (use yyyy-mm-dd, yyyy/m/d or an Excel date)",
    });
    expect(errorOf(readEventSheet([["Start", ""], ["End", "2026-07-11"], ["PlanDate", "2026-05-08"]]))).toMatchObject({
      code: "MISSING_VALUE", message: "Event row 1, Start: the cell is blank",
    });
    expect(errorOf(readEventSheet([["Start", "#N/A"], ["End", "2026-07-11"], ["PlanDate", "2026-05-08"]]))).toMatchObject({
      code: "BAD_DATE", message: "Event row 1, Start: the cell holds the Excel error #N/A",
    });
  });

  it("reads d/m/yyyy dates in one order for the whole sheet", () => {
    // 13/7/2026 settles day/month for 8/7/2026 and 8/5/2026
    const p = policyOf([["Start", "8/7/2026"], ["End", "13/7/2026"], ["PlanDate", "8/5/2026"]]);
    expect([p.start, p.end, p.planDate]).toEqual([JUL8, JUL8 + 5, JUL8 - 61]);
    expect(errorOf(readEventSheet([["Start", "8/7/2026"], ["End", "9/7/2026"], ["PlanDate", "8/5/2026"]])).code).toBe("AMBIGUOUS_DATE");
    expect(unwrap(readEventSheet([["Start", "7/8/2026"], ["End", "7/9/2026"], ["PlanDate", "5/8/2026"]], { dayOrder: "MDY" })).policy.start).toBe(JUL8);
  });

  it("reads back any percentage in (0, 100 %] given as text or fraction (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 99 }), (buffer, level) => {
        const p = policyOf([...MINIMAL, ["BufferPct", `${buffer}%`], ["ServiceLevel", level / 100]]);
        expect(p.bufferPct).toBeCloseTo(buffer / 100, 12);
        expect(p.serviceLevelByClass).toEqual({ A: level / 100, B: level / 100, C: level / 100 });
      }),
    );
  });

  it("reads a capacity per destination, and the overage and 3PL costs", () => {
    const policy = policyOf([...MINIMAL, ["库容立方英尺", "3000; Amazon US: 5,000；Amazon DE：2000"], ["OverageFeePerCubicFoot", 9.06], ["海外仓中转费", "4.5"]]);
    expect(policy).toMatchObject({ capacityCubicFeet: 3000, capacityByDestination: { "Amazon US": 5000, "Amazon DE": 2000 }, overageFeePerCubicFoot: 9.06, threePlCostPerCubicFoot: 4.5 });
    const one = policyOf([...MINIMAL, ["CapacityCubicFeet", "Amazon DE: 800"]]);
    expect(one.capacityCubicFeet).toBeUndefined();
    expect(one.capacityByDestination).toEqual({ "Amazon DE": 800 });
    expect(policyOf(MINIMAL).capacityByDestination).toBeUndefined();
  });

  it("reads the purchase orders' deposit share as a fraction or a percentage, under DepositPct or 定金比例, and leaves it out when not given", () => {
    expect(policyOf([...MINIMAL, ["DepositPct", 0.4]]).depositPct).toBe(0.4);
    expect(policyOf([...MINIMAL, ["定金比例", "50%"]]).depositPct).toBe(0.5);
    expect(policyOf(MINIMAL).depositPct).toBeUndefined();
    expect(errorOf(readEventSheet([...MINIMAL, ["DepositPct", 30]])).message).toMatch(/DepositPct: 30 is read as 3,?000 %/);
  });

  it("names the destination whose capacity it cannot read", () => {
    const bad = (value: unknown) => errorOf(readEventSheet([...MINIMAL, ["CapacityCubicFeet", value]]));
    expect(bad("Amazon US: lots")).toMatchObject({ code: "NOT_A_NUMBER", message: "Event row 4, CapacityCubicFeet, Amazon US: 'lots' is not a number" });
    expect(bad("Amazon US: 0")).toMatchObject({ code: "OUT_OF_RANGE", message: "Event row 4, CapacityCubicFeet, Amazon US: must be more than 0 (got 0)" });
    expect(bad("Amazon US: 10; amazon us: 20")).toMatchObject({ code: "DUPLICATE_KEY", message: "Event row 4, CapacityCubicFeet: 'amazon us' is given twice; keep one" });
    expect(bad(0)).toMatchObject({ code: "OUT_OF_RANGE", message: "Event row 4, CapacityCubicFeet: must be more than 0 (got 0)" });
  });
});
