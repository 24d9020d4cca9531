import type { PurchaseOrder, PurchaseOrderLine } from "../../../../src/engine/orders/purchaseOrders";
import type { PlanShipment } from "../../../../src/engine/plan/groupBatches";
import { planCashFlow } from "../../../../src/engine/plan/planCashFlow";
import { POLICY } from "./flatBook";

function shipment(kind: "base" | "sprint", shipBy: number, purchaseUsd: number, freightUsd: number, insuranceUsd: number, dutyUsd: number, storageUsd: number): PlanShipment {
  return {
    lane: kind === "base" ? "Fast boat → US West" : "Air → US West", event: "BF", destination: "Amazon US", mode: kind === "base" ? "fast-sea" : "air", kind,
    shipBy, shipByTypical: shipBy + 9, arriveBy: 46332, skus: 1, units: 100, cartons: 10, cbm: 0.6, cubicFeet: 21.2, chargeableKg: 600,
    purchaseUsd, freightUsd, dutyUsd, insuranceUsd, storageUsd, totalUsd: purchaseUsd + freightUsd + dutyUsd + insuranceUsd + storageUsd,
  };
}

/** An order line of `amountUsd` whose balance (70 %) is paid on `shipBy`. */
function orderLine(kind: "base" | "sprint", shipBy: number, amountUsd: number): PurchaseOrderLine {
  return {
    sku: "A", name: "", fnsku: "", destination: "Amazon US", event: "BF", kind, lane: kind === "base" ? "Fast boat → US West" : "Air → US West", shipBy, cartons: 10, unitsPerCarton: 10,
    units: 100, unitCostUsd: amountUsd / 100, amountUsd, depositUsd: 0.3 * amountUsd, balanceUsd: 0.7 * amountUsd, balanceSerial: shipBy, slackDays: shipBy - POLICY.planDate,
  };
}

describe("planCashFlow, worked by hand", () => {
  // Plan date Fri 2026-09-18 (46283, week of Mon 09-14 = 46279); base ships Sat 10-10 (46305, week 10-05 = 46300),
  // sprint Sun 10-25 (46320, week 10-19 = 46314); both arrive Fri 11-06 (46332, week 11-02 = 46328); event ends Mon 11-30 (46356).
  const base = shipment("base", 46305, 1000, 200, 4, 75, 50);
  const sprint = shipment("sprint", 46320, 200, 300, 2, 15, 10);
  const lines = [orderLine("base", 46305, 1000), orderLine("sprint", 46320, 200)];
  const order: PurchaseOrder = {
    id: "PO01", supplier: "Meichu", orderSerial: POLICY.planDate, readySerial: POLICY.planDate, depositShare: 0.3, lines, units: 200, amountUsd: 1200, depositUsd: 360, balanceUsd: 840,
  };
  const weeks = planCashFlow([base, sprint], [order], POLICY);
  const week = (serial: number) => weeks.find((w) => w.weekStartSerial === serial);

  it("pays the orders' deposits and the contingency on the plan date, balances and freight at ship-by, duty on arrival, storage at the end", () => {
    // hand: total 1329 + 527 = 1856; contingency 10 % = 185.6; the order's deposit 30 % × (1000 + 200) = 360
    expect(week(46279)).toMatchObject({ purchase: 360, freight: 0 });
    expect(week(46279)?.contingency).toBeCloseTo(185.6, 9);
    expect(week(46279)?.total).toBeCloseTo(545.6, 9);
    // balances 70 % × 1000 and 70 % × 200 on the lines' ship-bys; freight 200 + insurance 4, 300 + 2
    expect([week(46300)?.purchase, week(46300)?.freight, week(46314)?.purchase, week(46314)?.freight].map((x) => Math.round((x ?? 0) * 1e9) / 1e9)).toEqual([700, 204, 140, 302]);
    expect(week(46328)).toMatchObject({ duty: 90, total: 90 });
    expect(week(46356)).toMatchObject({ storage: 60, total: 60 });
  });

  it("runs week by week, empty weeks included, to a cumulative equal to every cost and the contingency", () => {
    // hand: Mondays 09-14 … 11-30 = 12 weeks; 1856 + 185.6 = 2041.6
    expect(weeks).toHaveLength(12);
    expect(weeks.map((w) => w.weekStartSerial)).toEqual(Array.from({ length: 12 }, (_, i) => 46279 + 7 * i));
    expect(weeks[weeks.length - 1].cumulative).toBeCloseTo(2041.6, 9);
    expect(week(46286)?.total).toBe(0);
  });

  it("pays purchases as the orders say, not as the shipments' purchase value: a 50 % deposit moves money to the plan date", () => {
    const half: PurchaseOrder = { ...order, depositShare: 0.5, depositUsd: 600, balanceUsd: 600, lines: lines.map((l) => ({ ...l, depositUsd: 0.5 * l.amountUsd, balanceUsd: 0.5 * l.amountUsd })) };
    const w = planCashFlow([base, sprint], [half], POLICY);
    // hand: deposit 50 % × 1200 = 600; balances 500 (10-10) and 100 (10-25)
    expect([w[0].purchase, w.find((x) => x.weekStartSerial === 46300)?.purchase, w.find((x) => x.weekStartSerial === 46314)?.purchase]).toEqual([600, 500, 100]);
  });

  it("has nothing to pay when nothing ships", () => {
    expect(planCashFlow([], [], POLICY)).toEqual([]);
  });
});
