import { purchaseOrders } from "../../../../src/engine/orders/purchaseOrders";
import { supplierAlerts } from "../../../../src/engine/orders/supplierAlerts";
import { renderNotes } from "../../../../src/engine/plan/planNotes";
import type { SkuMaster } from "../../../../src/engine/plan/types";
import { batch, lineWith, POLICY, SKU } from "../plan/flatBook";

const sku = (name: string, supplier?: string, backupSupplier?: string): SkuMaster => ({
  ...SKU, sku: name, ...(supplier === undefined ? {} : { supplier }), ...(backupSupplier === undefined ? {} : { backupSupplier }),
});
const SKUS = [sku("A1", "Meichu"), sku("A2", "Meichu", " meichu"), sku("A3", "Aoli", "Yangjiang"), sku("A4"), sku("B1", "Aoli"), sku("C1")];
const shipped = batch("Fast boat → US West", 100);
const LINES = [
  lineWith({ sku: "A1", abcClass: "A", base: shipped }), lineWith({ sku: "A2", abcClass: "A", base: shipped }), lineWith({ sku: "A3", abcClass: "A", base: shipped }),
  lineWith({ sku: "A4", abcClass: "A", base: shipped }), lineWith({ sku: "B1", abcClass: "B", base: shipped }), lineWith({ sku: "C1", abcClass: "C", base: shipped }),
];

describe("supplierAlerts", () => {
  const alerts = supplierAlerts(LINES, SKUS, purchaseOrders(LINES, SKUS, POLICY));

  it("names the SKUs ordered without a Supplier once, in English and Chinese", () => {
    const none = alerts.filter((a) => a.kind === "NO_SUPPLIER");
    expect(none.map((a) => [a.severity, a.sku])).toEqual([["medium", ""]]);
    expect(none[0].message).toBe(
      "2 SKUs ordered have no Supplier on the SKUs sheet (A4, C1): their purchase goes on the orders of supplier \"(none)\"; fill in the Supplier column so each factory gets its own order",
    );
    expect(renderNotes([none[0].note], "zh-CN")).toContain("2 个下单的 SKU 在产品表中没有填写供应商（A4, C1）");
  });

  it("alerts each supplier that is the only source of class-A SKUs; a backup that is the same factory does not count", () => {
    // A1: Meichu, no backup; A2: Meichu with backup " meichu" (the same factory); A3: Aoli with Yangjiang as backup; B1 is class B; A4 has no supplier
    const single = alerts.filter((a) => a.kind === "SINGLE_SUPPLIER");
    expect(single.map((a) => [a.severity, a.sku, a.message.slice(0, 52)])).toEqual([["low", "", "Meichu is the only source of 2 class-A SKUs (A1, A2)"]]);
  });

  it("names the SKU in the SKU column when a supplier has one, and stays quiet when every SKU has a supplier and a backup", () => {
    const one = supplierAlerts([LINES[0]], SKUS, purchaseOrders([LINES[0]], SKUS, POLICY));
    expect(one.map((a) => [a.kind, a.sku])).toEqual([["SINGLE_SUPPLIER", "A1"]]);
    expect(supplierAlerts([LINES[2]], SKUS, purchaseOrders([LINES[2]], SKUS, POLICY))).toEqual([]);
  });
});
