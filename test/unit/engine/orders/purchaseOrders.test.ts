import { purchaseOrders } from "../../../../src/engine/orders/purchaseOrders";
import { purchasePayments } from "../../../../src/engine/orders/purchasePayments";
import type { SkuMaster } from "../../../../src/engine/plan/types";
import { batch, lineWith, POLICY, SKU } from "../plan/flatBook";

// Plan date Fri 2026-09-18 = 46283. Base batches ship by Sat 10-10 = 46305, the sprint by Sun 10-25 = 46320.
const master = (sku: string, unitCost: number, supplier: string | undefined, supplierLeadDays: number): SkuMaster => ({
  ...SKU, sku, unitCost, supplierLeadDays, ...(supplier === undefined ? {} : { supplier }),
});
const SKUS: SkuMaster[] = [
  master("MUG", 3, "Meichu", 20), master("LAMP", 8, "Aoli", 20), master("CUP", 2, " meichu ", 20), master("BOWL", 5, "Meichu", 30), master("PLATE", 1, undefined, 20),
];
const LINES = [
  lineWith({ sku: "MUG", base: batch("Fast boat → US West", 260), sprint: batch("Air → US West", 60, { shipBy: 46320 }) }),
  lineWith({ sku: "LAMP", base: batch("Fast boat → US West", 100, { purchaseUsd: 800 }), sprint: null }),
  lineWith({ sku: "CUP", base: batch("Fast boat → US West", 50, { purchaseUsd: 100 }), sprint: null }),
  lineWith({ sku: "BOWL", base: batch("Fast boat → US West", 40, { purchaseUsd: 200 }), sprint: null }),
  lineWith({ sku: "PLATE", base: batch("Fast boat → US West", 30, { purchaseUsd: 30 }), sprint: null }),
  lineWith({ sku: "NONE", base: null, sprint: null }),
];

describe("purchaseOrders, worked by hand for two suppliers", () => {
  const orders = purchaseOrders(LINES, SKUS, POLICY);
  const byId = new Map(orders.map((o) => [o.id, o]));

  it("makes one order per supplier and ready date (plan date + lead days), numbered by ready date then supplier, (none) last", () => {
    // hand: ready 46283 + 20 = 46303 for MUG, LAMP, CUP, PLATE; 46283 + 30 = 46313 for BOWL
    expect(orders.map((o) => [o.id, o.supplier, o.readySerial, o.lines.map((l) => `${l.sku} ${l.kind}`)])).toEqual([
      ["PO01", "Aoli", 46303, ["LAMP base"]],
      ["PO02", "Meichu", 46303, ["MUG base", "MUG sprint", "CUP base"]], // " meichu " is the same factory, the first spelling kept
      ["PO03", "", 46303, ["PLATE base"]],
      ["PO04", "Meichu", 46313, ["BOWL base"]],
    ]);
    expect(orders.every((o) => o.orderSerial === 46283)).toBe(true);
  });

  it("pays 30 % of each order on the plan date and each line's 70 % on its own ship-by", () => {
    const meichu = byId.get("PO02");
    // hand: MUG 260 × $3 = 780 and 60 × $3 = 180, CUP 100: 1,060; deposit 0.3 × 1,060 = 318
    expect([meichu?.amountUsd, meichu?.depositUsd, meichu?.units]).toEqual([1060, 318, 370]);
    // hand: balances 0.7 × 780 = 546 on 10-10, 0.7 × 180 = 126 on 10-25, 0.7 × 100 = 70 on 10-10
    expect(meichu?.lines.map((l) => [Math.round(l.balanceUsd * 1e9) / 1e9, l.balanceSerial])).toEqual([[546, 46305], [126, 46320], [70, 46305]]);
    // hand: slack 46305 − 46303 = 2 days for the base, 46320 − 46303 = 17 for the sprint
    expect(meichu?.lines.map((l) => l.slackDays)).toEqual([2, 17, 2]);
    const aoli = byId.get("PO01");
    // hand: 100 × $8 = 800: deposit 240 on 09-18, balance 560 on 10-10
    expect([aoli?.amountUsd, aoli?.depositUsd, aoli?.lines[0].balanceUsd, aoli?.lines[0].balanceSerial]).toEqual([800, 240, 560, 46305]);
    expect(purchasePayments([aoli!])).toEqual([
      { daySerial: 46283, category: "purchase", amountUsd: 240 },
      { daySerial: 46305, category: "purchase", amountUsd: 560 },
    ]);
  });

  it("takes the Event's DepositPct instead of 30 %", () => {
    const aoli = purchaseOrders(LINES, SKUS, { ...POLICY, depositPct: 0.4 })[0];
    // hand: 0.4 × 800 = 320; 800 − 320 = 480
    expect([aoli.depositShare, aoli.depositUsd, aoli.balanceUsd]).toEqual([0.4, 320, 480]);
  });

  it("writes each line's cartons, units per carton and unit cost, and orders nothing for a SKU that ships nothing", () => {
    const mug = byId.get("PO02")?.lines[0];
    expect([mug?.cartons, mug?.unitsPerCarton, mug?.units, mug?.unitCostUsd, mug?.lane, mug?.shipBy]).toEqual([26, 10, 260, 3, "Fast boat → US West", 46305]);
    expect(orders.flatMap((o) => o.lines).some((l) => l.sku === "NONE")).toBe(false);
    expect(purchaseOrders([], SKUS, POLICY)).toEqual([]);
  });

  it("pays out exactly the orders' amounts: Σ deposits and balances = Σ units × unit cost", () => {
    const paid = purchasePayments(orders).reduce((s, i) => s + i.amountUsd, 0);
    // hand: 780 + 180 + 800 + 100 + 200 + 30 = 2,090
    expect(paid).toBeCloseTo(2090, 9);
  });
});
