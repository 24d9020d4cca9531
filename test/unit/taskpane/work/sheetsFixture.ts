/** Two SKUs with 400 days of steady sales before 2026-09-15, their master and a Black Friday 2026 Event sheet. */
import { serialFromYmd } from "../../../../src/engine/dates";

export const PLAN_DATE = serialFromYmd(2026, 9, 15);
export const START = serialFromYmd(2026, 11, 27);

/** Long Sales rows for SKU-0 and SKU-1 from `from` for `days` days. */
export function salesRows(from: number, days: number, unitsOf: (sku: number, day: number) => unknown = (k) => 6 + 4 * k): unknown[][] {
  const rows: unknown[][] = [["Date", "SKU", "Units"]];
  for (let d = 0; d < days; d++) for (let k = 0; k < 2; k++) rows.push([from + d, `SKU-${k}`, unitsOf(k, d)]);
  return rows;
}

export const SALES = salesRows(PLAN_DATE - 400, 400);

export const SKUS = [
  ["SKU", "Name", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg", "OnHand", "SupplierLeadDays", "Sensitive"],
  ["SKU-0", "Mug", 3, 12, 24, 50, 40, 30, 10, 100, 20, "no"],
  ["SKU-1", "Lamp", 8, 30, 12, 40, 30, 30, 8, 0, 20, "yes"],
];

export const EVENT = [
  ["Event", "Black Friday 2026"],
  ["Start", START],
  ["End", START + 3],
  ["PlanDate", PLAN_DATE],
  ["PastEventStarts", "2024-11-29, 2025-11-28"],
];

export const LANES = [
  ["Lane", "Mode", "TransitDays", "TransitDaysWorst", "HandlingDays", "RatePerKg", "RatePerCbm"],
  ["Sea", "sea", 30, 45, 5, 0, 150],
  ["Air", "air", 5, 8, 2, 6, 0],
];
