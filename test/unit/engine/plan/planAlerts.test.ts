import { destinationCapacity } from "../../../../src/engine/plan/destinationCapacity";
import { planAlerts, type PlanAlert } from "../../../../src/engine/plan/planAlerts";
import { renderNotes } from "../../../../src/engine/plan/planNotes";
import type { PlanLine } from "../../../../src/engine/plan/planSku";
import { DEFAULT_LANES } from "../../../../src/engine/plan/defaultLanes";
import { planSku } from "../../../../src/engine/plan/planSku";
import { unwrap } from "../stock/testResult";
import { batch, flatSeries, lineWith, POLICY, S, SKU } from "./flatBook";

function alertsOf(lines: readonly PlanLine[], extra: Partial<Parameters<typeof planAlerts>[0]> = {}): PlanAlert[] {
  return planAlerts({ outcomes: [], lines, shipments: [], capacity: [], policy: POLICY, ...extra });
}
const kinds = (alerts: readonly PlanAlert[]) => alerts.map((a) => a.kind);
/** A line that sells through: stock at the start 300 for an event P50 of 40 and 10/day after: 4 + 26 = 30 days, in the band. */
const QUIET = { stockAtEventUnits: 300, base: null, sprint: null, eventDemandP50: 40, baselinePerDay: 10, preEventGapUnits: 0, runsOutSerial: null, noLaneInTime: false } as const;

