import { columnWidth, NUMBER_FORMATS } from "../../../src/excel/columnLayout";

describe("NUMBER_FORMATS", () => {
  it("gives Excel's format per cell format", () => {
    expect(NUMBER_FORMATS).toEqual({ text: "@", integer: "#,##0", decimal: "#,##0.00", currency: "$#,##0.00", date: "yyyy-mm-dd", percent: "0.0%" });
  });
});

describe("columnWidth", () => {
  it("fits the longest value as formatted, plus padding", () => {
    expect(columnWidth("SKU", ["A-1", "LONG-SKU-0001"], "text")).toBe(15); // hand: 13 + 2
    expect(columnWidth("Cost", [-1234567.5], "currency")).toBe(16); // hand: "-$1,234,567.50" = 14 + 2
    expect(columnWidth("Qty", [1234567], "integer")).toBe(11); // hand: "1,234,567" = 9 + 2
    expect(columnWidth("Uplift", [0.153], "percent")).toBe(9); // hand: header 6 + 3 > "15.3%" 5 + 2
    expect(columnWidth("BaseShipBy", [46353], "date")).toBe(13); // hand: header 10 + 3 > "2026-11-27" 10 + 2
  });

  it("counts CJK characters double and the header's filter button", () => {
    expect(columnWidth("单位成本", [12.5], "currency")).toBe(11); // hand: 4 × 2 + 3
  });

  it("stays between 8 and 60", () => {
    expect(columnWidth("A", [null, 1], "integer")).toBe(8);
    expect(columnWidth("Why", ["x".repeat(500)], "text")).toBe(60);
  });
});
