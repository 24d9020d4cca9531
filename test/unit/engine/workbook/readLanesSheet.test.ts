import { DEFAULT_VOLUMETRIC_DIVISOR, readLanesSheet } from "../../../../src/engine/workbook/readLanesSheet";
import { errorOf, unwrap } from "../stock/testResult";

const HEADER_EN = ["Lane", "Mode", "TransitDays", "TransitDaysWorst", "HandlingDays", "RatePerKg", "RatePerCbm", "MinCharge", "VolumetricDivisor", "AllowsSensitive", "HarborFee"];
const HEADER_ZH = ["渠道", "运输方式", "时效天数", "最长时效天数", "操作天数", "每公斤运费", "每立方运费", "最低收费", "材积除数", "可运敏感货", "港口维护费"];
// DESIGN.md §2: sea FCL to US West 20–30 days port to port (+10–25 door); air 5–10 door to door at $3.5–6.2/kg
const SEA = ["Sea FCL → US West", "海运", 30, 45, 7, 0, 120, 300, "", "是", "yes"];
const AIR = ["Air", "air", 7, 10, 2, 5.5, "", 100, 6000, "N", ""];

describe("readLanesSheet", () => {
  it("reads every column from English headers", () => {
    expect(unwrap(readLanesSheet([HEADER_EN, SEA, AIR]))).toEqual([
      {
        name: "Sea FCL → US West", mode: "sea", transitDays: 30, transitDaysWorst: 45, handlingDays: 7, ratePerKg: 0, ratePerCbm: 120,
        minCharge: 300, volumetricDivisor: 1000, allowsSensitive: true, harborFee: true,
      },
      { name: "Air", mode: "air", transitDays: 7, transitDaysWorst: 10, handlingDays: 2, ratePerKg: 5.5, ratePerCbm: 0, minCharge: 100, volumetricDivisor: 6000, allowsSensitive: false },
    ]);
  });

  it("reads the same from Chinese headers", () => {
    expect(unwrap(readLanesSheet([HEADER_ZH, SEA, AIR], { sheet: "物流渠道" }))).toEqual(unwrap(readLanesSheet([HEADER_EN, SEA, AIR])));
  });

  it("accepts header variants", () => {
    const lanes = unwrap(readLanesSheet([["lane_name", "Transport mode", "Transit days (typical)", "Max transit days", "Rate (USD/kg)"], ["X", "express", 3, 5, 8]]));
    expect(lanes[0]).toMatchObject({ name: "X", mode: "express", transitDays: 3, transitDaysWorst: 5 });
    // "Rate (USD/kg)" normalises to "rate", which is no header: the column is ignored
    expect(lanes[0].ratePerKg).toBe(0);
  });

  it("defaults the worst case to the typical transit and the divisor by mode", () => {
    const lanes = unwrap(readLanesSheet([["Lane", "Mode", "TransitDays"], ["S", "sea", 35], ["F", "fast boat", 12], ["R", "铁路", 20], ["A", "空运", 6], ["E", "快递", 4]]));
    expect(lanes.map((l) => [l.mode, l.transitDaysWorst, l.volumetricDivisor, l.handlingDays, l.allowsSensitive, "harborFee" in l])).toEqual([
      ["sea", 35, 1000, 0, false, false],
      ["fast-sea", 12, 1000, 0, false, false],
      ["rail", 20, 1000, 0, false, false],
      ["air", 6, 6000, 0, false, false],
      ["express", 4, 5000, 0, false, false],
    ]);
    expect(DEFAULT_VOLUMETRIC_DIVISOR).toEqual({ sea: 1000, "fast-sea": 1000, rail: 1000, air: 6000, express: 5000 });
  });

  it("reports a worst case below the typical transit", () => {
    expect(errorOf(readLanesSheet([HEADER_EN, SEA, ["Slow", "sea", 30, 25]]))).toEqual({
      code: "INCONSISTENT_INPUT",
      message: "Lanes row 3, TransitDaysWorst: 25 is less than TransitDays (30)",
      where: { sheet: "Lanes", row: 3, column: "TransitDaysWorst" },
    });
    expect(errorOf(readLanesSheet([HEADER_ZH, ["慢船", "海运", 30, 25]])).message).toBe("Lanes row 2, 最长时效天数: 25 is less than 时效天数 (30)");
  });

  it("reports two lanes with the same name, naming both rows", () => {
    expect(errorOf(readLanesSheet([HEADER_EN, AIR, SEA, ["air ", "express", 3]]))).toEqual({
      code: "DUPLICATE_KEY",
      message: "Lanes row 4, Lane: 'air' is already in row 2; lane names must be unique",
      where: { sheet: "Lanes", row: 4, column: "Lane" },
    });
  });

  it("reports each kind of bad cell with the exact message", () => {
    const bad = (row: unknown[]) => errorOf(readLanesSheet([HEADER_EN, row]));
    expect(bad(["T", "truck", 3])).toMatchObject({ code: "OUT_OF_RANGE", message: "Lanes row 2, Mode: 'truck' is not a lane mode (sea, fast sea, rail, air, express; 海运, 快船, 铁路, 空运, 快递)" });
    expect(bad(["T", "air", ""])).toMatchObject({ code: "MISSING_VALUE", message: "Lanes row 2, TransitDays: the cell is blank" });
    expect(bad(["T", "air", "a week"])).toMatchObject({ code: "NOT_A_NUMBER", message: "Lanes row 2, TransitDays: 'a week' is not a number" });
    expect(bad(["T", "air", 6.5])).toMatchObject({ code: "OUT_OF_RANGE", message: "Lanes row 2, TransitDays: 6.5 is not a whole number" });
    expect(bad(["T", "air", 6, 8, -1])).toMatchObject({ code: "NEGATIVE_VALUE", message: "Lanes row 2, HandlingDays: -1 is negative" });
    expect(bad(["T", "air", 6, 8, 1, { error: "#N/A" }])).toMatchObject({ code: "NOT_A_NUMBER", message: "Lanes row 2, RatePerKg: the cell holds the Excel error #N/A" });
    expect(bad(["T", "air", 6, 8, 1, 5, 0, 0, 0])).toMatchObject({ code: "OUT_OF_RANGE", message: "Lanes row 2, VolumetricDivisor: must be more than 0 (got 0)" });
    expect(bad(["T", "air", 6, 8, 1, 5, 0, 0, 6000, "sometimes"])).toMatchObject({
      code: "OUT_OF_RANGE", message: "Lanes row 2, AllowsSensitive: 'sometimes' is not yes or no (write TRUE/FALSE, yes/no, Y/N, 是/否 or 1/0)",
    });
    expect(bad(["", "air", 6])).toMatchObject({ code: "MISSING_VALUE", message: "Lanes row 2, Lane: the cell is blank" });
  });

  it("reports missing required columns in both languages", () => {
    expect(errorOf(readLanesSheet([["Lane", "RatePerKg"], ["Air", 5]]))).toMatchObject({
      code: "MISSING_COLUMN", message: "Lanes: required columns Mode (运输方式), TransitDays (时效天数) not found in the header row",
    });
  });

  it("skips blank rows and reports a sheet with no lanes", () => {
    expect(unwrap(readLanesSheet([HEADER_EN, [], AIR, [null]])).map((l) => l.name)).toEqual(["Air"]);
    expect(errorOf(readLanesSheet([HEADER_EN]))).toMatchObject({ code: "EMPTY_SERIES", message: "Lanes: no lane rows below the header (row 1)" });
  });

  it("reads where a lane delivers from Destination or 目的地, and leaves a blank one out", () => {
    const lanes = unwrap(readLanesSheet([["Lane", "Mode", "TransitDays", "目的地"], ["Rail DE", "铁路", 23, " Amazon DE "], ["Air", "air", 5, ""]]));
    expect(lanes.map((l) => [l.name, l.destination])).toEqual([["Rail DE", "Amazon DE"], ["Air", undefined]]);
    expect("destination" in lanes[1]).toBe(false);
    expect(unwrap(readLanesSheet([["Lane", "Mode", "TransitDays", "Ship to"], ["T", "sea", 30, "3PL Los Angeles"]]))[0].destination).toBe("3PL Los Angeles");
  });
});
