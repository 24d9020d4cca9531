/**
 * Leaving the rows of isolated dates (`keptDateRange`) out of a long-row table.
 */
import type { ErrorLocation } from "../errors";
import type { LeftOutRows } from "./isolatedDates";
import type { LongRowTable } from "./readLongRows";

/**
 * The table without the rows dated outside `keep`: the parallel arrays compacted
 * in order, SKUs left with no row dropped (the others keep their order of first
 * appearance), each SKU's first date and the table's first and last date worked
 * out again; `isolated` says how many rows went and which was first.
 * @param table the rows read
 * @param keep the dates to keep, Excel serial days, inclusive
 * @param dateCell the Date cell of a sheet row, for the warning
 * @example withoutIsolatedDates(table, { from: 45000, to: 45299 }, (row) => ({ sheet: "Sales", row, column: "Date" })).isolated
 * // { count: 1, first: { sheet: "Sales", row: 302, column: "Date" }, firstSerial: 47900 }
 */
export function withoutIsolatedDates(table: LongRowTable, keep: { readonly from: number; readonly to: number }, dateCell: (row: number) => ErrorLocation): LongRowTable {
  const { skuOf, serialOf, unitsOf, revenueOf, onHandOf, marketOf, rowOf } = table;
  const newIndex = new Int32Array(table.skuNames.length).fill(-1);
  const skuNames: string[] = [];
  const skuFirst: number[] = [];
  let used = 0;
  let dropped = 0;
  let first: LeftOutRows | null = null;
  let firstSerial = Infinity;
  let lastSerial = -Infinity;
  let lastRow = 0;
  for (let i = 0; i < table.used; i++) {
    const serial = serialOf[i];
    if (serial < keep.from || serial > keep.to) {
      first ??= { count: 0, first: dateCell(rowOf[i]), firstSerial: serial }; // rows are in sheet order
      dropped++;
      continue;
    }
    let k = newIndex[skuOf[i]];
    if (k === -1) {
      k = skuNames.length;
      newIndex[skuOf[i]] = k;
      skuNames.push(table.skuNames[skuOf[i]]);
      skuFirst.push(serial);
    } else if (serial < skuFirst[k]) skuFirst[k] = serial;
    skuOf[used] = k;
    serialOf[used] = serial;
    unitsOf[used] = unitsOf[i];
    revenueOf[used] = revenueOf[i];
    onHandOf[used] = onHandOf[i];
    marketOf[used] = marketOf[i];
    rowOf[used] = rowOf[i];
    used++;
    if (serial < firstSerial) firstSerial = serial;
    if (serial > lastSerial) {
      lastSerial = serial;
      lastRow = rowOf[i];
    }
  }
  return {
    ...table,
    used,
    skuNames,
    skuFirst,
    firstSerial,
    lastSerial,
    lastRow,
    isolated: first ? { ...first, count: dropped } : null,
  };
}
