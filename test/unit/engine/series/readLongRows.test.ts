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

  it("leaves rows after lastDay out before reading their units, and counts them from the first", () => {
    const r = readLongRows([
      { row: 2, date: 46027, sku: "A", units: 1 },
      { row: 3, date: 46029, sku: "A", units: "abc" }, // after lastDay: never read, so no error
      { row: 4, date: 46028, sku: "B", units: 2 },
      { row: 5, date: 46030, sku: "C", units: 5 },
    ], { lastDay: 46028 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.used).toBe(2);
    expect(r.value.skuNames).toEqual(["A", "B"]); // C sold only after lastDay
    expect(r.value.afterLastDay).toEqual({ count: 2, first: { sheet: "Sales", row: 3, column: "Date" }, firstSerial: 46029 });
    const all = readLongRows([{ row: 2, date: 46029, sku: "A", units: 1 }], { lastDay: 46028 });
    expect(!all.ok && all.error.message).toBe("Sales: every row (1) is dated after the plan date 2026-01-06; there is no history to plan on");
  });

  it("leaves out rows of an isolated date, re-working each SKU's first date and dropping a SKU left with none", () => {
    // hand: 150 days of A from 46000; one B row dated 2003-01-05 (37626), 8,374 days before — 1 row of 151
    const rows = Array.from({ length: 150 }, (_, d) => ({ row: d + 2, date: 46000 + d, sku: "A", units: 1 }));
    const r = readLongRows([{ row: 152, date: 37626, sku: "B", units: 4 }, ...rows].map((x, i) => ({ ...x, row: i + 2 })));
    if (!r.ok) throw new Error(r.error.message);
    expect({ used: r.value.used, skus: r.value.skuNames, first: r.value.skuFirst, from: r.value.firstSerial, to: r.value.lastSerial }).toEqual({
      used: 150, skus: ["A"], first: [46000], from: 46000, to: 46149,
    });
    expect(Array.from(r.value.rowOf.subarray(0, 2))).toEqual([3, 4]);
    expect(r.value.isolated).toEqual({ count: 1, first: { sheet: "Sales", row: 2, column: "Date" }, firstSerial: 37626 });
  });
});
