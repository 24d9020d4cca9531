import fc from "fast-check";
import { LANE_SHEET, SALES_SHEET, SKU_SHEET } from "../../../../src/engine/workbook/headerAliases";
import { bilingualName, headerKeyOf, matchHeaders, normalizeHeader } from "../../../../src/engine/workbook/matchHeaders";
import { errorOf, unwrap } from "../stock/testResult";

describe("normalizeHeader", () => {
  it("ignores case, spaces, _ , - and units in brackets", () => {
    expect(normalizeHeader("Unit cost (USD)")).toBe("unitcost");
    expect(normalizeHeader(" unit_cost ")).toBe("unitcost");
    expect(normalizeHeader("UNIT-COST [usd]")).toBe("unitcost");
    expect(normalizeHeader("UnitCost:")).toBe("unitcost");
    expect(normalizeHeader("Carton length (cm)")).toBe("cartonlength");
  });

  it("reads full-width letters, spaces and Chinese brackets as plain ones", () => {
    expect(normalizeHeader("单位成本（美元）")).toBe("单位成本");
    expect(normalizeHeader("箱重【kg】")).toBe("箱重");
    expect(normalizeHeader("ＵｎｉｔＣｏｓｔ")).toBe("unitcost");
    expect(normalizeHeader("在途\u3000数量")).toBe("在途数量"); // ideographic space
  });

  it("is idempotent (property)", () => {
    fc.assert(fc.property(fc.string(), (s) => expect(normalizeHeader(normalizeHeader(s))).toBe(normalizeHeader(s))));
  });
});

describe("headerKeyOf", () => {
  it("finds a header by key, label or alias in either language", () => {
    expect(headerKeyOf("单位成本", SKU_SHEET)?.key).toBe("UnitCost");
    expect(headerKeyOf("采购成本", SKU_SHEET)?.key).toBe("UnitCost");
    expect(headerKeyOf("Units per carton", SKU_SHEET)?.key).toBe("UnitsPerCarton");
    expect(headerKeyOf("notes", SKU_SHEET)).toBeUndefined();
  });
});

describe("matchHeaders", () => {
  it("maps English headers to their columns and ignores the seller's own columns", () => {
    expect(unwrap(matchHeaders(["SKU", "Notes", "UnitCost", "Price"], SKU_SHEET))).toEqual({ SKU: 0, UnitCost: 2, Price: 3 });
  });

  it("maps Chinese headers", () => {
    expect(unwrap(matchHeaders(["销量", "日期", "SKU", "站点", "销售额", "库存"], SALES_SHEET))).toEqual({
      Units: 0, Date: 1, SKU: 2, Marketplace: 3, Revenue: 4, OnHand: 5,
    });
    expect(unwrap(matchHeaders(["渠道", "运输方式", "时效天数", "最长时效天数", "每公斤运费"], LANE_SHEET))).toEqual({
      Lane: 0, Mode: 1, TransitDays: 2, TransitDaysWorst: 3, RatePerKg: 4,
    });
  });

  it("accepts header variants: units in brackets, snake case, other spellings", () => {
    expect(unwrap(matchHeaders(["sku", "Unit cost (USD)", "units_per_carton", "Carton length (cm)", "DUTY RATE"], SKU_SHEET))).toEqual({
      SKU: 0, UnitCost: 1, UnitsPerCarton: 2, CartonLengthCm: 3, DutyRate: 4,
    });
    expect(unwrap(matchHeaders(["货号", "unit_cost"], SKU_SHEET))).toEqual({ SKU: 0, UnitCost: 1 });
    expect(unwrap(matchHeaders(["商品编码", "单位成本（美元）"], SKU_SHEET))).toEqual({ SKU: 0, UnitCost: 1 });
  });

  it("unwraps exceljs header cells and skips blank and non-text cells", () => {
    expect(unwrap(matchHeaders([null, 2026, { richText: [{ text: "S" }, { text: "KU" }] }, "", { formula: "\"MOQ\"", result: "MOQ" }], SKU_SHEET))).toEqual({
      SKU: 2, MOQ: 4,
    });
  });

  it("reports a missing required column by name in both languages", () => {
    const e = errorOf(matchHeaders(["Date", "SKU", "Qty?"], SALES_SHEET, "My sales"));
    expect(e).toEqual({
      code: "MISSING_COLUMN",
      message: "My sales: required column Units (销量) not found in the header row",
      where: { sheet: "My sales", column: "Units" },
    });
  });

  it("lists every missing required column", () => {
    expect(errorOf(matchHeaders(["Lane"], LANE_SHEET)).message).toBe(
      "Lanes: required columns Mode (运输方式), TransitDays (时效天数) not found in the header row",
    );
    expect(errorOf(matchHeaders([], SKU_SHEET)).message).toBe("SKUs: required column SKU not found in the header row");
  });

  it("reports a header matched twice, naming both columns by letter", () => {
    const e = errorOf(matchHeaders(["SKU", "UnitCost", "单位成本"], SKU_SHEET));
    expect(e).toEqual({
      code: "DUPLICATE_KEY",
      message: "SKUs: columns B ('UnitCost') and C ('单位成本') are both UnitCost (单位成本); keep one",
      where: { sheet: "SKUs", column: "C" },
    });
  });

  it("counts column letters from the grid's first sheet column", () => {
    // hand: firstColumn 26 is AA, so indexes 0 and 2 are AA and AC
    const e = errorOf(matchHeaders(["SKU", "x", "sku "], SKU_SHEET, "SKUs", 26));
    expect(e.message).toBe("SKUs: columns AA ('SKU') and AC ('sku') are both SKU; keep one");
  });

  it("names a header once when both labels agree", () => {
    expect(bilingualName({ key: "SKU", en: "SKU", zh: "SKU" })).toBe("SKU");
    expect(bilingualName({ key: "MOQ", en: "MOQ", zh: "最小起订量" })).toBe("MOQ (最小起订量)");
  });

  it("finds every header wherever it stands (property)", () => {
    const labels = SKU_SHEET.headers.map((h) => h.en);
    fc.assert(
      fc.property(fc.shuffledSubarray(labels, { minLength: 1 }), fc.boolean(), (picked, zh) => {
        const row = ["SKU", ...picked.filter((l) => l !== "SKU")].map((l) => (zh ? (SKU_SHEET.headers.find((h) => h.en === l)?.zh as string) : l));
        const cols = unwrap(matchHeaders(row, SKU_SHEET)) as Record<string, number>;
        expect(Object.keys(cols)).toHaveLength(row.length);
        row.forEach((label, j) => expect(cols[headerKeyOf(label, SKU_SHEET)?.key as string]).toBe(j));
      }),
    );
  });
});
