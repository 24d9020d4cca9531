/**
 * Rounds a need up to what can actually be ordered: whole units, whole cartons, at least the MOQ.
 */
import { err, ok, type Result } from "../errors";
import { checkNonNegative } from "./checkArgument";

/** Ordering rules of a SKU (SKUs sheet: UnitsPerCarton, MOQ). Omitted means no rule. */
export interface OrderRules {
  /** Units in one carton, a whole number ≥ 1. */
  readonly unitsPerCarton?: number;
  /** Minimum order quantity in units. */
  readonly moq?: number;
}

/** What {@link roundUpToOrderQuantity} returns. */
export interface OrderQuantity {
  /** Units to order: a whole number, a multiple of the carton size. */
  readonly units: number;
  /** Cartons to order; null when no carton size was given. */
  readonly cartons: number | null;
}

/**
 * Units to order = the smallest multiple of the carton size that is ≥ max(need, MOQ),
 * where the need is first rounded up to whole units and the MOQ is thereby rounded
 * up to whole cartons. Rounding is always up, so no unit of need is lost.
 *
 * A need of 0 orders nothing, even with an MOQ: the MOQ is the least you may buy
 * when you buy, not a reason to buy. Rounding is strict: a need of 120.0000001 units
 * (floating-point noise from a sum) orders 121, so round forecasts upstream if that matters.
 * @param units the need in units (≥ 0; fractions allowed)
 * @param rules.unitsPerCarton carton size in units, a whole number ≥ 1 (omit for loose units)
 * @param rules.moq minimum order quantity in units (≥ 0)
 * @returns units and cartons, or NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE naming the argument
 * @example roundUpToOrderQuantity(275, { unitsPerCarton: 24 }) // ok({ units: 288, cartons: 12 }): ⌈275/24⌉ = 12
 * @example roundUpToOrderQuantity(40, { unitsPerCarton: 24, moq: 100 }) // ok({ units: 120, cartons: 5 }): MOQ 100 → 5 cartons
 * @example roundUpToOrderQuantity(0, { unitsPerCarton: 24, moq: 100 }) // ok({ units: 0, cartons: 0 })
 */
export function roundUpToOrderQuantity(units: number, rules: OrderRules = {}): Result<OrderQuantity> {
  const need = checkNonNegative(units, "units");
  if (!need.ok) return need;
  let carton: number | null = null;
  if (rules.unitsPerCarton !== undefined) {
    const c = checkNonNegative(rules.unitsPerCarton, "units_per_carton");
    if (!c.ok) return c;
    if (c.value < 1 || !Number.isInteger(c.value)) {
      return err("OUT_OF_RANGE", `units_per_carton must be a whole number of units, at least 1 (got ${c.value})`, { argument: "units_per_carton" });
    }
    carton = c.value;
  }
  let moq = 0;
  if (rules.moq !== undefined) {
    const m = checkNonNegative(rules.moq, "moq");
    if (!m.ok) return m;
    moq = m.value;
  }
  const target = Math.ceil(Math.max(need.value, moq));
  if (target > Number.MAX_SAFE_INTEGER) {
    return err("OUT_OF_RANGE", `units (${need.value}) is too large to order`, { argument: "units" });
  }
  if (need.value === 0) return ok({ units: 0, cartons: carton === null ? null : 0 });
  if (carton === null) return ok({ units: target, cartons: null });
  // target is a whole number, so target / carton is within one ulp of its true value
  // and ⌈·⌉ is exact; the guard covers the last ulp anyway.
  let cartons = Math.ceil(target / carton);
  if (cartons * carton < target) cartons += 1;
  return ok({ units: cartons * carton, cartons });
}
