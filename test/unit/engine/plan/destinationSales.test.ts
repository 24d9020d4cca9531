import { destinationSales } from "../../../../src/engine/plan/destinationSales";
import { eventSales } from "../../../../src/engine/plan/eventSales";
import { unwrap } from "../stock/testResult";
import { salesGrid, STOCK_OUT_DAYS } from "./twoDestinationBook";

const TWO = ["Amazon US", "Amazon DE"];

describe("destinationSales on the two-destination book", () => {
  const read = unwrap(destinationSales(salesGrid(), "Sales", "", TWO));
  const at = (destination: string, sku: string) => read.destinations.find((d) => d.destination === destination)?.series.find((s) => s.sku === sku);

  it("gives each destination its own series per SKU", () => {
    expect(read.destinations.map((d) => [d.destination, d.series.map((s) => s.sku)])).toEqual([["Amazon US", ["MUG", "LAMP"]], ["Amazon DE", ["MUG"]]]);
    expect(at("Amazon US", "MUG")?.units.slice(0, 3)).toEqual([10, 10, 10]);
    expect(at("Amazon DE", "MUG")?.units.slice(0, 3)).toEqual([4, 4, 4]);
    expect(read.destinations.every((d) => d.marketShares.size === 0)).toBe(true); // one marketplace each: nothing shared
  });

  it("finds the US stock-out while Germany sells (the old sum of every marketplace found none)", () => {
    // hand: 30 days with the US shelf at 0 and no US sales; DE's 50 on hand those days hid them in the sum
    expect(at("Amazon US", "MUG")?.stockOutDays).toBe(STOCK_OUT_DAYS);
    expect(at("Amazon DE", "MUG")?.stockOutDays).toBe(0);
    const old = unwrap(eventSales(salesGrid(), "Sales", "", true)).sales.series.find((s) => s.sku === "MUG");
    expect(old?.stockOutDays).toBe(0);
  });

  it("leaves out a marketplace no destination sells from, and lists it with its units", () => {
    // hand: Walmart 2/day × 400 days = 800
    expect(read.mappings).toEqual([{ marketplace: "Walmart", destination: null, rule: null, units: 800 }]);
  });

  it("plans only the event's marketplace when the sheet has it", () => {
    const de = unwrap(destinationSales(salesGrid(), "Sales", "amazon de", TWO));
    expect(de.destinations.map((d) => d.destination)).toEqual(["Amazon DE"]);
    expect(de.mappings).toEqual([]);
  });

  it("sends a marketplace spelled otherwise to the Event's marketplace, and says the event's is not on the sheet", () => {
    const grid = [["Date", "SKU", "Units", "Marketplace"], [46000, "MUG", 3, "Amazon.com"], [46001, "MUG", 5, "Amazon.com"]];
    const r = unwrap(destinationSales(grid, "Sales", "Amazon US", TWO));
    expect(r.destinations.map((d) => [d.destination, d.series[0].units])).toEqual([["Amazon US", [3, 5]]]);
    expect(r.mappings).toEqual([{ marketplace: "Amazon.com", destination: "Amazon US", rule: "event", units: 8 }]);
    expect(r.warnings.map((w) => w.message)).toEqual(["The event's marketplace 'Amazon US' has no sales on Sales (it has Amazon.com): planned on all sales"]);
  });

  it("shares one destination's stock across the marketplaces it serves", () => {
    // hand: every marketplace to the one destination, 3PL LA; MUG's last 90 days (days 310–399): US 10 × 70 = 700
    // (days 310–329 of the stock-out sold 0), DE 4 × 90 = 360, Walmart 2 × 90 = 180
    const r = unwrap(destinationSales(salesGrid(), "Sales", "", ["3PL LA"]));
    const mug = r.destinations[0].series.find((s) => s.sku === "MUG");
    expect(mug?.units[0]).toBe(16); // hand: 10 + 4 + 2
    expect(r.destinations[0].marketShares.get("MUG")).toEqual([
      { key: "Amazon US", forecast: 700 }, { key: "Amazon DE", forecast: 360 }, { key: "Walmart", forecast: 180 },
    ]);
    expect(r.mappings.map((m) => [m.marketplace, m.rule])).toEqual([["Amazon US", "only"], ["Amazon DE", "only"], ["Walmart", "only"]]);
  });

  it("warns about rows without a marketplace on a sheet whose other rows name one", () => {
    const grid = [["Date", "SKU", "Units", "Marketplace"], [46000, "MUG", 3, "Amazon US"], [46000, "MUG", 1, "Amazon DE"], [46001, "MUG", 5, null]];
    const r = unwrap(destinationSales(grid, "Sales", "", TWO));
    expect(r.warnings.map((w) => w.message)).toEqual(["Sales: 1 row has no Marketplace while others have one; it is left out of the plan (fill in its Marketplace)"]);
  });
});
