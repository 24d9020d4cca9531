/**
 * Purchase orders inside a whole plan: the two-destination book (twoDestinationBook.ts) with a
 * Supplier, SupplierLeadDays and MOQ per SKU; the cash flow's purchase payments checked against
 * the orders, and MOQ and carton rounding on the order lines.
 */
import { weekdayOfSerial } from "../../../../src/engine/dates";
import { planFromSheets } from "../../../../src/engine/plan/planFromSheets";
import type { Grid } from "../../../../src/engine/workbook/sheetTable";
import { PLAN } from "../plan/flatBook";
import { grids, SKUS } from "../plan/twoDestinationBook";
import { unwrap } from "../stock/testResult";

// LAMP: 24 to a carton and a MOQ of 500, far above what 5 units a day need.
const SKU_GRID: Grid = [
  [...SKUS[0], "Supplier", "SupplierLeadDays", "MOQ"],
  SKUS[1].map((v, i) => (i === 3 ? 10 : v)).concat(["Meichu", 10, 0]),
  SKUS[2].map((v, i) => (i === 3 ? 10 : v)).concat(["Meichu", 10, 0]),
  SKUS[3].map((v, i) => (i === 3 ? 24 : v)).concat(["Aoli", 15, 500]),
];

function plan(depositPct?: string) {
  const g: Record<string, Grid> = { ...grids(), SKUs: SKU_GRID };
  if (depositPct !== undefined) g.Event = [...g.Event, ["定金比例", depositPct]];
  return unwrap(planFromSheets({ sheetNames: Object.keys(g), grids: g })).plan;
}

describe("purchase orders of a whole plan", () => {
  const p = plan();

  it("orders from each supplier on its ready date: Meichu on plan date + 10, Aoli on plan date + 15", () => {
    expect(p.orders.map((o) => [o.id, o.supplier, o.readySerial - PLAN])).toEqual([["PO01", "Meichu", 10], ["PO02", "Aoli", 15]]);
    // MUG's US and German batches are on Meichu's one order
    expect(new Set(p.orders[0].lines.map((l) => l.destination))).toEqual(new Set(["Amazon US", "Amazon DE"]));
  });

  it("orders whole cartons, and the MOQ: LAMP's lines add up to ⌈500 ÷ 24⌉ = 21 cartons = 504 units", () => {
    const lamp = p.orders[1].lines;
    expect(lamp.every((l) => l.units === l.cartons * 24)).toBe(true);
    expect(lamp.reduce((s, l) => s + l.units, 0)).toBe(504); // hand: 21 × 24
    for (const l of p.orders[0].lines) expect(l.units % 10).toBe(0);
  });

  it("pays each order's amount once: Σ CashFlow purchase = Σ order amounts = Σ shipments' goods", () => {
    const cash = p.cashFlow.reduce((s, w) => s + w.purchase, 0);
    const ordered = p.orders.reduce((s, o) => s + o.amountUsd, 0);
    const goods = p.shipments.reduce((s, x) => s + x.purchaseUsd, 0);
    expect(ordered).toBeGreaterThan(0);
    expect(cash).toBeCloseTo(ordered, 6);
    expect(ordered).toBeCloseTo(goods, 6);
  });

  it("puts every deposit and balance of the orders in the CashFlow week of its day, and nothing else in the Purchase column", () => {
    const monday = (day: number) => day - ((weekdayOfSerial(day) + 6) % 7);
    // The rule, not the code: each order's deposit on the plan date, each line's balance on its ship-by.
    const byWeek = new Map<number, number>();
    const pay = (day: number, usd: number) => byWeek.set(monday(day), (byWeek.get(monday(day)) ?? 0) + usd);
    for (const o of p.orders) {
      pay(PLAN, o.depositShare * o.amountUsd);
      for (const l of o.lines) pay(l.shipBy, (1 - o.depositShare) * l.units * l.unitCostUsd);
    }
    for (const w of p.cashFlow) expect([w.weekStartSerial, w.purchase]).toEqual([w.weekStartSerial, expect.closeTo(byWeek.get(w.weekStartSerial) ?? 0, 6)]);
    // hand: the deposits, 30 % of both orders, are paid in the plan date's week
    const deposits = 0.3 * p.orders.reduce((s, o) => s + o.amountUsd, 0);
    expect(p.cashFlow[0].weekStartSerial).toBe(monday(PLAN));
    expect(p.cashFlow[0].purchase).toBeCloseTo(deposits, 6);
  });

  it("moves the deposit with the Event's DepositPct (定金比例 50%)", () => {
    const half = plan("50%");
    expect(half.orders.map((o) => o.depositShare)).toEqual([0.5, 0.5]);
    expect(half.cashFlow[0].purchase).toBeCloseTo(0.5 * half.orders.reduce((s, o) => s + o.amountUsd, 0), 6);
  });
});
