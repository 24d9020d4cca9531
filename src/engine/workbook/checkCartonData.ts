/**
 * Carton data the plan's freight needs: a blank or 0 carton dimension or weight
 * would cost freight, duty, insurance and storage at $0 and understate the
 * landed cost, and tilt the split between the slow and the fast lane.
 */
import { fail, ok, type Result } from "../errors";
import { phrase, placeParam, quoted } from "../messages/messageText";
import type { Lane, SkuMaster } from "../plan/types";
import type { SkuKey } from "./headerAliases";
import type { SkuSheet } from "./readSkuSheet";

type CartonKey = "CartonLengthCm" | "CartonWidthCm" | "CartonHeightCm" | "CartonWeightKg";

const FIELDS: readonly (readonly [CartonKey, (s: SkuMaster) => number, "cartonLength" | "cartonWidth" | "cartonHeight" | "cartonWeight"])[] = [
  ["CartonLengthCm", (s) => s.cartonLengthCm, "cartonLength"],
  ["CartonWidthCm", (s) => s.cartonWidthCm, "cartonWidth"],
  ["CartonHeightCm", (s) => s.cartonHeightCm, "cartonHeight"],
  ["CartonWeightKg", (s) => s.cartonWeightKg, "cartonWeight"],
];

/**
 * Checks that every SKU with sales has its carton's length, width, height (cm)
 * and gross weight (kg) above 0 whenever a lane charges by them: a lane with a
 * RatePerKg charges the chargeable weight, max(actual kg, L × W × H ÷ divisor);
 * a lane with a RatePerCbm charges max(CBM, kg ÷ 1000) (DESIGN.md §1 item 6); so
 * either rate needs all four. Lanes with only a MinCharge need none.
 * @param skus the SKUs sheet as read
 * @param lanes the plan's lanes
 * @param sold the SKUs that have sales (the ones the plan costs)
 * @returns ok, or OUT_OF_RANGE naming the first SKU row lacking a value (sheet,
 * row, column) with the lane that needs it and how many SKUs lack it, or
 * MISSING_COLUMN when the sheet has no such column
 * @example checkCartonData(skuSheet, [air], new Set(["A-1"]))
 * // err "SKUs row 2, CartonWeightKg: blank or 0, but lane 'Air' charges by weight (per kg); …"
 */
export function checkCartonData(skus: SkuSheet, lanes: readonly Lane[], sold: ReadonlySet<string>): Result<true> {
  const charging = lanes.find((l) => l.ratePerKg > 0) ?? lanes.find((l) => l.ratePerCbm > 0);
  if (!charging) return ok(true);
  const basis = phrase(charging.ratePerKg > 0 ? "basisWeight" : "basisVolume");
  const plannedSkus = skus.skus.filter((s) => sold.has(s.sku));
  for (const [key, value, what] of FIELDS) {
    const lacking = plannedSkus.filter((s) => !(value(s) > 0));
    if (lacking.length === 0) continue;
    const label = skus.labels[key as SkuKey];
    if (label === undefined) {
      return fail("cartonColumnMissing", "MISSING_COLUMN", { place: placeParam({ sheet: skus.sheet }), column: key, lane: quoted(charging.name), basis, what: phrase(what) }, { sheet: skus.sheet, column: key });
    }
    const where = { sheet: skus.sheet, row: skus.rowOf.get(lacking[0].sku) ?? 0, column: label, sku: lacking[0].sku };
    return fail("cartonValueMissing", "OUT_OF_RANGE", { place: placeParam(where), lane: quoted(charging.name), basis, what: phrase(what), count: lacking.length }, where);
  }
  return ok(true);
}
