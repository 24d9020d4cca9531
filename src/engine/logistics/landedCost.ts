/**
 * Landed cost per unit — purchase + freight + duty + insurance + fees — and the
 * US customs user fees (MPF, HMF) that go into the fees.
 * Source: DESIGN.md §1 item 7.
 */
import { err, ok, type Result } from "../errors";
import { checkNonNegative } from "../stock/checkArgument";
import { checkRate } from "./checkLogisticsArgument";
import { cargoInsuranceUsd } from "./insuranceCost";

/**
 * What customs charges duty on. "FOB": the goods' value alone, as the US does
 * (transaction value excludes international freight and insurance, 19 U.S.C.
 * 1401a). "CIF": goods + freight + insurance, as the EU does (Union Customs Code
 * art. 70–71 add transport and insurance to the EU border).
 */
export type CustomsValueBasis = "FOB" | "CIF";

/** Inputs of {@link landedCostPerUnit}: all per unit, USD; rates as fractions. */
export interface LandedCostInput {
  /** Purchase price paid to the supplier, USD/unit (the FOB customs value). */
  readonly unitCostUsd: number;
  /** International freight (and first mile) allocated to one unit, USD/unit. */
  readonly freightPerUnitUsd: number;
  /** Import duty, fraction of the customs value (0.075 = 7.5 %; at most 5 = 500 %). Default 0. */
  readonly dutyRate?: number;
  /** Cargo insurance rate, fraction (0.003 = 0.3 %; at most 1). Default 0. */
  readonly insuranceRate?: number;
  /** Other per-unit costs: customs fees, warehouse operations, storage, USD/unit. Default 0. */
  readonly feesPerUnitUsd?: number;
  /** What duty is charged on; default "FOB" (US rule). */
  readonly customsValueBasis?: CustomsValueBasis;
}

/** One unit's landed cost and the parts it is made of, USD/unit. */
export interface LandedCost {
  readonly totalUsd: number;
  readonly parts: {
    readonly purchase: number;
    readonly freight: number;
    readonly duty: number;
    readonly insurance: number;
    readonly fees: number;
  };
}

/** Largest duty rate accepted (500 %): above it a percentage was almost surely typed as a number. */
const MAX_DUTY_RATE = 5;

/**
 * Landed cost of one unit, USD:
 * total = purchase + freight + duty + insurance + fees, where
 * duty = customs value × duty rate (customs value = unit cost for "FOB",
 * unit cost + freight + insurance for "CIF") and
 * insurance = (unit cost + freight) × 1.1 × insurance rate ({@link cargoInsuranceUsd}).
 *
 * Import VAT (EU) is left out: a VAT-registered seller reclaims it.
 * Source: DESIGN.md §1 item 7; customs value rules as in {@link CustomsValueBasis}.
 * @returns total and parts, or NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE naming the field
 * @example landedCostPerUnit({ unitCostUsd: 10, freightPerUnitUsd: 2, dutyRate: 0.075, insuranceRate: 0.003, feesPerUnitUsd: 0.5 })
 * // ok({ totalUsd: 13.2896, parts: { purchase: 10, freight: 2, duty: 0.75, insurance: 0.0396, fees: 0.5 } })
 * // duty 10 × 0.075 = 0.75; insurance (10 + 2) × 1.1 × 0.003 = 0.0396
 */
export function landedCostPerUnit(input: LandedCostInput): Result<LandedCost> {
  const cost = checkNonNegative(input.unitCostUsd, "unit_cost_usd");
  if (!cost.ok) return cost;
  const freight = checkNonNegative(input.freightPerUnitUsd, "freight_per_unit_usd");
  if (!freight.ok) return freight;
  const dutyRate = checkRate(input.dutyRate ?? 0, "duty_rate", MAX_DUTY_RATE);
  if (!dutyRate.ok) return dutyRate;
  const fees = checkNonNegative(input.feesPerUnitUsd ?? 0, "fees_per_unit_usd");
  if (!fees.ok) return fees;
  const basis = input.customsValueBasis ?? "FOB";
  if (basis !== "FOB" && basis !== "CIF") {
    return err("OUT_OF_RANGE", `customs_value_basis must be FOB or CIF (got ${String(basis)})`, { argument: "customs_value_basis" });
  }
  const insurance = cargoInsuranceUsd(cost.value, freight.value, input.insuranceRate ?? 0);
  if (!insurance.ok) return insurance;
  const customsValue = basis === "FOB" ? cost.value : cost.value + freight.value + insurance.value;
  const duty = customsValue * dutyRate.value;
  const total = cost.value + freight.value + duty + insurance.value + fees.value;
  if (!Number.isFinite(total)) return err("OUT_OF_RANGE", "the landed cost is too large to compute", { argument: "unit_cost_usd" });
  return ok({
    totalUsd: total,
    parts: { purchase: cost.value, freight: freight.value, duty, insurance: insurance.value, fees: fees.value },
  });
}

