import { purchaseOrders } from "../../../../src/engine/orders/purchaseOrders";
import { purchaseOrdersTable } from "../../../../src/engine/orders/purchaseOrdersTable";
import type { SkuMaster } from "../../../../src/engine/plan/types";
import { batch, lineWith, POLICY, SKU } from "../plan/flatBook";

const SKUS: SkuMaster[] = [{ ...SKU, sku: "MUG", unitCost: 3.25, supplierLeadDays: 12 }];
const LINES = [lineWith({ sku: "MUG", name: "Mug", destination: "Amazon US", base: batch("Fast boat → US West", 130, { purchaseUsd: 422.5 }), sprint: null })];

describe("purchaseOrdersTable", () => {
  it("writes one row per line with its order's supplier and dates, money to cents", () => {
    const table = purchaseOrdersTable(purchaseOrders(LINES, SKUS, POLICY), "en");
    expect(table.columns.map((c) => c.key)).toEqual([
      "PO", "Supplier", "OrderDate", "ReadyDate", "SKU", "Name", "Destination", "Kind", "Lane", "ShipBy", "SlackDays", "Cartons", "UnitsPerCarton", "Units", "UnitCost",
      "Amount", "DepositPct", "Deposit", "DepositDate", "Balance", "BalanceDate",
    ]);
    // hand: 13 cartons × 10 = 130 units × $3.25 = 422.50; deposit 0.3 × 422.5 = 126.75 on 46283; balance 295.75 on the ship-by 46305;
    // ready 46283 + 12 = 46295, slack 46305 − 46295 = 10 days; no Supplier: "(none)"
    expect(table.rows).toEqual([["PO01", "(none)", 46283, 46295, "MUG", "Mug", "Amazon US", "base", "Fast boat → US West", 46305, 10, 13, 10, 130, 3.25, 422.5, 0.3, 126.75, 46283, 295.75, 46305]]);
  });

  it("says (none) and the batch kind in Chinese", () => {
    const row = purchaseOrdersTable(purchaseOrders(LINES, SKUS, POLICY), "zh-CN").rows[0];
    expect([row[1], row[7]]).toEqual(["（未填）", "基础批"]);
    expect(purchaseOrdersTable([], "en").rows).toEqual([]);
  });
});
