/**
 * Cargo insurance premium.
 */
import { err, ok, type Result } from "../errors";
import { checkNonNegative } from "../stock/checkArgument";
import { checkRate } from "./checkLogisticsArgument";

/**
 * Cargo insurance premium, USD: (goods + freight) × 1.1 × rate.
 *
 * Cargo is customarily insured for CIF value plus 10 % (the Institute Cargo
 * Clauses / Incoterms CIP and CIF minimum cover), and the premium is the rate on
 * that sum. Typical rates are 0.1–0.5 % (DESIGN.md §1 item 7).
 * @param goodsUsd value of the goods, USD (≥ 0)
 * @param freightUsd freight paid on them, USD (≥ 0)
 * @param rate premium rate as a fraction in [0, 1] (0.003 = 0.3 %)
 * @returns USD, or NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE naming the argument
 * @example cargoInsuranceUsd(10000, 2000, 0.003) // ok(39.6): (10 000 + 2 000) × 1.1 × 0.003
 */
export function cargoInsuranceUsd(goodsUsd: number, freightUsd: number, rate: number): Result<number> {
  const goods = checkNonNegative(goodsUsd, "goods_usd");
  if (!goods.ok) return goods;
  const freight = checkNonNegative(freightUsd, "freight_usd");
  if (!freight.ok) return freight;
  const r = checkRate(rate, "insurance_rate", 1);
  if (!r.ok) return r;
  const premium = (goods.value + freight.value) * 1.1 * r.value;
  if (!Number.isFinite(premium)) return err("OUT_OF_RANGE", "goods_usd + freight_usd is too large to compute", { argument: "goods_usd" });
  return ok(premium);
}
