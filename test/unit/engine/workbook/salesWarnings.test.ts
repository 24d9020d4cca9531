import { errorText } from "../../../../src/engine/errorText";
import { readSalesSheet } from "../../../../src/engine/workbook/readSalesSheet";
import { salesWarnings } from "../../../../src/engine/workbook/salesWarnings";
import { unwrap } from "../stock/testResult";

const JAN5 = 46027; // hand: 2026-01-05 (dates.test.ts)

describe("salesWarnings", () => {
  it("reports several repeated (date, SKU) groups by their count and the first one's rows", () => {
    const grid = [["Date", "SKU", "Units"], [JAN5, "A", 1], [JAN5, "A", 2], [JAN5 + 1, "B", 1], [JAN5 + 1, "B", 1], [JAN5 + 1, "B", 1]];
    const [w] = salesWarnings(unwrap(readSalesSheet(grid)), "Sales");
    expect(errorText(w, "en")).toBe("Sales: 2 dates repeat a SKU on several rows, whose units were added together; the first is rows 2 and 3 (SKU 'A' on 2026-01-05)");
    expect(errorText(w, "zh-CN")).toBe("表 Sales：有 2 处同一 SKU 同一天出现在多行，已把这些行的销量相加；第一处是第 2 和 3 行（SKU “A”，2026-01-05）");
  });

  it("reports a wide SKU on several rows, and date columns after the plan date", () => {
    const dates = Array.from({ length: 8 }, (_, j) => JAN5 + j);
    const grid = [["SKU", ...dates], ["A", 1, 1, 1, 1, 1, 1, 1, 1], ["B", 2, 2, 2, 2, 2, 2, 2, 2], ["A", 1, 1, 1, 1, 1, 1, 1, 1]];
    const sales = unwrap(readSalesSheet(grid, { lastDay: JAN5 + 6 }));
    expect(salesWarnings(sales, "Sales", JAN5 + 6).map((w) => errorText(w, "en"))).toEqual([
      "Sales: 1 date column after the plan date 2026-01-11 is left out of the history: Sales!I1 (2026-01-12)",
      "Sales: SKU 'A' is on rows 2 and 4; their values were added together",
    ]);
  });

  it("says nothing about a clean sheet", () => {
    expect(salesWarnings(unwrap(readSalesSheet([["Date", "SKU", "Units"], [JAN5, "A", 1], [JAN5 + 1, "A", 2]])), "Sales")).toEqual([]);
  });
});
