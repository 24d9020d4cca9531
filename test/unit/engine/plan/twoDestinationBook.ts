/**
 * A two-destination book as sheet grids, worked by hand in planEvent.test.ts and destinationSales.test.ts.
 * 400 days before the plan date of the flat book (flatBook.ts):
 * - MUG sells 10/day on Amazon US (on hand 100), but days 300–329 sold 0 with the US shelf empty (on hand 0),
 *   4/day on Amazon DE (on hand 50 every day) and 2/day on Walmart (no lane goes there);
 * - LAMP sells 5/day on Amazon US only (on hand 80).
 * SKUs: MUG one row per destination (US 100 on hand; DE 20 on hand and 60 arriving S − 10), LAMP one row without a destination (50 on hand).
 * Lanes: the built-in US West and Germany lanes with their Destination; Event: capacity 100 ft³ at Amazon US, 5000 at Amazon DE.
 */
import { DEFAULT_LANES, defaultLanes } from "../../../../src/engine/plan/defaultLanes";
import { LANE_SHEET } from "../../../../src/engine/workbook/headerAliases";
import type { Grid } from "../../../../src/engine/workbook/sheetTable";
import { PLAN, S } from "./flatBook";

export const STOCK_OUT_FROM = 300;
export const STOCK_OUT_DAYS = 30;

export function salesGrid(): unknown[][] {
  const rows: unknown[][] = [["Date", "SKU", "Units", "Marketplace", "OnHand"]];
  for (let i = 0; i < 400; i++) {
    const day = PLAN - 400 + i;
    const out = i >= STOCK_OUT_FROM && i < STOCK_OUT_FROM + STOCK_OUT_DAYS;
    rows.push([day, "MUG", out ? 0 : 10, "Amazon US", out ? 0 : 100]);
    rows.push([day, "MUG", 4, "Amazon DE", 50]);
    rows.push([day, "MUG", 2, "Walmart", null]);
    rows.push([day, "LAMP", 5, "Amazon US", 80]);
  }
  return rows;
}

const SKU_HEADER = ["SKU", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg", "OnHand", "InTransit", "InTransitArrival", "Destination"];
export const SKUS: unknown[][] = [
  SKU_HEADER,
  ["MUG", 3, 10, 10, 50, 40, 30, 10, 100, 0, null, "Amazon US"],
  ["MUG", 3, 10, 10, 50, 40, 30, 10, 20, 60, S - 10, "Amazon DE"],
  ["LAMP", 3, 10, 10, 50, 40, 30, 10, 50, 0, null, null],
];

/** The lanes as a Lanes sheet, with or without the Destination column. */
export function lanesGrid(withDestination = true): unknown[][] {
  const headers = LANE_SHEET.headers.map((h) => h.en).filter((h) => withDestination || h !== "Destination");
  const rows: unknown[][] = [headers];
  for (const l of [...DEFAULT_LANES, ...defaultLanes("DE")]) {
    const cells: Record<string, unknown> = {
      Lane: l.name, Mode: l.mode === "fast-sea" ? "fast sea" : l.mode, TransitDays: l.transitDays, TransitDaysWorst: l.transitDaysWorst, HandlingDays: l.handlingDays,
      RatePerKg: l.ratePerKg, RatePerCbm: l.ratePerCbm, MinCharge: l.minCharge, VolumetricDivisor: l.volumetricDivisor, AllowsSensitive: l.allowsSensitive,
      HarborFee: l.harborFee ?? null, Destination: l.destination,
    };
    rows.push(headers.map((h) => cells[h]));
  }
  return rows;
}

export const EVENT: unknown[][] = [
  ["Event", "BF"], ["Start", S], ["End", S + 3], ["PlanDate", PLAN], ["UpliftOverride", 1], ["CapacityCubicFeet", "Amazon US: 100; Amazon DE: 5000"],
];

export function grids(withDestination = true): Record<string, Grid> {
  return { Sales: salesGrid(), SKUs: SKUS, Lanes: lanesGrid(withDestination), Event: EVENT };
}
