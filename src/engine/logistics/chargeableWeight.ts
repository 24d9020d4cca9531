/**
 * Chargeable and dimensional weight: what air freight, couriers and parcel
 * carriers bill on when a carton is light for its size.
 */
import { err, ok, type Result } from "../errors";
import { checkNonNegative, checkPositive } from "../stock/checkArgument";
import { checkBoxVolume, checkWholeCount } from "./checkLogisticsArgument";

/**
 * Chargeable weight of `cartons` identical cartons, kg:
 * per carton max(actual kg, length × width × height (cm) ÷ divisor), times cartons.
 *
 * Divisors (cm³/kg, DESIGN.md §1 item 6): 6000 for air cargo (IATA), 5000 for
 * many express couriers; 1000 turns CBM into "1 tonne = 1 CBM" for sea
 * weight/measure. No rounding is applied; carriers often round each carton up
 * to the next 0.5 kg or 1 kg — apply that on top if your quote says so.
 * @param lengthCm carton length, cm (≥ 0)
 * @param widthCm carton width, cm (≥ 0)
 * @param heightCm carton height, cm (≥ 0)
 * @param actualKg gross weight of one carton, kg (≥ 0)
 * @param divisorCm3PerKg volumetric divisor, cm³/kg (> 0, default 6000)
 * @param cartons number of cartons, a whole number ≥ 0 (default 1)
 * @returns kg, or NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE naming the argument
 * @example chargeableWeightKg(60, 50, 40, 8) // ok(20): 120 000 cm³ ÷ 6000 = 20 kg > 8 kg actual
 * @example chargeableWeightKg(60, 50, 40, 25, 6000, 4) // ok(100): actual 25 kg > 20 kg volumetric, × 4
 */
export function chargeableWeightKg(
  lengthCm: number,
  widthCm: number,
  heightCm: number,
  actualKg: number,
  divisorCm3PerKg = 6000,
  cartons = 1,
): Result<number> {
  const cm3 = checkBoxVolume(lengthCm, widthCm, heightCm, ["length_cm", "width_cm", "height_cm"]);
  if (!cm3.ok) return cm3;
  const actual = checkNonNegative(actualKg, "actual_kg");
  if (!actual.ok) return actual;
  const divisor = checkPositive(divisorCm3PerKg, "divisor_cm3_per_kg");
  if (!divisor.ok) return divisor;
  const n = checkWholeCount(cartons, "cartons");
  if (!n.ok) return n;
  const total = Math.max(actual.value, cm3.value / divisor.value) * n.value;
  if (!Number.isFinite(total)) return err("OUT_OF_RANGE", `cartons (${n.value}) × the chargeable weight is too large to compute`, { argument: "cartons" });
  return ok(total);
}

/**
 * Dimensional weight of one package, lb: length × width × height (in) ÷ divisor.
 *
 * Divisors (in³/lb, DESIGN.md §1 item 6): 139 for Amazon, UPS and FedEx in the
 * US, 166 for TikTok Shop FBT. The chargeable weight is then the larger of this
 * and the actual weight. No rounding is applied; UPS and FedEx round each side
 * up to the whole inch first and the result up to the whole pound.
 * @param lengthIn package length, in (≥ 0)
 * @param widthIn package width, in (≥ 0)
 * @param heightIn package height, in (≥ 0)
 * @param divisorIn3PerLb dimensional divisor, in³/lb (> 0, default 139)
 * @returns lb, or NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE naming the argument
 * @example dimensionalWeightLb(12, 10, 10) // ok(8.633): 1200 in³ ÷ 139 (DESIGN.md: 8.63 lb)
 */
export function dimensionalWeightLb(lengthIn: number, widthIn: number, heightIn: number, divisorIn3PerLb = 139): Result<number> {
  const in3 = checkBoxVolume(lengthIn, widthIn, heightIn, ["length_in", "width_in", "height_in"]);
  if (!in3.ok) return in3;
  const divisor = checkPositive(divisorIn3PerLb, "divisor_in3_per_lb");
  if (!divisor.ok) return divisor;
  const lb = in3.value / divisor.value;
  if (!Number.isFinite(lb)) return err("OUT_OF_RANGE", `divisor_in3_per_lb (${divisor.value}) is too small`, { argument: "divisor_in3_per_lb" });
  return ok(lb);
}
