import { purchaseOrders } from "../../../../src/engine/orders/purchaseOrders";
import { supplierTotals } from "../../../../src/engine/orders/supplierTotals";
import type { SkuMaster } from "../../../../src/engine/plan/types";
import { batch, lineWith, POLICY, SKU } from "../plan/flatBook";

describe("supplierTotals", () => {
  it("adds up each supplier's orders, the largest amount first", () => {
    const skus: SkuMaster[] = [
      { ...SKU, sku: "MUG", supplier: "Meichu", supplierLeadDays: 10 }, { ...SKU, sku: "CUP", supplier: "Meichu", supplierLeadDays: 30 },
      { ...SKU, sku: "LAMP", supplier: "Aoli", supplierLeadDays: 10 },
    ];
    const lines = [
      lineWith({ sku: "MUG", base: batch("Fast boat → US West", 100), sprint: batch("Air → US West", 20, { shipBy: 46320 }) }),
      lineWith({ sku: "CUP", base: batch("Fast boat → US West", 50), sprint: null }),
      lineWith({ sku: "LAMP", base: batch("Fast boat → US West", 200, { purchaseUsd: 1600 }), sprint: null }),
    ];
    const totals = supplierTotals(purchaseOrders(lines, skus, POLICY));
    // hand: Aoli 200 × $8 = 1,600 on one order; Meichu (100 + 20 + 50) × $3 = 510 on two orders (10 and 30 lead days)
    expect(totals.map((t) => [t.supplier, t.orders, t.skus, t.units, t.amountUsd])).toEqual([["Aoli", 1, 1, 200, 1600], ["Meichu", 2, 2, 170, 510]]);
    // hand: Meichu deposit 0.3 × 510 = 153 on 46283; balances 0.7 × 510 = 357, the last on the sprint's ship-by 46320
    expect([totals[1].depositUsd, totals[1].balanceUsd, totals[1].firstPaymentSerial, totals[1].lastPaymentSerial].map((x) => Math.round(x * 1e6) / 1e6)).toEqual([153, 357, 46283, 46320]);
  });
});
