import { dailySeries, type DailySeries } from "../../../../src/engine/series/dailySeries";
import { maskWindows } from "../../../../src/engine/series/maskWindows";

function fiveDays(excluded?: boolean[]): DailySeries {
  const r = dailySeries("A", 46000, [1, 2, 3, 4, 5], excluded);
  if (!r.ok) throw new Error(r.error.message);
  return Object.freeze(r.value);
}

describe("maskWindows", () => {
  it("excludes the days of a window, both ends included", () => {
    const r = maskWindows(fiveDays(), [{ startSerial: 46001, endSerial: 46002 }]);
    expect(r.ok && r.value.excluded).toEqual([false, true, true, false, false]);
    expect(r.ok && r.value.units).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps days already excluded, clips windows to the series and floors time fractions", () => {
    const s = fiveDays([true, false, false, false, false]);
    const r = maskWindows(s, [
      { startSerial: 45990, endSerial: 45995 }, // wholly before: nothing
      { startSerial: 46003.6, endSerial: 46100 }, // from day 3 on, past the end
    ]);
    expect(r.ok && r.value.excluded).toEqual([true, false, false, true, true]);
    expect(s.excluded).toEqual([true, false, false, false, false]); // input untouched
  });

  it("refuses a window that ends before it starts, or is not a date", () => {
    expect(maskWindows(fiveDays(), [{ startSerial: 46001, endSerial: 46001 }, { startSerial: 46353, endSerial: 46352 }])).toEqual({
      ok: false,
      error: {
        code: "INCONSISTENT_INPUT",
        message: "Event window 2: the end 2026-11-26 is before the start 2026-11-27",
        where: { index: 2, sku: "A" },
      },
    });
    const r = maskWindows(fiveDays(), [{ startSerial: Number.NaN, endSerial: 46001 }]);
    expect(!r.ok && r.error.code).toBe("BAD_DATE");
  });
});
