/**
 * Carton volume in the two units logistics quotes in: cubic metres (CBM, what
 * forwarders charge sea freight on) and cubic feet (what Amazon charges storage
 * and sets capacity limits in).
 */
import { err, ok, type Result } from "../errors";
import { checkBoxVolume, checkWholeCount } from "./checkLogisticsArgument";

/** Cubic centimetres in one cubic metre. */
const CM3_PER_M3 = 1_000_000;

/** Cubic centimetres in one cubic foot: 1 ft = 30.48 cm exactly, so 30.48³ = 28 316.846 592 cm³ exactly. */
export const CM3_PER_CUBIC_FOOT = 28_316.846592;

const CM_NAMES = ["length_cm", "width_cm", "height_cm"] as const;

function scaledVolume(lengthCm: number, widthCm: number, heightCm: number, count: number, countName: string, cm3PerUnit: number): Result<number> {
  const cm3 = checkBoxVolume(lengthCm, widthCm, heightCm, CM_NAMES);
  if (!cm3.ok) return cm3;
  const n = checkWholeCount(count, countName);
  if (!n.ok) return n;
  const total = (cm3.value / cm3PerUnit) * n.value;
  if (!Number.isFinite(total)) return err("OUT_OF_RANGE", `${countName} (${n.value}) × the box volume is too large to compute`, { argument: countName });
  return ok(total);
}

/**
 * Volume of `cartons` identical cartons in cubic metres (CBM):
 * CBM = length × width × height (cm) ÷ 1 000 000 × cartons.
 *
 * Sea LCL is charged per CBM (DESIGN.md §1 item 6). Use outer carton dimensions
 * as measured; no rounding is applied (forwarders often round the shipment total
 * up to 0.01 or 1 CBM — do that on the total, not per carton).
 * @param lengthCm carton length, cm (≥ 0)
 * @param widthCm carton width, cm (≥ 0)
 * @param heightCm carton height, cm (≥ 0)
 * @param cartons number of cartons, a whole number ≥ 0 (default 1)
 * @returns m³, or NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE naming the argument
 * @example cartonCbm(50, 40, 30, 10) // ok(0.6): 50 × 40 × 30 = 60 000 cm³ = 0.06 m³ × 10
 */
export function cartonCbm(lengthCm: number, widthCm: number, heightCm: number, cartons = 1): Result<number> {
  return scaledVolume(lengthCm, widthCm, heightCm, cartons, "cartons", CM3_PER_M3);
}

/**
 * Volume of `count` identical boxes in cubic feet:
 * ft³ = length × width × height (cm) ÷ 28 316.846 592 × count.
 *
 * 1 ft = 30.48 cm exactly (international foot, 1959), so a cubic foot is
 * 28 316.846 592 cm³ exactly. Amazon charges monthly storage and sets capacity
 * limits in cubic feet (DESIGN.md §1 items 6–7).
 * @param lengthCm box length, cm (≥ 0)
 * @param widthCm box width, cm (≥ 0)
 * @param heightCm box height, cm (≥ 0)
 * @param count number of boxes (cartons or units), a whole number ≥ 0 (default 1)
 * @returns ft³, or NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE naming the argument
 * @example cubicFeetFromCm(30.48, 30.48, 30.48) // ok(1): one cubic foot
 * @example cubicFeetFromCm(50, 40, 30, 10) // ok(21.19): 60 000 cm³ ÷ 28 316.846 592 = 2.1189 ft³ × 10
 */
export function cubicFeetFromCm(lengthCm: number, widthCm: number, heightCm: number, count = 1): Result<number> {
  return scaledVolume(lengthCm, widthCm, heightCm, count, "count", CM3_PER_CUBIC_FOOT);
}
