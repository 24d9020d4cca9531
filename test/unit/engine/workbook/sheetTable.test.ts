import { SKU_SHEET } from "../../../../src/engine/workbook/headerAliases";
import { placeText } from "../../../../src/engine/messages/placeText";
import { cellOf, locationOf, readSheetTable } from "../../../../src/engine/workbook/sheetTable";
import { errorOf, unwrap } from "../stock/testResult";

describe("readSheetTable", () => {
  it("matches the header row and keeps non-blank rows with their sheet rows", () => {
    const t = unwrap(readSheetTable([["SKU", "Unit cost (USD)"], ["A", 2], [], [null, " "], ["B", 3]], SKU_SHEET));
    expect(t.headerRow).toBe(1);
    expect(t.columns).toEqual({ SKU: 0, UnitCost: 1 });
    expect(t.labels).toEqual({ SKU: "SKU", UnitCost: "Unit cost (USD)" });
    expect(t.rows.map((r) => r.row)).toEqual([2, 5]);
    expect(t.blankRows).toBe(2);
    expect(cellOf(t, t.rows[1], "UnitCost")).toBe(3);
    expect(cellOf(t, t.rows[1], "Price")).toBeUndefined();
    expect(placeText(locationOf(t, 5, "UnitCost"), "en")).toBe("SKUs row 5, Unit cost (USD)");
    expect(placeText(locationOf(t, 5, "Price"), "en")).toBe("SKUs row 5, Price");
    expect(placeText(locationOf(t, 5, "UnitCost"), "zh-CN")).toBe("表 SKUs 第 5 行，Unit cost (USD) 列");
    expect(locationOf(t, 5, "UnitCost")).toEqual({ sheet: "SKUs", row: 5, column: "Unit cost (USD)" });
  });

  it("skips title and blank rows above the header and counts rows from firstRow", () => {
    const t = unwrap(readSheetTable([["SKU master 2026"], [], ["Item", "Cost"], ["A", 1]], SKU_SHEET, { sheet: "产品", firstRow: 3 }));
    // hand: grid row 2 is sheet row 3 + 2 = 5; the data row is 6
    expect({ sheet: t.sheet, header: t.headerRow, rows: t.rows.map((r) => r.row) }).toEqual({ sheet: "产品", header: 5, rows: [6] });
  });

  it("reports the first non-blank row's missing columns when no row matches", () => {
    expect(errorOf(readSheetTable([[], ["Product", "Cost"], ["A", 1]], SKU_SHEET))).toEqual({
      code: "MISSING_COLUMN",
      message: "SKUs: required column SKU not found in the header row",
      where: { sheet: "SKUs", column: "SKU", row: 2 },
    });
  });

  it("reports a duplicated header at once", () => {
    expect(errorOf(readSheetTable([["SKU", "Cost", "成本"]], SKU_SHEET)).message).toBe("SKUs: columns B ('Cost') and C ('成本') are both UnitCost (单位成本); keep one");
  });

  it("reports an empty sheet", () => {
    expect(errorOf(readSheetTable([[], [null]], SKU_SHEET))).toEqual({ code: "EMPTY_SERIES", message: "SKUs: the sheet is empty", where: { sheet: "SKUs" } });
  });
});
