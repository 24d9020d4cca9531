/**
 * The cross-border economics the plan replay gives each M5 series, chosen once, with reasons,
 * before any replay was run (issue 11 §4), and never tuned to the replayed events:
 *
 * - Price: the series' mean M5 shelf price (prices.csv, all weeks), mapped log-linearly from the
 *   range of the 280 means ($0.50 … $11.30) onto $4 … $40, the range of a cross-border catalogue;
 *   log-linear keeps the order and the ratios between items (a 2× dearer item stays 2× dearer).
 * - Unit cost 30 % of the price (FOB China), marketplace fees 15 % of the price (Amazon's
 *   referral fee in most categories): unit margin m = 55 % of the price.
 * - Goods by category, packed: value density FOODS $8/kg (heavy groceries), HOUSEHOLD $12/kg
 *   (bulky plastics and cleaning goods), HOBBIES $30/kg (light toys and crafts); bulk density
 *   FOODS 400 kg/m³, HOUSEHOLD and HOBBIES 150 kg/m³. Unit kg = price ÷ value density,
 *   unit m³ = unit kg ÷ bulk density. So groceries never pay for air freight, household goods
 *   barely do, hobby goods easily — a realistic mix for a seller to get right.
 * - Carton: 50 × 40 × 30 cm outer (0.06 m³), filled to 85 %, at most 19 kg of goods: units per
 *   carton = max(1, ⌊min(0.051 ÷ unit m³, 19 ÷ unit kg)⌋); carton kg = units × unit kg + 1 kg tare.
 * - Duty 7.5 % of the unit cost (US Section 301 list 4A), insurance 0.3 % (product default).
 * - Nothing on hand or in transit at the plan date (the sales before the event are the seller's
 *   normal stock's), goods ready on the plan date (supplier lead 0), no MOQ, nothing sensitive.
 * - Lanes: the product's default China → US West lanes (defaultLanes("US-West")); event settings:
 *   the product's defaults (EVENT_DEFAULTS: receiving 14 days, safety 7, cover 14 days, storage
 *   $0.78/$2.40 per ft³·month, no service-level floor and no buffer, SERVICE safety stock at A 98 % /
 *   B 95 % / C 90 % for the SafetyStock column, which sets no quantity) and the leftover cost o of the
 *   plan (LEFTOVER_DEFAULTS: 90 days of storage + 10 % of the cost).
 *   At T−70 sea FCL (5 + 55 + 14 + 7 = 81 days) and LCL are out of reach; the fast boat
 *   (5 + 22 + 14 + 7 = 48) is the sea lane in time, air (33) and express (27) the fast ones.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SkuMaster } from "../src/engine";
import { m5Folder } from "./m5";

const PRICE_LOW_USD = 4;
const PRICE_HIGH_USD = 40;
const COST_SHARE = 0.3;
const FEE_SHARE = 0.15;
const DUTY_RATE = 0.075;
/** Retail USD per kg of packed goods, and packed kg per m³, by M5 category. */
const GOODS: Readonly<Record<string, { readonly usdPerKg: number; readonly kgPerM3: number }>> = {
  FOODS: { usdPerKg: 8, kgPerM3: 400 },
  HOUSEHOLD: { usdPerKg: 12, kgPerM3: 150 },
  HOBBIES: { usdPerKg: 30, kgPerM3: 150 },
};
const CARTON_CM = [50, 40, 30] as const;
const CARTON_FILL_M3 = 0.06 * 0.85;
const CARTON_GOODS_MAX_KG = 19;
const CARTON_TARE_KG = 1;

/** Mean shelf price per series id from prices.csv, USD. */
export function meanShelfPrices(): Map<string, number> {
  const lines = readFileSync(join(m5Folder(), "prices.csv"), "utf8").trim().split(/\r?\n/).slice(1);
  const sums = new Map<string, [number, number]>();
  for (const line of lines) {
    const cells = line.split(",");
    const id = cells[0].replace(/"/g, "");
    const s = sums.get(id) ?? [0, 0];
    sums.set(id, [s[0] + Number(cells[4]), s[1] + 1]);
  }
  return new Map([...sums].map(([id, [sum, n]]) => [id, sum / n]));
}

/** Shelf prices mapped log-linearly from [min, max] onto [$4, $40]. */
export function scaledPrices(shelf: ReadonlyMap<string, number>): Map<string, number> {
  const values = [...shelf.values()];
  const lo = Math.log(Math.min(...values));
  const hi = Math.log(Math.max(...values));
  const span = Math.log(PRICE_HIGH_USD / PRICE_LOW_USD);
  return new Map([...shelf].map(([id, p]) => [id, PRICE_LOW_USD * Math.exp(((Math.log(p) - lo) / (hi - lo)) * span)]));
}

/** The SKU master of one M5 series under the economics above. */
export function m5Sku(id: string, category: string, priceUsd: number): SkuMaster {
  const goods = GOODS[category] ?? GOODS.HOUSEHOLD;
  const unitKg = priceUsd / goods.usdPerKg;
  const unitM3 = unitKg / goods.kgPerM3;
  const perCarton = Math.max(1, Math.floor(Math.min(CARTON_FILL_M3 / unitM3, CARTON_GOODS_MAX_KG / unitKg)));
  return {
    sku: id,
    unitCost: COST_SHARE * priceUsd,
    price: priceUsd,
    marketplaceFeePerUnit: FEE_SHARE * priceUsd,
    unitsPerCarton: perCarton,
    cartonLengthCm: CARTON_CM[0],
    cartonWidthCm: CARTON_CM[1],
    cartonHeightCm: CARTON_CM[2],
    cartonWeightKg: perCarton * unitKg + CARTON_TARE_KG,
    dutyRate: DUTY_RATE,
    onHand: 0,
    inTransit: 0,
    supplierLeadDays: 0,
    moq: 0,
    sensitive: false,
  };
}

/** One line per category for the printed header. */
export function economicsHeader(): string[] {
  return [
    `price: M5 mean shelf price mapped log-linearly onto $${PRICE_LOW_USD}–$${PRICE_HIGH_USD}; cost ${COST_SHARE * 100} %, marketplace fees ${FEE_SHARE * 100} % of price (margin ${Math.round((1 - COST_SHARE - FEE_SHARE) * 100)} %); duty ${DUTY_RATE * 100} %`,
    `goods: ${Object.entries(GOODS).map(([c, g]) => `${c} $${g.usdPerKg}/kg, ${g.kgPerM3} kg/m³`).join("; ")}; carton ${CARTON_CM.join("×")} cm, 85 % full, ≤ ${CARTON_GOODS_MAX_KG} kg of goods`,
    "lanes: default China → US West; event settings and leftover cost o (90 days' storage + 10 % of cost): the product's defaults; on hand 0",
  ];
}
