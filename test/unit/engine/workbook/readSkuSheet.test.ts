import fc from "fast-check";
import { DEFAULT_PRICE_TO_COST, SKU_DEFAULTS, readSkuSheet } from "../../../../src/engine/workbook/readSkuSheet";
import { errorOf, unwrap, withoutText } from "../stock/testResult";

// hand: Excel =DATE(2026,1,5) → 46027 (2025-01-01 = 45658, + 365 + 4)
const JAN5 = 46027;

const FULL_EN = [
  "SKU", "Name", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg",
  "DutyRate", "OnHand", "InTransit", "InTransitArrival", "SupplierLeadDays", "MOQ", "Sensitive", "Marketplace", "Supplier",
];
const FULL_ZH = [
  "SKU", "品名", "单位成本", "售价", "每箱数量", "箱长", "箱宽", "箱高", "箱重",
  "关税税率", "库存", "在途", "在途到货日期", "生产周期", "最小起订量", "敏感货", "站点", "供应商",
];
const ROW = ["LAMP-01", "Desk lamp", 6.5, 29.99, 24, 60, 40, 35, 12.5, "7.5%", 120, 48, "2026-01-05", 25, 500, "是", "US", "Ningbo Light"];
const LAMP = {
  sku: "LAMP-01", name: "Desk lamp", unitCost: 6.5, price: 29.99, unitsPerCarton: 24, cartonLengthCm: 60, cartonWidthCm: 40,
  cartonHeightCm: 35, cartonWeightKg: 12.5, dutyRate: 0.075, onHand: 120, inTransit: 48, inTransitArrival: JAN5,
  supplierLeadDays: 25, moq: 500, sensitive: true, marketplace: "US", supplier: "Ningbo Light",
};

function issuesOf(grid: unknown[][]) {
  return unwrap(readSkuSheet(grid)).issues;
}

