import { eventSales } from "../../../../src/engine/plan/eventSales";

const grid: unknown[][] = [["Date", "SKU", "Units", "Marketplace"]];
for (let d = 0; d < 100; d++) {
  grid.push([46000 + d, "MUG", 6, "Amazon US"]);
  grid.push([46000 + d, "MUG", 2, "Walmart"]);
}

describe("eventSales", () => {
  it("keeps only the event's marketplace, named in any case", () => {
    const r = eventSales(grid, "Sales", " walmart ");
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.marketplaces).toEqual(["Amazon US", "Walmart"]);
    expect(r.value.sales.series[0].units.slice(0, 3)).toEqual([2, 2, 2]);
    expect(r.value.warnings).toEqual([]);
  });

  it("plans on all sales, with a warning, when the event's marketplace has none", () => {
    const r = eventSales(grid, "Sales", "eBay");
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.sales.series[0].units[0]).toBe(8); // hand: 6 + 2 summed
    expect(r.value.warnings.map((w) => w.message)).toEqual(["The event's marketplace 'eBay' has no sales on Sales (it has Amazon US, Walmart): planned on all sales"]);
  });

  it("measures each SKU's split across marketplaces only when asked", () => {
    // hand: last 90 days, 6 × 90 = 540 and 2 × 90 = 180
    const asked = eventSales(grid, "Sales", "", true);
    expect(asked.ok && asked.value.marketShares.get("MUG")).toEqual([{ key: "Amazon US", forecast: 540 }, { key: "Walmart", forecast: 180 }]);
    const notAsked = eventSales(grid, "Sales", "");
    expect(notAsked.ok && notAsked.value.marketShares.size).toBe(0);
  });

  it("says so when the event names a marketplace and no row names one, and plans on all sales", () => {
    const plain: unknown[][] = [["Date", "SKU", "Units"], [46000, "MUG", 6], [46001, "MUG", 2]];
    const r = eventSales(plain, "Sales", "Amazon US");
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.sales.series[0].units).toEqual([6, 2]);
    expect(r.value.warnings.map((w) => [w.code, w.message])).toEqual([[
      "INCONSISTENT_INPUT",
      "The event's marketplace 'Amazon US' cannot be picked out: no row of Sales names a marketplace (no Marketplace column, or it is blank); planned on all sales",
    ]]);
    const none = eventSales(plain, "Sales", "");
    expect(none.ok && none.value.warnings).toEqual([]);
  });

  it("leaves sales after lastDay out for the plan and keeps them for the Watch", () => {
    const r = eventSales(grid, "Sales", "Walmart", false, 46049);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.sales.series[0].units).toHaveLength(50); // hand: 46000 … 46049 (2026-01-27, as 46023 is 2026-01-01)
    // hand: Walmart's day-50 row is sheet row 2 + 2 × 50 + 1 = 103; Amazon rows are skipped before their dates count
    expect(r.value.warnings[0].message).toBe("Sales: 50 rows dated after the plan date 2026-01-27 are left out of the history; the first is Sales row 103, Date (2026-01-28)");
    const watch = eventSales(grid, "Sales", "Walmart");
    expect(watch.ok && watch.value.sales.series[0].units).toHaveLength(100);
  });
});
