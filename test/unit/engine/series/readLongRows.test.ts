import { NO_VALUE, readLongRows } from "../../../../src/engine/series/readLongRows";

describe("readLongRows", () => {
  it("keeps each used row's parts in parallel arrays, blanks as NO_VALUE", () => {
    const r = readLongRows([
      { row: 2, date: "2026-01-06", sku: "A", units: "3", revenue: 30, marketplace: "US" },
      { row: 3, date: "", sku: "", units: "" },
      { row: 4, date: 46027.5, sku: 1001, units: 0, onHand: 0 },
      { row: 5, date: "2026-01-05", sku: " A ", units: 2 },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = r.value;
    expect(t.used).toBe(3);
    expect(t.blankRows).toBe(1);
    expect(t.skuNames).toEqual(["A", "1001"]); // numbers become text; text is trimmed
    expect(Array.from(t.skuOf.subarray(0, 3))).toEqual([0, 1, 0]);
    expect(Array.from(t.serialOf.subarray(0, 3))).toEqual([46028, 46027, 46027]); // hand: 2026-01-05 = 46027; 46027.5 floors
    expect(Array.from(t.unitsOf.subarray(0, 3))).toEqual([3, 0, 2]);
    expect(Array.from(t.revenueOf.subarray(0, 3))).toEqual([30, NO_VALUE, NO_VALUE]);
    expect(Array.from(t.onHandOf.subarray(0, 3))).toEqual([NO_VALUE, 0, NO_VALUE]);
    expect(Array.from(t.marketOf.subarray(0, 3))).toEqual([0, -1, -1]);
    expect(Array.from(t.rowOf.subarray(0, 3))).toEqual([2, 4, 5]);
    expect(t.skuFirst).toEqual([46027, 46027]); // A's earliest date is in row 5
    expect(t.marketNames).toEqual(["US"]);
    expect({ first: t.firstSerial, last: t.lastSerial, lastRow: t.lastRow, dayOrder: t.dayOrder }).toEqual({
      first: 46027, last: 46028, lastRow: 2, dayOrder: null,
    });
  });

  it("unwraps exceljs cells before reading them", () => {
    const r = readLongRows([{ row: 2, date: { formula: "A1+1", result: 46027 }, sku: { richText: [{ text: "SK" }, { text: "U" }] }, units: { formula: "B2", result: 4 } }]);
    expect(r.ok && { sku: r.value.skuNames[0], serial: r.value.serialOf[0], units: r.value.unitsOf[0] }).toEqual({ sku: "SKU", serial: 46027, units: 4 });
  });
});
