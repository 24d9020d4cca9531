/**
 * The `Lanes` sheet (shipping lanes) from a plain grid.
 */
import { isBlankCell, readNumber, readText } from "../cells";
import { fail, ok, type Result } from "../errors";
import { placeParam, quoted } from "../messages/messageText";
import { INPUT_LIMITS } from "./inputLimits";
import type { Lane, LaneMode } from "../plan/types";
import { LANE_SHEET, type LaneKey } from "./headerAliases";
import { readBoolean } from "./readBoolean";
import { readLaneMode } from "./readLaneMode";
import { cellOf, locationOf, readSheetTable, type Grid, type GridOptions, type SheetTable, type TableRow } from "./sheetTable";

/**
 * Volumetric divisor (cm³ per kg) of a lane with a blank VolumetricDivisor, by
 * mode: 6000 for air cargo (IATA), 5000 for couriers, and 1000 (1 CBM = 1000 kg,
 * "weight or measure") for sea, fast sea and rail. DESIGN.md §1 item 6.
 */
export const DEFAULT_VOLUMETRIC_DIVISOR: Readonly<Record<LaneMode, number>> = Object.freeze({
  sea: 1000, "fast-sea": 1000, rail: 1000, air: 6000, express: 5000,
});

function readLane(t: SheetTable<LaneKey>, r: TableRow): Result<Lane> {
  const at = (key: LaneKey) => locationOf(t, r.row, key);
  const num = (key: LaneKey, blank: "error" | "skip", limit: number, integer = false): Result<number | null> =>
    readNumber(cellOf(t, r, key), at(key), { blank, min: 0, limit, integer });
  const name = readText(cellOf(t, r, "Lane"), at("Lane"));
  if (!name.ok) return name;
  const mode = readLaneMode(cellOf(t, r, "Mode"), at("Mode"));
  if (!mode.ok) return mode;
  const transit = num("TransitDays", "error", INPUT_LIMITS.days, true);
  if (!transit.ok) return transit;
  const typical = transit.value as number;
  const worst = num("TransitDaysWorst", "skip", INPUT_LIMITS.days, true);
  if (!worst.ok) return worst;
  if (worst.value !== null && worst.value < typical) {
    return fail("worstBelowTypical", "INCONSISTENT_INPUT", { place: placeParam(at("TransitDaysWorst")), value: worst.value, typicalColumn: t.labels.TransitDays ?? "TransitDays", typical }, at("TransitDaysWorst"));
  }
  const handling = num("HandlingDays", "skip", INPUT_LIMITS.days, true);
  if (!handling.ok) return handling;
  const perKg = num("RatePerKg", "skip", INPUT_LIMITS.ratePerKgUsd);
  if (!perKg.ok) return perKg;
  const perCbm = num("RatePerCbm", "skip", INPUT_LIMITS.ratePerCbmUsd);
  if (!perCbm.ok) return perCbm;
  const minCharge = num("MinCharge", "skip", INPUT_LIMITS.minChargeUsd);
  if (!minCharge.ok) return minCharge;
  const divisor = num("VolumetricDivisor", "skip", INPUT_LIMITS.volumetricDivisor);
  if (!divisor.ok) return divisor;
  if (divisor.value === 0) return fail("mustBePositive", "OUT_OF_RANGE", { place: placeParam(at("VolumetricDivisor")) }, at("VolumetricDivisor"));
  const sensitive = readBoolean(cellOf(t, r, "AllowsSensitive"), at("AllowsSensitive"), false);
  if (!sensitive.ok) return sensitive;
  const harborCell = cellOf(t, r, "HarborFee");
  const harbor = readBoolean(harborCell, at("HarborFee"), false);
  if (!harbor.ok) return harbor;
  const destination = readText(cellOf(t, r, "Destination"), at("Destination"), { blank: "skip" });
  if (!destination.ok) return destination;
  return ok({
    name: name.value as string,
    mode: mode.value,
    transitDays: typical,
    transitDaysWorst: worst.value ?? typical,
    handlingDays: handling.value ?? 0,
    ratePerKg: perKg.value ?? 0,
    ratePerCbm: perCbm.value ?? 0,
    minCharge: minCharge.value ?? 0,
    volumetricDivisor: divisor.value ?? DEFAULT_VOLUMETRIC_DIVISOR[mode.value],
    allowsSensitive: sensitive.value,
    ...(!isBlankCell(harborCell) ? { harborFee: harbor.value } : {}),
    ...(destination.value !== null ? { destination: destination.value } : {}),
  });
}

/**
 * Reads the `Lanes` sheet: headers in English or Chinese, in any order
 * (`LANE_SHEET`); Lane, Mode and TransitDays are required.
 *
 * Cells: Lane is text, unique on the sheet (case and surrounding spaces
 * ignored); Mode as `readLaneMode` reads it (sea, fast sea, rail, air, express;
 * 海运, 快船, 铁路, 空运, 快递); TransitDays, TransitDaysWorst and HandlingDays
 * whole days ≥ 0; RatePerKg (USD/kg), RatePerCbm (USD/CBM) and MinCharge (USD)
 * numbers ≥ 0; VolumetricDivisor (cm³/kg) more than 0; AllowsSensitive and
 * HarborFee yes/no; Destination text (where the lane delivers: "Amazon US",
 * "3PL Los Angeles"; 目的地). Blank cells: TransitDaysWorst = TransitDays; HandlingDays,
 * rates and MinCharge 0; VolumetricDivisor {@link DEFAULT_VOLUMETRIC_DIVISOR} by
 * mode; AllowsSensitive false (a battery SKU needs a lane that says yes);
 * HarborFee and Destination left out (a lane without a destination serves
 * every destination). A worst case below the typical transit is
 * INCONSISTENT_INPUT. Values above the sanity limits of `INPUT_LIMITS` (days,
 * rates, minimum charge, divisor) are OUT_OF_RANGE. Lanes are few, so the first bad cell fails the sheet;
 * all-blank rows are skipped.
 * @param grid the sheet's cells, header row first (title rows above it are skipped)
 * @param options sheet name and position
 * @returns the lanes in sheet order, or the first error naming the row and the
 * column as the sheet writes it ("Lanes row 3, Mode: 'truck' is not a lane mode …")
 * @example
 * readLanesSheet([["渠道", "运输方式", "时效天数", "最长时效天数"], ["Sea West", "海运", 30, 45]])
 * // ok([{ name: "Sea West", mode: "sea", transitDays: 30, transitDaysWorst: 45, handlingDays: 0,
 * //   ratePerKg: 0, ratePerCbm: 0, minCharge: 0, volumetricDivisor: 1000, allowsSensitive: false }])
 */
export function readLanesSheet(grid: Grid, options: GridOptions = {}): Result<Lane[]> {
  const table = readSheetTable(grid, LANE_SHEET, options);
  if (!table.ok) return table;
  const t = table.value;
  if (t.rows.length === 0) return fail("noLaneRows", "EMPTY_SERIES", { place: placeParam({ sheet: t.sheet }), headerRow: t.headerRow }, { sheet: t.sheet });
  const lanes: Lane[] = [];
  const firstRowOf = new Map<string, number>();
  for (const r of t.rows) {
    const lane = readLane(t, r);
    if (!lane.ok) return lane;
    const key = lane.value.name.toLowerCase();
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      const where = locationOf(t, r.row, "Lane");
      return fail("duplicateLane", "DUPLICATE_KEY", { place: placeParam(where), lane: quoted(lane.value.name), first }, where);
    }
    firstRowOf.set(key, r.row);
    lanes.push(lane.value);
  }
  return ok(lanes);
}
