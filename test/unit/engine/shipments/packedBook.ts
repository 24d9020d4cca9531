/**
 * Two SKUs packed by hand, shipped by air (divisor 6000 cm³/kg) and by fast boat (1000) to Amazon US,
 * and one SKU by air to Amazon DE, planned on the flat book's dates (flatBook.ts):
 * - BOX: carton 50 × 40 × 30 cm = 0.06 CBM, 8 kg, 10 units; by air 60 000 ÷ 6000 = 10 kg > 8 kg actual;
 * - IRON: carton 40 × 30 × 20 cm = 0.024 CBM, 9 kg, 6 units; by air 24 000 ÷ 6000 = 4 kg < 9 kg actual.
 * Lines: BOX 30 cartons by boat + 12 by air, IRON 5 by air; to Germany BOX 4 cartons by air.
 */
import type { BatchLine } from "../../../../src/engine/plan/batchLine";
import { batchLine } from "../../../../src/engine/plan/batchLine";
import { DEFAULT_LANES, defaultLanes } from "../../../../src/engine/plan/defaultLanes";
import { groupBatches } from "../../../../src/engine/plan/groupBatches";
import { laneOptions } from "../../../../src/engine/plan/laneOptions";
import type { PlanLine } from "../../../../src/engine/plan/planSku";
import type { Lane, SkuMaster } from "../../../../src/engine/plan/types";
import { shipmentPacking } from "../../../../src/engine/shipments/shipmentPacking";
import { lineWith, POLICY, SKU } from "../plan/flatBook";

export const BOX: SkuMaster = { ...SKU, sku: "BOX", name: "Storage box", fnsku: "X00BOX0001", cartonLengthCm: 50, cartonWidthCm: 40, cartonHeightCm: 30, cartonWeightKg: 8, unitsPerCarton: 10 };
export const IRON: SkuMaster = { ...SKU, sku: "IRON", name: "Cast iron pan", cartonLengthCm: 40, cartonWidthCm: 30, cartonHeightCm: 20, cartonWeightKg: 9, unitsPerCarton: 6 };
export const LANES: readonly Lane[] = [...DEFAULT_LANES.map((l) => ({ ...l, destination: "Amazon US" })), ...defaultLanes("DE")];

function on(sku: SkuMaster, laneName: string, cartons: number): BatchLine {
  const options = laneOptions(sku, LANES, POLICY.start, POLICY.receivingDays, POLICY.safetyDays, POLICY.planDate);
  if (!options.ok) throw new Error(options.error.message);
  const option = options.value.find((o) => o.lane.name === laneName);
  if (!option) throw new Error(laneName);
  const b = batchLine(sku, option, cartons, POLICY);
  if (!b.ok) throw new Error(b.error.message);
  return b.value;
}

export const LINES: readonly PlanLine[] = [
  lineWith({ sku: "BOX", name: "Storage box", destination: "Amazon US", base: on(BOX, "Fast boat → US West", 30), sprint: on(BOX, "Air → US West", 12) }),
  lineWith({ sku: "IRON", name: "Cast iron pan", destination: "Amazon US", base: null, sprint: on(IRON, "Air → US West", 5) }),
  lineWith({ sku: "BOX", name: "Storage box", destination: "Amazon DE", base: null, sprint: on(BOX, "Air → Germany", 4) }),
];

export const SHIPMENTS = groupBatches(LINES, LANES);
export const PACKING = shipmentPacking(SHIPMENTS, LINES, [BOX, IRON], LANES, "");
