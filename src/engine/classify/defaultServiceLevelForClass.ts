/**
 * The default cycle service level for an ABC class.
 */
import { err, ok, type Result } from "../errors";
import { serviceLevelZ } from "../stock/serviceLevelZ";
import type { AbcClass } from "./abcClassify";

/** DESIGN.md §1 item 2: A 98 %, B 95 %, C 90 %. Users may override any of them. */
export const DEFAULT_SERVICE_LEVEL_BY_CLASS: Readonly<Record<AbcClass, number>> = Object.freeze({ A: 0.98, B: 0.95, C: 0.9 });

/**
 * Service level for a class: the override when given, else the default
 * (A 0.98, B 0.95, C 0.90; DESIGN.md §1 item 2). More stock for the SKUs that earn
 * most (Silver, Pyke & Thomas, ABC classification).
 * @param abcClass "A", "B" or "C"
 * @param overrides per-class service levels, each strictly between 0 and 1
 * @returns the service level, or NOT_A_NUMBER / OUT_OF_RANGE for a bad override or class
 * @example defaultServiceLevelForClass("B") // ok(0.95)
 * @example defaultServiceLevelForClass("A", { A: 0.99 }) // ok(0.99)
 */
export function defaultServiceLevelForClass(abcClass: AbcClass, overrides: Partial<Record<AbcClass, number>> = {}): Result<number> {
  if (abcClass !== "A" && abcClass !== "B" && abcClass !== "C") {
    return err("OUT_OF_RANGE", `ABC class must be A, B or C (got '${String(abcClass)}')`, { argument: "abc_class" });
  }
  const level = overrides[abcClass] ?? DEFAULT_SERVICE_LEVEL_BY_CLASS[abcClass];
  const z = serviceLevelZ(level);
  if (!z.ok) return err(z.error.code, `class ${abcClass}: ${z.error.message}`, z.error.where);
  return ok(level);
}
