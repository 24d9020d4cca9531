/**
 * Freight of one shipment on one lane: by chargeable kg (air, express) or by
 * weight/measure CBM (sea, fast boat, rail), never below the lane's minimum.
 */
import { err, ok, type ErrorLocation, type Result } from "../errors";
import type { Lane, SkuMaster } from "../plan/types";
import { checkNonNegative, checkPositive } from "../stock/checkArgument";
import { cartonCbm } from "./cartonVolume";
import { chargeableWeightKg } from "./chargeableWeight";
import { checkWholeCount } from "./checkLogisticsArgument";

/** What is shipped in one booking on one lane. Totals, not per carton. */
export interface Shipment {
  /** Number of cartons, a whole number ≥ 0. */
  readonly cartons: number;
  /** Total volume, m³ (CBM). */
  readonly cbm: number;
  /** Total gross weight, kg. */
  readonly actualKg: number;
  /** Total chargeable weight on this lane, kg (≥ actualKg); see {@link chargeableKgForLane}. */
  readonly chargeableKg: number;
}

/** What the freight was charged on: chargeable kg, W/M CBM, or the lane's minimum charge. */
export type FreightBasis = "kg" | "cbm" | "minimum";

/** Freight of one shipment, USD, and what it was charged on. */
export interface LaneFreight {
  readonly freightUsd: number;
  readonly basis: FreightBasis;
}

/** Kilograms that count as one CBM under the sea weight/measure rule (1 tonne = 1 m³). */
const KG_PER_REVENUE_CBM = 1000;
const CM3_PER_M3 = 1_000_000;
/** Relative slack for comparing totals summed carton by carton with totals computed at once. */
const RELATIVE_SLACK = 1e-9;

function laneWhere(column: string): ErrorLocation {
  return { sheet: "Lanes", column };
}

function checkLaneNumber(lane: Lane, value: number, column: string, positive = false): Result<number> {
  const checked = positive ? checkPositive(value, column) : checkNonNegative(value, column);
  return checked.ok ? checked : err(checked.error.code, `Lane '${lane.name}', ${checked.error.message}`, laneWhere(column));
}

function checkSkuNumber(sku: SkuMaster, value: number, column: string): Result<number> {
  const checked = checkNonNegative(value, column);
  return checked.ok ? checked : err(checked.error.code, `SKU '${sku.sku}', ${checked.error.message}`, { sheet: "SKUs", column, sku: sku.sku });
}

/** The basis a lane charges on when nothing decides between two rates (an empty shipment). */
function primaryBasis(lane: Lane): FreightBasis {
  if (lane.ratePerKg === 0 && lane.ratePerCbm === 0) return "minimum";
  if (lane.ratePerKg === 0) return "cbm";
  if (lane.ratePerCbm === 0) return "kg";
  return lane.mode === "air" || lane.mode === "express" ? "kg" : "cbm";
}

/**
 * Freight of one shipment on one lane, USD:
 * by kg = RatePerKg × chargeable kg (when RatePerKg > 0);
 * by CBM = RatePerCbm × max(CBM, actual kg ÷ 1000) (when RatePerCbm > 0) — the sea
 * weight/measure rule, 1 tonne counts as 1 CBM;
 * freight = max(the larger of those, MinCharge).
 *
 * Sea, fast-boat and rail lanes normally carry only a RatePerCbm and air and
 * express only a RatePerKg; a lane with both is billed on whichever is larger,
 * as forwarders bill weight or measure. A lane with no rate but a MinCharge is a
 * flat fee per shipment. A shipment of 0 cartons books nothing and costs 0.
 * The chargeable kg must have been worked out with this lane's divisor
 * ({@link chargeableKgForLane}); a value below the shipment's actual or volumetric
 * weight is reported, not silently used.
 * Source: DESIGN.md §1 item 6 (chargeable weight, LCL per CBM), §2 (lanes).
 * @param lane the lane (RatePerKg, RatePerCbm, MinCharge, VolumetricDivisor are read)
 * @param shipment totals: cartons, CBM, actual kg, chargeable kg
 * @returns USD and basis, or NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE naming the field,
 * or INCONSISTENT_INPUT when the shipment's figures contradict each other
 * @example laneFreightUsd(seaLcl, { cartons: 10, cbm: 0.6, actualKg: 200, chargeableKg: 600 }) // RatePerCbm 180, MinCharge 300
 * // ok({ freightUsd: 300, basis: "minimum" }): 180 × max(0.6, 0.2) = 108 < 300
 * @example laneFreightUsd(air, { cartons: 10, cbm: 1.2, actualKg: 80, chargeableKg: 200 }) // RatePerKg 5, divisor 6000
 * // ok({ freightUsd: 1000, basis: "kg" }): 5 × 200 kg (1.2 × 1 000 000 ÷ 6000 = 200 ≥ 80)
 */
