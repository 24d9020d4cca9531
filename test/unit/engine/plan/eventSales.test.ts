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
});
