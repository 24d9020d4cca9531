import { usedRange } from "../../../src/excel/usedRange";

describe("usedRange", () => {
  it("pads short rows and drops trailing blank rows and columns", () => {
    expect(usedRange([["SKU", "Units", ""], [undefined, 3], [], [null]])).toEqual([["SKU", "Units"], [null, 3]]);
  });

  it("treats undefined, null and empty text as blank, but not zero, false or a space", () => {
    expect(usedRange([[0, false, " ", "", null]])).toEqual([[0, false, " "]]);
  });

  it("fills missing rows of a sparse array and keeps a leading blank area (the grid starts at A1)", () => {
    const rows: unknown[][] = [];
    rows[2] = [null, null, "C3"];
    expect(usedRange(rows)).toEqual([[null, null, null], [null, null, null], [null, null, "C3"]]);
  });

  it("is empty for an empty sheet", () => {
    expect(usedRange([])).toEqual([]);
    expect(usedRange([[null, ""], []])).toEqual([]);
  });
});