/** Rates and limits of the US customs user fees; see {@link US_IMPORT_FEE_RATES_FY2025}. */
export interface UsImportFeeRates {
  /** Merchandise processing fee, fraction of customs value. */
  readonly mpfRate: number;
  /** Least MPF per formal entry, USD. */
  readonly mpfMinUsd: number;
  /** Most MPF per formal entry, USD. */
  readonly mpfMaxUsd: number;
  /** Harbor maintenance fee, fraction of customs value, ocean only. */
  readonly hmfRate: number;
}

/**
 * US customs user fees for fiscal year 2025 (1 Oct 2024 – 30 Sep 2025).
 * MPF 0.3464 % ad valorem (19 CFR 24.23(b)(1)); formal-entry minimum $32.71 and
 * maximum $634.62, CBP's inflation adjustment for FY2025 (Federal Register
 * 2024-15990, 22 Jul 2024). HMF 0.125 % of the value of cargo unloaded at US
 * ports (19 CFR 24.24), no minimum or maximum. CBP adjusts the MPF limits every
 * fiscal year: pass newer ones in `rates`.
 */
export const US_IMPORT_FEE_RATES_FY2025: UsImportFeeRates = Object.freeze({
  mpfRate: 0.003464,
  mpfMinUsd: 32.71,
  mpfMaxUsd: 634.62,
  hmfRate: 0.00125,
});

/** The US customs user fees of one entry, USD. */
export interface UsImportFees {
  readonly mpfUsd: number;
  readonly hmfUsd: number;
  readonly totalUsd: number;
}

/**
 * US customs user fees of one formal entry, USD:
 * MPF = clamp(customs value × 0.3464 %, $32.71, $634.62);
 * HMF = customs value × 0.125 % when the goods arrive by sea, else 0.
 *
 * The customs value is the whole entry's (one shipment's), not a unit's: the
 * MPF minimum and maximum apply per entry. A value of 0 (nothing entered) costs
 * nothing. Informal entries (value up to $2,500) pay a small flat MPF instead;
 * that case is not modelled — the formal-entry minimum overstates it.
 * Source: DESIGN.md §1 item 7; rates and limits in {@link US_IMPORT_FEE_RATES_FY2025}.
 * @param customsValueUsd the entry's customs value, USD (≥ 0)
 * @param ocean true when the goods arrive by sea (harbor maintenance fee applies)
 * @param rates overrides of the FY2025 rates and limits (e.g. a later fiscal year's)
 * @returns MPF, HMF and their total, or NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE naming the argument
 * @example usImportFeesUsd(50000, true) // ok({ mpfUsd: 173.2, hmfUsd: 62.5, totalUsd: 235.7 }): 50 000 × 0.3464 % and × 0.125 %
 * @example usImportFeesUsd(5000, false) // ok({ mpfUsd: 32.71, hmfUsd: 0, totalUsd: 32.71 }): 17.32 is below the minimum
 */
export function usImportFeesUsd(customsValueUsd: number, ocean: boolean, rates: Partial<UsImportFeeRates> = {}): Result<UsImportFees> {
  const value = checkNonNegative(customsValueUsd, "customs_value_usd");
  if (!value.ok) return value;
  if (typeof ocean !== "boolean") return err("NOT_A_NUMBER", `ocean must be TRUE or FALSE (got ${String(ocean)})`, { argument: "ocean" });
  const r = { ...US_IMPORT_FEE_RATES_FY2025, ...rates };
  const mpfRate = checkRate(r.mpfRate, "mpf_rate", 1);
  if (!mpfRate.ok) return mpfRate;
  const hmfRate = checkRate(r.hmfRate, "hmf_rate", 1);
  if (!hmfRate.ok) return hmfRate;
  const min = checkNonNegative(r.mpfMinUsd, "mpf_min_usd");
  if (!min.ok) return min;
  const max = checkNonNegative(r.mpfMaxUsd, "mpf_max_usd");
  if (!max.ok) return max;
  if (max.value < min.value) {
    return err("INCONSISTENT_INPUT", `mpf_max_usd (${max.value}) is smaller than mpf_min_usd (${min.value})`, { argument: "mpf_max_usd" });
  }
  if (value.value === 0) return ok({ mpfUsd: 0, hmfUsd: 0, totalUsd: 0 });
  const mpf = Math.min(max.value, Math.max(min.value, value.value * mpfRate.value));
  const hmf = ocean ? value.value * hmfRate.value : 0;
  if (!Number.isFinite(hmf)) return err("OUT_OF_RANGE", `customs_value_usd (${value.value}) is too large to compute`, { argument: "customs_value_usd" });
  return ok({ mpfUsd: mpf, hmfUsd: hmf, totalUsd: mpf + hmf });
}
