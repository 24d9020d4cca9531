import type { PlanShipment } from "../../../../src/engine/plan/groupBatches";
import type { EventPlan } from "../../../../src/engine/plan/planEvent";
import { note } from "../../../../src/engine/plan/planNotes";
import { planTables } from "../../../../src/engine/plan/planTables";
import { batch, lineWith } from "./flatBook";

const base = batch("Fast boat → US West", 260, { freightUsd: 468, dutyUsd: 0, insuranceUsd: 4.118, storageUsd: 108.19 });
const sprint = batch("Air → US West", 60, { freightUsd: 300, insuranceUsd: 1.584, storageUsd: 24.97 });
const LINE = lineWith({
  sku: "MUG", name: "Mug", destination: "Amazon DE", abcClass: "A", model: "ses", baselinePerDay: 10.004, uplift: 1, eventDemandP50: 40.2, eventDemandP90: 48.105,
  safetyStock: 51.34, buffer: 6.03, onHand: 20, inTransitUsable: 60, netNeed: 307.3, base, sprint, landedCostPerUnit: 5.6789,
  unitMarginUsd: 7, leftoverCostUsd: 0.87654, serviceLevel: 0.604123, floorCostUsd: 0, why: [note("raisedToMoq", { moq: 500, lane: "Fast boat → US West" })],
});
const SHIPMENT: PlanShipment = {
  lane: "Rail → Germany", event: "BF", destination: "Amazon DE", mode: "rail", kind: "base", shipBy: 46292, shipByTypical: 46304, arriveBy: 46332, skus: 1, units: 260, cartons: 26,
  cbm: 1.56, cubicFeet: 55.09, chargeableKg: 1560, purchaseUsd: 780, freightUsd: 343.2, dutyUsd: 0, insuranceUsd: 3.7064, storageUsd: 108.19, totalUsd: 1235.0964,
};
const PLAN: EventPlan = {
  outcomes: [], lines: [LINE], shipments: [SHIPMENT], orders: [], packing: [], cashFlow: [], capacity: [], portfolioUplift: null, events: [],
  allocations: new Map([["MUG @ Amazon DE", [{ key: "Amazon DE", units: 250 }, { key: "Amazon FR", units: 90 }]]]),
  alerts: [{ kind: "SHIP_SOON", severity: "medium", sku: "", destination: "Amazon DE", note: note("shipSoon", { lane: "Rail → Germany", units: "260", shipBy: "2026-10-01" }), details: [], message: "" }],
};

describe("planTables, worked by hand", () => {
  const [plan, batches, , alerts] = planTables(PLAN);
  const cell = (t: typeof plan, row: number, key: string) => t.rows[row][t.columns.findIndex((c) => c.key === key)];

  it("writes a plan row: units rounded up, money to cents, the destination and its allocation", () => {
    expect(["SKU", "Name", "Destination", "Class", "BaselinePerDay", "EventDemandP50", "EventDemandP90", "SafetyStock", "Buffer", "NetNeed"].map((k) => cell(plan, 0, k))).toEqual(
      ["MUG", "Mug", "Amazon DE", "A", 10, 41, 49, 52, 7, 308], // hand: 10.004 → 10.00; 40.2 → 41; 48.105 → 49; 51.34 → 52; 6.03 → 7; 307.3 → 308
    );
    // hand: 260 + 60 units, 26 + 6 cartons; freight 468 + 300 = 768; insurance 4.118 + 1.584 = 5.702 → 5.70; storage 133.16
    expect(["BaseQty", "BaseLane", "SprintQty", "SprintLane", "Cartons", "Freight", "Insurance", "Storage", "LandedCostPerUnit"].map((k) => cell(plan, 0, k))).toEqual(
      [260, "Fast boat → US West", 60, "Air → US West", 32, 768, 5.7, 133.16, 5.68],
    );
    expect(cell(plan, 0, "Allocation")).toBe("Amazon DE 250; Amazon FR 90");
    // hand: m $7.00, o 0.87654 → 0.88, the level to 4 decimals 0.6041, no floor
    expect(["UnitMargin", "LeftoverCost", "ServiceLevel", "FloorCost"].map((k) => cell(plan, 0, k))).toEqual([7, 0.88, 0.6041, 0]);
    expect(cell(plan, 0, "Why")).toBe("raised to the MOQ of 500 by Fast boat → US West");
  });

  it("names the sprint's lane and decision day even when no carton is expected today", () => {
    const waiting = lineWith({ sprint: null, sprintReviewSerial: 46320, sprintReviewLane: "Air → US West" });
    const [table] = planTables({ ...PLAN, lines: [waiting], allocations: new Map() });
    expect(["SprintQty", "SprintLane", "SprintShipBy"].map((k) => cell(table, 0, k))).toEqual([0, "Air → US West", 46320]);
  });

  it("writes a batch row with its destination, and an alert row with its", () => {
    expect(batches.rows[0].slice(0, 6)).toEqual(["B01", "base", "Rail → Germany", "rail", "Amazon DE", 46292]);
    expect(cell(batches, 0, "Total")).toBe(1235.1);
    expect(alerts.rows[0]).toEqual(["medium", "SHIP_SOON", "", "Amazon DE", "Rail → Germany: 260 units must ship by 2026-10-01"]);
  });

  it("adds the purchase orders, shipments, Send to Amazon and carton label tables after the five plan tables", () => {
    expect(planTables(PLAN).map((t) => t.kind)).toEqual(["Plan", "Batches", "CashFlow", "Alerts", "Forecast", "PurchaseOrders", "Shipments", "SendToAmazon", "CartonLabels"]);
  });

  it("speaks Chinese in the Why, severity and message cells", () => {
    const [zhPlan, , , zhAlerts] = planTables(PLAN, "zh-CN");
    expect(zhPlan.rows[0][zhPlan.columns.findIndex((c) => c.key === "Why")]).toBe("已按最小起订量 500 补足，走 Fast boat → US West");
    expect(zhAlerts.rows[0]).toEqual(["中", "SHIP_SOON", "", "Amazon DE", "Rail → Germany：260 件须在 2026-10-01 前发货"]);
  });
});
