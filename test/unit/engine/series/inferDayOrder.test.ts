import { inferDayOrder } from "../../../../src/engine/series/inferDayOrder";
import { errorOf } from "../stock/testResult";

const at = (texts: string[]) => texts.map((text, i) => ({ text, where: { sheet: "Sales", row: i + 2, column: "Date" } }));

describe("inferDayOrder", () => {
  it("reads day/month when a first part is above 12, month/day when a second part is", () => {
    expect(inferDayOrder(at(["3/4/2026", "13/4/2026"]))).toEqual({ ok: true, value: "DMY" });
    expect(inferDayOrder(at(["3/4/2026", "4/13/2026"]))).toEqual({ ok: true, value: "MDY" });
  });

  it("needs no order for ISO dates or a/a dates, and takes the user's order as given", () => {
    expect(inferDayOrder(at(["2026-01-05", "2026/1/5", "4/4/2026"]))).toEqual({ ok: true, value: null });
    expect(inferDayOrder(at(["13/4/2026"]), "MDY")).toEqual({ ok: true, value: "MDY" });
  });

  it("calls 3/4 without a settling date ambiguous, naming the first such place", () => {
    const r = inferDayOrder(at(["4/4/2026", "3/4/2026", "5/6/2026"]));
    expect(errorOf(r)).toEqual({
      code: "AMBIGUOUS_DATE",
      message: "Sales row 3, Date: '3/4/2026' could be day/month or month/day, and no date in the column settles it; say which order your dates use, or use yyyy-mm-dd",
      where: { sheet: "Sales", row: 3, column: "Date" },
    });
  });

  it("refuses a column with both orders", () => {
    const r = inferDayOrder(at(["13/4/2026", "4/13/2026"]));
    expect(!r.ok && r.error.code).toBe("INCONSISTENT_INPUT");
  });
});
