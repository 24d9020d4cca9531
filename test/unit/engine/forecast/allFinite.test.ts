import { allFinite, allRowsFinite } from "../../../../src/engine/forecast/allFinite";

describe("allFinite", () => {
  it("is true only when every value is finite", () => {
    expect(allFinite([1, 2.5, 0])).toBe(true);
    expect(allFinite([])).toBe(true);
    expect(allFinite([1, Number.NaN])).toBe(false);
    expect(allFinite(Float64Array.of(3, Number.POSITIVE_INFINITY))).toBe(false);
    expect(allFinite(Float64Array.of(-2, 7))).toBe(true);
  });

  it("checks every row", () => {
    expect(allRowsFinite([[1], [2, 3]])).toBe(true);
    expect(allRowsFinite([[1], [2, Number.NEGATIVE_INFINITY]])).toBe(false);
  });
});
