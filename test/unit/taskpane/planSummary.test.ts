import type { PlanShipment } from "../../../src/engine/plan/groupBatches";
import type { PlanAlert } from "../../../src/engine/plan/planAlerts";
import type { SkuOutcome } from "../../../src/engine/plan/planEvent";
import { laneTotals, lineCostUsd, lineShipBy, lineUnits, planFigures, topSkusByCost } from "../../../src/taskpane/planSummary";

function shipment(lane: string, shipBy: number, units: number, totalUsd: number): PlanShipment {
  return { lane, event: "BF", destination: "Amazon US", mode: lane === "Air" ? "air" : "sea", kind: lane === "Air" ? "sprint" : "base", shipBy, shipByTypical: shipBy + 5, arriveBy: shipBy + 40, skus: 1, units, cartons: 1, cbm: 1, cubicFeet: 1, chargeableKg: 1, purchaseUsd: 0, freightUsd: 0, dutyUsd: 0, insuranceUsd: 0, storageUsd: 0, totalUsd };
}

const costs = (purchaseUsd: number, freightUsd: number, units: number, shipBy: number) => ({ purchaseUsd, freightUsd, dutyUsd: 5, insuranceUsd: 1, storageUsd: 4, units, shipBy });
type Costed = Parameters<typeof lineCostUsd>[0] & { sku: string };
const line = (sku: string, base: ReturnType<typeof costs> | null, sprint: ReturnType<typeof costs> | null) => ({ sku, base, sprint }) as unknown as Costed;

describe("laneTotals", () => {
  it("adds up each lane's shipments, the lane shipping first listed first", () => {
    const totals = laneTotals([shipment("Sea", 46300, 1000, 4000), shipment("Air", 46320, 40, 500), shipment("Air", 46310, 10, 90), shipment("Sea", 46290, 500, 2500)]);
    expect(totals).toEqual([
      { lane: "Sea", mode: "sea", units: 1500, costUsd: 6500, shipBy: 46290, shipments: 2 },
      { lane: "Air", mode: "air", units: 50, costUsd: 590, shipBy: 46310, shipments: 2 },
    ]);
    expect(laneTotals([])).toEqual([]);
  });
});

describe("a SKU's batches", () => {
  it("cost goods, freight, duty, insurance and storage of both batches", () => {
    const l = line("A", costs(100, 20, 50, 46300), costs(40, 30, 10, 46320));
    expect(lineCostUsd(l)).toBe(100 + 20 + 5 + 1 + 4 + (40 + 30 + 5 + 1 + 4)); // hand: 130 + 80 = 210
    expect(lineUnits(l)).toBe(60);
    expect(lineShipBy(l)).toBe(46300);
    expect(lineShipBy(line("B", null, null))).toBeNull();
  });

  it("rank by cost, ties by SKU, leaving out SKUs that ship nothing", () => {
    const lines = [line("C", costs(100, 0, 5, 1), null), line("A", costs(300, 0, 5, 1), null), line("B", costs(100, 0, 5, 1), null), line("D", null, null)];
    expect(topSkusByCost(lines, 3).map((l) => l.sku)).toEqual(["A", "B", "C"]);
    expect(topSkusByCost(lines, 10).map((l) => l.sku)).toEqual(["A", "B", "C"]);
    expect(topSkusByCost(lines, 0)).toEqual([]);
  });
});

describe("planFigures", () => {
  it("gives the earliest ship-by, the total and its contingency, and counts alerts and outcomes", () => {
    const n = { key: "allFast", params: {} } as const;
    const alerts: PlanAlert[] = [
      { kind: "NO_LANE", severity: "high", sku: "A", destination: "", note: n, details: [], message: "" },
      { kind: "SHIP_SOON", severity: "medium", sku: "", destination: "", note: n, details: [], message: "" },
      { kind: "SKIPPED", severity: "low", sku: "Z", destination: "", note: n, details: [], message: "" },
      { kind: "LOW_SUPPLY", severity: "low", sku: "B", destination: "", note: n, details: [], message: "" },
    ];
    const outcomes = [{ sku: "A", status: "ok" }, { sku: "B", status: "ok" }, { sku: "Z", status: "skipped", reason: "" }] as unknown as SkuOutcome[];
    const f = planFigures({ shipments: [shipment("Sea", 46300, 1, 4000), shipment("Air", 46290, 1, 1000)], alerts, outcomes }, { contingencyPct: 0.1 });
    expect(f).toEqual({ earliestShipBy: 46290, totalCostUsd: 5000, contingencyUsd: 500, alerts: { high: 1, medium: 1, low: 2, total: 4 }, outcomes: { ok: 2, skipped: 1, errors: 0 } });
    expect(planFigures({ shipments: [], alerts: [], outcomes: [] }, { contingencyPct: 0.1 }).earliestShipBy).toBeNull();
  });
});
