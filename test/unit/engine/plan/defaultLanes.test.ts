import { laneFreightUsd, shipmentForSku } from "../../../../src/engine/logistics/laneFreight";
import { DEFAULT_LANES, defaultLanes, type LaneDestination } from "../../../../src/engine/plan/defaultLanes";
import type { Lane, SkuMaster } from "../../../../src/engine/plan/types";
import { unwrap } from "../stock/testResult";

const DESTINATIONS: readonly LaneDestination[] = ["US-West", "US-East", "DE"];
const SLOW = new Set(["sea", "fast-sea", "rail"]);
const FAST = new Set(["air", "express"]);

function byName(destination: LaneDestination, name: string): Lane {
  const lane = defaultLanes(destination).find((l) => l.name === name);
  if (!lane) throw new Error(`no default lane '${name}' to ${destination}`);
  return lane;
}

describe("defaultLanes", () => {
  it.each(DESTINATIONS)("gives %s valid lanes", (destination) => {
    const lanes = defaultLanes(destination);
    expect(lanes.length).toBeGreaterThanOrEqual(4);
    expect(new Set(lanes.map((l) => l.name)).size).toBe(lanes.length);
    for (const lane of lanes) {
      expect(lane.transitDays).toBeGreaterThan(0);
      expect(lane.transitDaysWorst).toBeGreaterThanOrEqual(lane.transitDays);
      expect(lane.handlingDays).toBeGreaterThanOrEqual(0);
      expect(lane.volumetricDivisor).toBeGreaterThan(0);
      expect(lane.ratePerKg).toBeGreaterThanOrEqual(0);
      expect(lane.ratePerCbm).toBeGreaterThanOrEqual(0);
      expect(lane.ratePerKg + lane.ratePerCbm).toBeGreaterThan(0);
      expect(lane.minCharge).toBeGreaterThan(0);
      for (const n of [lane.transitDays, lane.transitDaysWorst, lane.handlingDays]) expect(Number.isInteger(n)).toBe(true);
    }
  });

  it.each(DESTINATIONS)("gives %s at least one slow and one fast lane", (destination) => {
    const modes = defaultLanes(destination).map((l) => l.mode);
    expect(modes.some((m) => SLOW.has(m))).toBe(true);
    expect(modes.some((m) => FAST.has(m))).toBe(true);
  });

  it.each(DESTINATIONS)("keeps sensitive goods off air and express to %s", (destination) => {
    for (const lane of defaultLanes(destination)) {
      if (FAST.has(lane.mode)) expect(lane.allowsSensitive).toBe(false);
      // stated in defaultLanes.ts: sea and fast boat take declared sensitive goods, rail does not
      if (lane.mode === "sea" || lane.mode === "fast-sea") expect(lane.allowsSensitive).toBe(true);
      if (lane.mode === "rail") expect(lane.allowsSensitive).toBe(false);
    }
  });

  it("charges fast lanes by kg with IATA / courier divisors and slow lanes by CBM", () => {
    for (const lane of DESTINATIONS.flatMap((d) => defaultLanes(d))) {
      if (lane.mode === "air") expect([lane.ratePerKg > 0, lane.volumetricDivisor]).toEqual([true, 6000]);
      if (lane.mode === "express") expect([lane.ratePerKg > 0, lane.volumetricDivisor]).toEqual([true, 5000]);
      if (SLOW.has(lane.mode)) expect([lane.ratePerCbm > 0, lane.ratePerKg, lane.volumetricDivisor]).toEqual([true, 0, 1000]);
    }
  });

  it("applies the harbor fee to ocean lanes into the US only", () => {
    for (const d of DESTINATIONS) {
      for (const lane of defaultLanes(d)) {
        const oceanIntoUs = d !== "DE" && (lane.mode === "sea" || lane.mode === "fast-sea");
        expect(lane.harborFee === true).toBe(oceanIntoUs);
      }
    }
  });

  it("takes DESIGN.md §2 ranges, upper end door to door for the worst case", () => {
    // §2 sea FCL US West: 20–30 port to port + 10–25 door and customs → 30 typical, 55 worst
    expect(byName("US-West", "Sea FCL → US West")).toMatchObject({ transitDays: 30, transitDaysWorst: 55 });
    // LCL adds 5–10 → 35, 65
    expect(byName("US-West", "Sea LCL → US West")).toMatchObject({ transitDays: 35, transitDaysWorst: 65 });
    // §2 sea US East: 40–60 door to door
    expect(byName("US-East", "Sea FCL → US East")).toMatchObject({ transitDays: 40, transitDaysWorst: 60 });
    // §2 air 5–10 door to door at about $3.5–6.2/kg; express 2–5
    const usAir = byName("US-West", "Air → US West");
    expect(usAir).toMatchObject({ transitDays: 5, transitDaysWorst: 10 });
    expect(usAir.ratePerKg).toBeGreaterThanOrEqual(3.5);
    expect(usAir.ratePerKg).toBeLessThanOrEqual(6.2);
    expect(byName("DE", "Express → Germany")).toMatchObject({ transitDays: 2, transitDaysWorst: 5 });
    // §2 rail to Germany 18–25 (+ door) is faster than sea 30–35 (+ door)
    expect(byName("DE", "Rail → Germany").transitDaysWorst).toBeLessThan(byName("DE", "Sea FCL → Germany").transitDays + 1);
    // §2 fast boat to US West 10–15 on the water, at least that door to door
    const fastBoat = byName("US-West", "Fast boat → US West");
    expect(fastBoat.transitDays).toBeGreaterThanOrEqual(10);
    expect(fastBoat.transitDaysWorst).toBeGreaterThanOrEqual(15);
  });

  it.each(DESTINATIONS)("makes sea the cheapest and express the dearest for a full load to %s", (destination) => {
    // 200 cartons of 60 × 50 × 40 cm, 8 kg = 24 CBM, 1600 kg; e.g. US West: FCL max(120 × 24, 3000) = 3000,
    // LCL 160 × 24 = 3840, fast boat 300 × 24 = 7200, air 5 × 4000 kg = 20 000, express 7 × 4800 kg = 33 600
    const sku: SkuMaster = {
      sku: "A1", unitCost: 10, price: 30, unitsPerCarton: 24, cartonLengthCm: 60, cartonWidthCm: 50, cartonHeightCm: 40,
      cartonWeightKg: 8, dutyRate: 0, onHand: 0, inTransit: 0, supplierLeadDays: 20, moq: 0, sensitive: false,
    };
    const freight = defaultLanes(destination).map((lane) => ({
      lane,
      usd: unwrap(laneFreightUsd(lane, unwrap(shipmentForSku(lane, sku, 200)))).freightUsd,
    }));
    const cheapest = freight.reduce((a, b) => (b.usd < a.usd ? b : a));
    const dearest = freight.reduce((a, b) => (b.usd > a.usd ? b : a));
    expect(cheapest.lane.mode).toBe("sea");
    expect(dearest.lane.mode).toBe("express");
    // every slow lane is cheaper than every fast one
    const slowMax = Math.max(...freight.filter((f) => SLOW.has(f.lane.mode)).map((f) => f.usd));
    const fastMin = Math.min(...freight.filter((f) => FAST.has(f.lane.mode)).map((f) => f.usd));
    expect(slowMax).toBeLessThan(fastMin);
  });

  it("sends a small load by LCL rather than a part-empty container", () => {
    // hand: 10 CBM: FCL max(120 × 10, 3000) = 3000; LCL 160 × 10 = 1600
    const fcl = byName("US-West", "Sea FCL → US West");
    const lcl = byName("US-West", "Sea LCL → US West");
    const load = { cartons: 84, cbm: 10, actualKg: 700, chargeableKg: 10_000 };
    expect(unwrap(laneFreightUsd(fcl, load))).toEqual({ freightUsd: 3000, basis: "minimum" });
    expect(unwrap(laneFreightUsd(lcl, load))).toEqual({ freightUsd: 1600, basis: "cbm" });
  });

  it("defaults to US West, frozen, and has no lanes for an unknown destination", () => {
    expect(DEFAULT_LANES).toBe(defaultLanes("US-West"));
    expect(Object.isFrozen(DEFAULT_LANES)).toBe(true);
    expect(Object.isFrozen(DEFAULT_LANES[0])).toBe(true);
    expect(defaultLanes("Mars" as LaneDestination)).toEqual([]);
    expect(defaultLanes("toString" as LaneDestination)).toEqual([]);
  });
});