describe("readSkuSheet", () => {
  it("reads every column from English headers", () => {
    const r = unwrap(readSkuSheet([FULL_EN, ROW]));
    expect(r.skus).toHaveLength(1);
    expect(r.skus[0]).toEqual(LAMP);
    expect(r.skus[0].dutyRate).toBeCloseTo(0.075, 12);
    expect(r.issues).toEqual([]);
  });

  it("reads the same from Chinese headers in another order", () => {
    const order = [3, 0, 17, 9, 1, 2, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16];
    const r = unwrap(readSkuSheet([order.map((j) => FULL_ZH[j]), order.map((j) => ROW[j])], { sheet: "产品" }));
    expect(r.skus).toEqual([LAMP]);
  });

  it("reads a backup supplier and an FNSKU, under English or Chinese headers, and leaves them out when blank", () => {
    const r = unwrap(readSkuSheet([["SKU", "Supplier", "BackupSupplier", "FNSKU"], ["A", "Meichu", "Yangjiang", "X00ABC1234"], ["B", "Aoli", "", null]]));
    expect(r.skus.map((s) => [s.sku, s.supplier, s.backupSupplier, s.fnsku])).toEqual([["A", "Meichu", "Yangjiang", "X00ABC1234"], ["B", "Aoli", undefined, undefined]]);
    const zh = unwrap(readSkuSheet([["SKU", "供应商", "备用供应商", "亚马逊条码"], ["A", "美厨", "阳江", "X00ABC1234"]], { sheet: "产品" }));
    expect(zh.skus[0]).toMatchObject({ supplier: "美厨", backupSupplier: "阳江", fnsku: "X00ABC1234" });
  });

  it("accepts header variants: units in brackets, snake case, aliases", () => {
    const r = unwrap(readSkuSheet([
      ["Seller SKU", "Unit cost (USD)", "units_per_carton", "Carton weight (kg)", "Duty rate (%)"],
      ["A", "2.50", "12", 8, 0.1],
    ]));
    expect(r.skus[0]).toMatchObject({ sku: "A", unitCost: 2.5, unitsPerCarton: 12, cartonWeightKg: 8, dutyRate: 0.1 });
  });

  it("applies the documented defaults to blank and missing optional columns", () => {
    const r = unwrap(readSkuSheet([["SKU", "UnitCost", "Price", "Sensitive", "Name"], ["A", 4, "", null, ""], [1001]]));
    // hand: blank Price = 4 × 3 = 12; SKU 1001 has no cost, so 0 × 3 = 0
    expect(DEFAULT_PRICE_TO_COST).toBe(3);
    expect(r.skus).toEqual([
      {
        sku: "A", unitCost: 4, price: 12, unitsPerCarton: 1, cartonLengthCm: 0, cartonWidthCm: 0, cartonHeightCm: 0,
        cartonWeightKg: 0, dutyRate: 0, onHand: 0, inTransit: 0, supplierLeadDays: 0, moq: 0, sensitive: false,
      },
      { ...SKU_DEFAULTS, sku: "1001", price: 0 },
    ]);
  });

  it("reads a price written as 0 as 0, not as the default", () => {
    expect(unwrap(readSkuSheet([["SKU", "UnitCost", "Price"], ["A", 4, 0]])).skus[0].price).toBe(0);
  });

  it("leaves a row with a bad cell out, with the exact message, and keeps the rest", () => {
    const grid: unknown[][] = [
      ["SKU", "UnitCost", "UnitsPerCarton", "OnHand", "DutyRate", "Sensitive", "InTransitArrival", "MOQ"],
      ["OK-1", 1, 10, 0, 0, "no", "", 0], // row 2
      ["B-1", "1,2", 10], // row 3: comma decimals are refused
      ["", 3, 10], // row 4
      ["B-2", "abc"], // row 5
      ["B-3", 1, 0], // row 6
      ["B-4", 1, 2.5], // row 7
      ["B-5", 1, 1, -4], // row 8
      ["B-6", { error: "#N/A" }], // row 9
      ["B-7", 1, 1, 0, 7.5], // row 10
      ["B-8", 1, 1, 0, 0, "maybe"], // row 11
      ["B-9", 1, 1, 0, 0, "", "2026-02-30"], // row 12
      ["B-10", 1, 1, 0, 0, "", "", 99.5], // row 13
      ["#REF!", 1], // row 14
      ["OK-2", 2], // row 15
    ];
    const r = unwrap(readSkuSheet(grid));
    expect(r.skus.map((s) => s.sku)).toEqual(["OK-1", "OK-2"]);
    expect(r.issues.map((e) => [e.code, e.message])).toEqual([
      ["NOT_A_NUMBER", "SKUs row 3, UnitCost: '1,2' is not a number"],
      ["MISSING_VALUE", "SKUs row 4, SKU: the cell is blank"],
      ["NOT_A_NUMBER", "SKUs row 5, UnitCost: 'abc' is not a number"],
      ["OUT_OF_RANGE", "SKUs row 6, UnitsPerCarton: 0 units per carton; write how many units one carton holds (at least 1)"],
      ["OUT_OF_RANGE", "SKUs row 7, UnitsPerCarton: 2.5 is not a whole number"],
      ["NEGATIVE_VALUE", "SKUs row 8, OnHand: -4 is negative"],
      ["NOT_A_NUMBER", "SKUs row 9, UnitCost: the cell holds the Excel error #N/A"],
      ["OUT_OF_RANGE", "SKUs row 10, DutyRate: 7.5 is read as 750 %, above the 300 % allowed; write 7.5 % as 0.075 or 7.5%"],
      ["OUT_OF_RANGE", "SKUs row 11, Sensitive: 'maybe' is not yes or no (write TRUE/FALSE, yes/no, Y/N, 是/否 or 1/0)"],
      ["BAD_DATE", "SKUs row 12, InTransitArrival: '2026-02-30' is not a real date"],
      ["OUT_OF_RANGE", "SKUs row 13, MOQ: 99.5 is not a whole number"],
      ["MISSING_VALUE", "SKUs row 14, SKU: the cell holds the Excel error #REF!"],
    ]);
    expect(r.issues[2].where).toEqual({ sheet: "SKUs", row: 5, column: "UnitCost", sku: "B-2" });
  });

  it("names the column as the sheet writes it", () => {
    expect(issuesOf([["SKU", "Unit cost (USD)"], ["A", "abc"], ["B", 1]])[0].message).toBe("SKUs row 2, Unit cost (USD): 'abc' is not a number");
    expect(unwrap(readSkuSheet([["SKU", "单位成本"], ["A", "abc"], ["B", 1]], { sheet: "产品" })).issues[0].message).toBe("产品 row 2, 单位成本: 'abc' is not a number");
  });

  it("stops with the first row's error when no SKU row is usable (a column written wrong throughout)", () => {
    // hand: every DutyRate typed as a percentage without its sign → every row left out → nothing to plan
    expect(errorOf(readSkuSheet([["SKU", "DutyRate"], ["A", 25], ["B", 50]]))).toEqual({
      code: "OUT_OF_RANGE",
      message: "SKUs row 2, DutyRate: 25 is read as 2,500 %, above the 300 % allowed; write 25 % as 0.25 or 25%",
      where: { sheet: "SKUs", row: 2, column: "DutyRate", sku: "A" },
    });
  });

  it("keeps the first of two rows with the same SKU and names both rows", () => {
    const r = unwrap(readSkuSheet([["SKU", "UnitCost"], ["A", 1], ["B", 2], [" A ", 3]]));
    expect(r.skus.map((s) => [s.sku, s.unitCost])).toEqual([["A", 1], ["B", 2]]);
    expect(r.issues.map(withoutText)).toEqual([{
      code: "DUPLICATE_KEY",
      message: "SKUs row 4, SKU: 'A' is already in row 2; row 4 is left out",
      where: { sheet: "SKUs", row: 4, column: "SKU", sku: "A" },
    }]);
  });

  it("skips blank rows and counts them", () => {
    const r = unwrap(readSkuSheet([["SKU"], [], ["A"], [null, ""], ["B"]]));
    expect({ skus: r.skus.map((s) => s.sku), blankRows: r.blankRows }).toEqual({ skus: ["A", "B"], blankRows: 2 });
  });

  it("reports a missing SKU column in both languages", () => {
    expect(errorOf(readSkuSheet([["Name", "UnitCost"], ["Lamp", 1]]))).toMatchObject({
      code: "MISSING_COLUMN",
      message: "SKUs: required column SKU not found in the header row",
    });
  });

  it("reports a sheet with a header and no rows", () => {
    expect(errorOf(readSkuSheet([["SKU", "UnitCost"], []]))).toEqual({
      code: "EMPTY_SERIES", message: "SKUs: no SKU rows below the header (row 1)", where: { sheet: "SKUs" },
    });
  });

  it("reads d/m/yyyy arrival dates in one order for the column", () => {
    const r = unwrap(readSkuSheet([["SKU", "InTransitArrival"], ["A", "13/1/2026"], ["B", "5/1/2026"], ["C", JAN5 + 1]]));
    expect(r.skus.map((s) => s.inTransitArrival)).toEqual([JAN5 + 8, JAN5, JAN5 + 1]); // hand: 13 Jan = 5 Jan + 8
    const mixed = errorOf(readSkuSheet([["SKU", "InTransitArrival"], ["A", "13/1/2026"], ["B", "1/13/2026"]]));
    expect(mixed.code).toBe("INCONSISTENT_INPUT");
    expect(unwrap(readSkuSheet([["SKU", "InTransitArrival"], ["A", "3/4/2026"]], { dayOrder: "MDY" })).skus[0].inTransitArrival).toBe(JAN5 + 58); // hand: 5 Jan → 4 Mar = 26 (rest of Jan) + 28 (Feb) + 4 = 58
  });

  it("reads back any valid numbers it is given (property)", () => {
    const count = fc.integer({ min: 0, max: 100000 });
    const money = fc.integer({ min: 0, max: 1_000_000 }).map((c) => c / 100);
    fc.assert(
      fc.property(money, money, fc.integer({ min: 1, max: 500 }), count, count, fc.integer({ min: 0, max: 300 }), (cost, price, perCarton, onHand, moq, pct) => {
        const r = unwrap(readSkuSheet([["SKU", "成本", "Price", "装箱数", "On hand", "MOQ", "Duty (%)"], ["X", cost, price, perCarton, onHand, moq, `${pct}%`]]));
        expect(r.issues).toEqual([]);
        expect(r.skus[0]).toMatchObject({ unitCost: cost, price, unitsPerCarton: perCarton, onHand, moq });
        expect(r.skus[0].dutyRate).toBeCloseTo(pct / 100, 12);
      }),
    );
  });

  it("reads one row per SKU and destination: the first row's master data, every row's stock at its destination", () => {
    const grid = [
      ["SKU", "UnitCost", "OnHand", "InTransit", "InTransitArrival", "目的地"],
      ["MUG", 3, 100, 0, "", "Amazon US"],
      ["MUG", 9, 20, 60, "2026-01-05", "Amazon DE"],
      ["LAMP", 4, 50, 0, "", ""],
      ["MUG", 3, 1, 0, "", "amazon us"],
    ];
    const r = unwrap(readSkuSheet(grid));
    expect(r.skus.map((s) => [s.sku, s.unitCost, s.destination, s.stockAt])).toEqual([
      ["MUG", 3, "Amazon US", [{ destination: "Amazon US", onHand: 100, inTransit: 0 }, { destination: "Amazon DE", onHand: 20, inTransit: 60, inTransitArrival: JAN5 }]],
      ["LAMP", 4, undefined, [{ destination: "", onHand: 50, inTransit: 0 }]],
    ]);
    // the same SKU and destination twice (case ignored) is a repeat
    expect(r.issues.map((i) => i.message)).toEqual(["SKUs row 5, SKU: 'MUG' is already in row 2; row 5 is left out"]);
  });

  it("keeps one record per SKU, without stockAt, when the sheet has no Destination column", () => {
    expect(unwrap(readSkuSheet([["SKU", "OnHand"], ["A", 1]])).skus[0].stockAt).toBeUndefined();
  });
});