describe("planAlerts, worked by hand", () => {
  it("says on which day stock runs out before the event stock is sellable, and the sales lost", () => {
    // hand: out 2026-10-18 (S − 40), sellable-by 2026-11-20 (S − 7): 33 days, 330 units at 10/day
    const alerts = alertsOf([lineWith({ ...QUIET, runsOutSerial: S - 40, sellableBySerial: S - 7, shortBeforeSellableUnits: 330 })]);
    expect(alerts.map((a) => [a.kind, a.severity, a.sku, a.destination, a.message])).toEqual([
      ["RUNS_OUT", "medium", "A", "Amazon US", "stock runs out on 2026-10-18, 33 days before the event stock is sellable (2026-11-20): about 330 units of sales lost unless stock arrives sooner"],
    ]);
    expect(renderNotes([alerts[0].note], "zh-CN")).toBe("库存将于 2026-10-18 售罄，比活动货物上架日（2026-11-20）早 33 天：除非提前到货，约损失 330 件销量");
    // running out after sellable-by is the event stock's job (in the need): no alert
    expect(alertsOf([lineWith({ ...QUIET, runsOutSerial: S - 3, sellableBySerial: S - 7 })])).toEqual([]);
  });

  it("flags a batch whose logistics per unit reach the margin, with the numbers", () => {
    // hand: 100 units by fast boat: freight 1.80 + insurance (3 + 1.8) × 1.1 × 0.003 = 0.01584 + storage 0.416121 = $2.23/unit against a $1 margin
    const base = batch("Fast boat → US West", 100, { freightUsd: 180, insuranceUsd: 1.584, storageUsd: 41.6121 });
    const alerts = alertsOf([lineWith({ ...QUIET, base, unitMarginUsd: 1 })]);
    expect(alerts.map((a) => a.message)).toEqual([
      "Fast boat → US West: freight, duty, insurance and storage $2.23/unit exceed the $1.00 margin of a sale (loses $1.23/unit shipped)",
    ]);
    // a $7 margin pays it
    expect(kinds(alertsOf([lineWith({ ...QUIET, base, unitMarginUsd: 7 })]))).not.toContain("UNPROFITABLE");
  });

  it("alerts a SKU whose slow lane in time does not pay its freight, naming the cheapest lane that would", () => {
    // hand (planSku.test.ts): price $5, m = $2 against the fast boat's k $2.24; sea FCL's $1.42 would pay, had it left by 2026-09-07
    const line = unwrap(planSku({ series: flatSeries(), sku: { ...SKU, price: 5 }, lanes: DEFAULT_LANES, policy: POLICY, abcClass: "A", portfolioUplift: null, model: "ses", destination: "Amazon US" }));
    const alerts = alertsOf([line]).filter((a) => a.kind === "UNPROFITABLE");
    expect(alerts.map((a) => [a.severity, a.sku, a.destination, a.message])).toEqual([[
      "medium", "A", "Amazon US",
      "Fast boat → US West does not pay its freight: freight, duty, insurance and storage $2.24/unit against the $2.00 margin of a sale, so nothing goes by it; " +
        "the cheapest lane that would pay: Sea FCL → US West at $1.42/unit, shipped by 2026-09-07",
    ]]);
    expect(renderNotes([alerts[0].note, ...alerts[0].details], "zh-CN")).toBe(
      "Fast boat → US West 运费不划算：每件运费、关税、保险和仓储 $2.24，高于每件 $2.00 的毛利，不走此渠道；能赚钱的最便宜渠道：Sea FCL → US West，每件 $1.42，须在 2026-09-07 前发货",
    );
  });

  it("counts what the event sells when it checks the FBA days-of-supply band", () => {
    // hand: 1600 at the start, event P50 600 over 4 days, then 10/day: 4 + 1000 ÷ 10 = 104 days, in the band
    // (1600 ÷ 10 = 160 days would have been "above 22 weeks"); 290 with P50 100: 4 + 190 ÷ 10 = 23 days, below 28
    expect(alertsOf([lineWith({ ...QUIET, stockAtEventUnits: 1600, eventDemandP50: 600 })])).toEqual([]);
    const low = alertsOf([lineWith({ ...QUIET, stockAtEventUnits: 290, eventDemandP50: 100 })]);
    expect(low.map((a) => [a.kind, a.message])).toEqual([["LOW_SUPPLY", "23 days of supply at the event start (its P50 over the event days, then the baseline rate): below FBA's 28 days (low-inventory fee)"]]);
    // hand: batches in, the gap sold before the start out: 100 + 300 − 70 = 330 → 4 + 290 ÷ 10 = 33 days, in the band
    expect(alertsOf([lineWith({ ...QUIET, stockAtEventUnits: 100, base: batch("Fast boat → US West", 300, { freightUsd: 0 }), preEventGapUnits: 70 })])).toEqual([]);
    const high = alertsOf([lineWith({ ...QUIET, stockAtEventUnits: 1640 })]);
    expect(high.map((a) => a.message)).toEqual(["164 days of supply at the event start (its P50 over the event days, then the baseline rate): above FBA's 22 weeks (storage surcharge)"]);
  });

  it("alerts a SKU no lane reaches with every reason, high", () => {
    const why = [
      { key: "noLaneInTime", params: { ready: "2026-10-15", lane: "Fast boat → US West", shipBy: "2026-10-10" } },
      { key: "needNotShipped", params: { units: 265 } },
    ] as const;
    const [a] = alertsOf([lineWith({ ...QUIET, noLaneInTime: true, why })]);
    expect([a.kind, a.severity, a.message]).toEqual([
      "NO_LANE", "high", "no lane arrives in time: goods ready 2026-10-15, Fast boat → US West needed them by 2026-10-10; nothing ships: the need of 265 units stays unshipped",
    ]);
    expect(a.details).toHaveLength(1);
    // stock on hand covers it: nothing to ship, nothing to alert
    expect(alertsOf([lineWith({ ...QUIET, noLaneInTime: true, netNeed: 0, why: [{ key: "stockCovers", params: { units: 300 } }] })])).toEqual([]);
  });

  it("lays out a destination over capacity: the fee first (high), then each way out with its cost", () => {
    const lines = [lineWith({ ...QUIET, sku: "A", stockAtEventUnits: 0, base: batch("Fast boat → US West", 400), eventDemandP50: 80, eventDemandP90: 100 })];
    const capacity = destinationCapacity(["Amazon US"], lines, new Map([["A", SKU]]), { ...POLICY, capacityCubicFeet: 70 });
    const alerts = alertsOf(lines, { capacity }).filter((a) => a.kind.startsWith("CAPACITY"));
    // hand: 84.7552 ft³ − 70 = 14.7552 over: fee $147.55; ⌈14.7552 ÷ 2.11888⌉ = 7 cartons = 70 units, 14.83 ft³;
    // storage saved 14.83216 × 2.4 × 11/30 = 13.05; 3PL 14.83216 × 3.78 = 56.07
    expect(alerts.map((a) => [a.severity, a.destination, a.message])).toEqual([
      ["high", "Amazon US", "Amazon US: storage at the event 85 ft³ against a limit of 70 (15 ft³ over): keeping it costs about $147.55 in overage fees at $10.00/ft³ a month"],
      ["medium", "Amazon US", "Amazon US: ship 70 units (15 ft³: A 70) not needed for the event's P90 in a later batch, sellable 2026-12-01 after the event: no overage fee, $13.05 less storage"],
      ["medium", "Amazon US", "Amazon US: send the same 70 units (15 ft³) to a 3PL and transfer them in as space frees: about $56.07 at $3.78/ft³"],
    ]);
  });

  it("alerts a marketplace no destination sells from (high) and one planned by a fallback (low)", () => {
    const alerts = alertsOf([], {
      destinations: ["Amazon US", "Amazon DE"],
      mappings: [
        { marketplace: "Walmart", destination: null, rule: null, units: 800 },
        { marketplace: "Amazon.com", destination: "Amazon US", rule: "event", units: 4000 },
      ],
    });
    expect(alerts.map((a) => [a.kind, a.severity, a.message])).toEqual([
      ["MARKETPLACE", "high", "Sales marketplace 'Walmart' sells from none of the destinations (Amazon US, Amazon DE): its 800 units of sales are not planned; give a lane that Destination or set the Event's Marketplace"],
      ["MARKETPLACE", "low", "Sales marketplace 'Amazon.com' is planned with Amazon US, the Event's marketplace"],
    ]);
  });
});