export function laneFreightUsd(lane: Lane, shipment: Shipment): Result<LaneFreight> {
  const perKg = checkLaneNumber(lane, lane.ratePerKg, "RatePerKg");
  if (!perKg.ok) return perKg;
  const perCbm = checkLaneNumber(lane, lane.ratePerCbm, "RatePerCbm");
  if (!perCbm.ok) return perCbm;
  const minCharge = checkLaneNumber(lane, lane.minCharge, "MinCharge");
  if (!minCharge.ok) return minCharge;
  if (perKg.value === 0 && perCbm.value === 0 && minCharge.value === 0) {
    return err("OUT_OF_RANGE", `Lane '${lane.name}' has no freight rate: RatePerKg, RatePerCbm and MinCharge are all 0`, laneWhere("RatePerKg"));
  }
  const cartons = checkWholeCount(shipment.cartons, "cartons");
  if (!cartons.ok) return cartons;
  const cbm = checkNonNegative(shipment.cbm, "cbm");
  if (!cbm.ok) return cbm;
  const actualKg = checkNonNegative(shipment.actualKg, "actual_kg");
  if (!actualKg.ok) return actualKg;
  const chargeableKg = checkNonNegative(shipment.chargeableKg, "chargeable_kg");
  if (!chargeableKg.ok) return chargeableKg;

  if (cartons.value === 0) {
    if (cbm.value > 0 || actualKg.value > 0 || chargeableKg.value > 0) {
      return err("INCONSISTENT_INPUT", `cartons is 0 but the shipment has volume or weight (cbm ${cbm.value}, actual_kg ${actualKg.value})`, { argument: "cartons" });
    }
    return ok({ freightUsd: 0, basis: primaryBasis(lane) });
  }

  let best: LaneFreight | null = null;
  if (perKg.value > 0) {
    const divisor = checkLaneNumber(lane, lane.volumetricDivisor, "VolumetricDivisor", true);
    if (!divisor.ok) return divisor;
    if (chargeableKg.value < actualKg.value * (1 - RELATIVE_SLACK)) {
      return err("INCONSISTENT_INPUT", `chargeable_kg (${chargeableKg.value}) is below actual_kg (${actualKg.value}); chargeable weight is never less than actual`, { argument: "chargeable_kg" });
    }
    const volumetricKg = (cbm.value * CM3_PER_M3) / divisor.value;
    if (chargeableKg.value < volumetricKg * (1 - RELATIVE_SLACK)) {
      return err(
        "INCONSISTENT_INPUT",
        `chargeable_kg (${chargeableKg.value}) is below the volumetric weight of ${cbm.value} CBM on lane '${lane.name}' (${cbm.value} × 1000000 ÷ ${divisor.value} = ${volumetricKg} kg); work it out with this lane's divisor`,
        { argument: "chargeable_kg" },
      );
    }
    best = { freightUsd: perKg.value * chargeableKg.value, basis: "kg" };
  }
  if (perCbm.value > 0) {
    const revenueCbm = Math.max(cbm.value, actualKg.value / KG_PER_REVENUE_CBM);
    const byCbm = perCbm.value * revenueCbm;
    const preferCbm = best === null || byCbm > best.freightUsd || (byCbm === best.freightUsd && primaryBasis(lane) === "cbm");
    if (preferCbm) best = { freightUsd: byCbm, basis: "cbm" };
  }
  const charged: LaneFreight = best === null || best.freightUsd < minCharge.value ? { freightUsd: minCharge.value, basis: "minimum" } : best;
  if (!Number.isFinite(charged.freightUsd)) {
    return err("OUT_OF_RANGE", `the freight of this shipment on lane '${lane.name}' is too large to compute`, { argument: "cbm" });
  }
  return ok(charged);
}

