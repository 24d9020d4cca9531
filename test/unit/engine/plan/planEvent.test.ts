import { planFromSheets } from "../../../../src/engine/plan/planFromSheets";
import { planEvent } from "../../../../src/engine/plan/planEvent";
import { DEFAULT_LANES } from "../../../../src/engine/plan/defaultLanes";
import { unwrap } from "../stock/testResult";
import { flatSeries, POLICY, S, SKU } from "./flatBook";
import { grids } from "./twoDestinationBook";

function planned(withDestination = true) {
  const g = grids(withDestination);
  return unwrap(planFromSheets({ sheetNames: Object.keys(g), grids: g }));
}

describe("planEvent on the two-destination book (twoDestinationBook.ts), worked by hand", () => {
  const run = planned();
  const { plan } = run;
  const line = (sku: string, destination: string) => {
    const l = plan.lines.find((x) => x.sku === sku && x.destination === destination);
    if (!l) throw new Error(`${sku} @ ${destination}`);
    return l;
  };

  it("plans each SKU once per destination it sells in, on that destination's stock", () => {
    expect(plan.lines.map((l) => [l.sku, l.destination, l.onHand, l.inTransitUsable])).toEqual([
      ["MUG", "Amazon US", 100, 0],
      ["MUG", "Amazon DE", 20, 60], // hand: the DE row's 60 arrive S − 10, before the start: counted in full
      ["LAMP", "Amazon US", 50, 0], // the row without a destination: LAMP sells only in the US
    ]);
    expect(plan.outcomes.map((o) => [o.sku, o.destination, o.status])).toEqual([["MUG", "Amazon US", "ok"], ["MUG", "Amazon DE", "ok"], ["LAMP", "Amazon US", "ok"]]);
  });

  it("sells each destination's own sales: 10/day in the US (its stock-out re-filled), 4/day in Germany, never Walmart's", () => {
    expect(line("MUG", "Amazon US").baselinePerDay).toBeCloseTo(10, 0);
    expect(line("MUG", "Amazon DE").baselinePerDay).toBeCloseTo(4, 0);
    expect(line("LAMP", "Amazon US").baselinePerDay).toBeCloseTo(5, 0);
  });

  it("never sends a US-selling SKU by a lane to Germany", () => {
    // hand: US: fast boat ($1.80/unit, ship-by 2026-10-10); DE: rail ($1.32, 2026-10-01), the sprint by air → Germany,
    // decided by the re-plan on its ship-by S − 7 − 14 − 10 − 2 = S − 33 (its expected units round to no carton today)
    expect(line("MUG", "Amazon US").base?.lane).toBe("Fast boat → US West");
    expect(line("MUG", "Amazon DE").base?.lane).toBe("Rail → Germany");
    expect(line("MUG", "Amazon DE").quantityMode).toBe("two-stage");
    expect(line("MUG", "Amazon DE").sprintReviewSerial).toBe(S - 33);
    for (const s of plan.shipments) expect([s.destination, s.lane.endsWith(s.destination === "Amazon DE" ? "Germany" : "US West")]).toEqual([s.destination, true]);
    // the same lanes without their Destination: the cheapest slow lane of the whole list, rail to Germany, carries the US SKU
    const legacy = planned(false).plan;
    expect(legacy.lines.find((l) => l.sku === "MUG")?.base?.lane).toBe("Rail → Germany");
  });

  it("alerts Walmart's sales, which no lane serves, and allocates nothing (no destination shares its stock)", () => {
    expect(plan.alerts.filter((a) => a.kind === "MARKETPLACE").map((a) => [a.severity, a.message])).toEqual([
      ["high", "Sales marketplace 'Walmart' sells from none of the destinations (Amazon US, Amazon DE): its 800 units of sales are not planned; give a lane that Destination or set the Event's Marketplace"],
    ]);
    expect(plan.allocations.size).toBe(0);
  });

  it("checks each destination against its own capacity", () => {
    expect(plan.capacity.map((c) => [c.destination, c.limit])).toEqual([["Amazon US", 100], ["Amazon DE", 5000]]);
    const us = plan.capacity[0];
    // hand: US ft³ = 0.211888 ft³/unit × (stock left at the event + both SKUs' batches)
    const usUnits = plan.lines.filter((l) => l.destination === "Amazon US").reduce((s, l) => s + l.stockAtEventUnits + (l.base?.units ?? 0) + (l.sprint?.units ?? 0), 0);
    expect(us.cubicFeet).toBeCloseTo(usUnits * 0.2118880003, 6);
  });

  it("writes the destination on the Plan, Batches and Alerts sheets", () => {
    const [planSheet, batches, , alerts] = run.tables;
    const column = (t: (typeof run.tables)[number], key: string) => t.columns.findIndex((c) => c.key === key);
    expect(planSheet.rows.map((r) => [r[0], r[column(planSheet, "Destination")]])).toEqual([["MUG", "Amazon US"], ["MUG", "Amazon DE"], ["LAMP", "Amazon US"]]);
    expect(planSheet.columns.slice(0, 4).map((c) => [c.key, c.zh])).toEqual([["SKU", "SKU"], ["Name", "名称"], ["Destination", "目的地"], ["Class", "分类"]]);
    expect(new Set(batches.rows.map((r) => r[column(batches, "Destination")]))).toEqual(new Set(["Amazon US", "Amazon DE"]));
    expect(alerts.rows.find((r) => r[1] === "MARKETPLACE")?.[column(alerts, "Destination")]).toBe("");
  });
});

describe("planEvent on plain series", () => {
  it("plans them at the Event's destination, or the lanes' only one", () => {
    const plan = planEvent({ series: [flatSeries()], skus: [SKU], lanes: DEFAULT_LANES, policy: POLICY });
    expect(plan.lines.map((l) => [l.sku, l.destination])).toEqual([["A", "Amazon US"]]);
  });

  it("skips a SKU without sales and one sold but not in the master", () => {
    const plan = planEvent({ series: [flatSeries("Z")], skus: [SKU], lanes: DEFAULT_LANES, policy: POLICY });
    expect(plan.outcomes.map((o) => [o.sku, o.status])).toEqual([["A", "skipped"], ["Z", "skipped"]]);
    expect(plan.alerts.map((a) => a.message)).toEqual(["Skipped: no sales history on the Sales sheet", "Skipped: sold but not on the SKUs sheet (no cost or carton data)"]);
  });
});