/**
 * Chargeable weight of `cartons` cartons of a SKU on a lane, kg: per carton
 * max(CartonWeightKg, CartonLengthCm × CartonWidthCm × CartonHeightCm ÷ the lane's
 * VolumetricDivisor), times cartons ({@link chargeableWeightKg}).
 *
 * With a sea lane's divisor of 1000 this is the weight/measure tonnage in kg.
 * Source: DESIGN.md §1 item 6.
 * @param lane the lane whose VolumetricDivisor (cm³/kg, > 0) applies
 * @param sku the SKU's carton dimensions (cm) and gross carton weight (kg)
 * @param cartons number of cartons, a whole number ≥ 0
 * @returns kg, or NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE naming the SKU or lane field
 * @example chargeableKgForLane(express, sku, 10) // carton 60 × 50 × 40 cm, 8 kg; divisor 5000
 * // ok(240): 120 000 ÷ 5000 = 24 kg > 8 kg, × 10
 */
export function chargeableKgForLane(lane: Lane, sku: SkuMaster, cartons: number): Result<number> {
  const divisor = checkLaneNumber(lane, lane.volumetricDivisor, "VolumetricDivisor", true);
  if (!divisor.ok) return divisor;
  const dims = checkSkuCarton(sku);
  if (!dims.ok) return dims;
  return chargeableWeightKg(sku.cartonLengthCm, sku.cartonWidthCm, sku.cartonHeightCm, sku.cartonWeightKg, divisor.value, cartons);
}

function checkSkuCarton(sku: SkuMaster): Result<true> {
  const fields: readonly (readonly [number, string])[] = [
    [sku.cartonLengthCm, "CartonLengthCm"],
    [sku.cartonWidthCm, "CartonWidthCm"],
    [sku.cartonHeightCm, "CartonHeightCm"],
    [sku.cartonWeightKg, "CartonWeightKg"],
  ];
  for (const [value, column] of fields) {
    const checked = checkSkuNumber(sku, value, column);
    if (!checked.ok) return checked;
  }
  return ok(true);
}

/**
 * The {@link Shipment} of `cartons` cartons of a SKU on a lane: total CBM, actual
 * kg and the lane's chargeable kg, ready for {@link laneFreightUsd}.
 * @returns the shipment, or the first field error (naming the SKU or lane field)
 * @example shipmentForSku(air, sku, 10) // carton 60 × 50 × 40 cm, 8 kg; divisor 6000
 * // ok({ cartons: 10, cbm: 1.2, actualKg: 80, chargeableKg: 200 })
 */
export function shipmentForSku(lane: Lane, sku: SkuMaster, cartons: number): Result<Shipment> {
  const chargeableKg = chargeableKgForLane(lane, sku, cartons);
  if (!chargeableKg.ok) return chargeableKg;
  const cbm = cartonCbm(sku.cartonLengthCm, sku.cartonWidthCm, sku.cartonHeightCm, cartons);
  if (!cbm.ok) return cbm;
  return ok({ cartons, cbm: cbm.value, actualKg: sku.cartonWeightKg * cartons, chargeableKg: chargeableKg.value });
}
