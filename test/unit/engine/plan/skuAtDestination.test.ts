import { renderNote, renderNotes } from "../../../../src/engine/plan/planNotes";
import { skuAtDestination, unplacedStock } from "../../../../src/engine/plan/skuAtDestination";
import type { SkuMaster } from "../../../../src/engine/plan/types";
import { SKU } from "./flatBook";

const ROWS: SkuMaster = {
  ...SKU, onHand: 40, destination: "Amazon US",
  stockAt: [
    { destination: "Amazon US", onHand: 40, inTransit: 0 },
    { destination: "Amazon DE", onHand: 15, inTransit: 100, inTransitArrival: 46300 },
    { destination: "", onHand: 5, inTransit: 10, inTransitArrival: 46310 },
  ],
};

describe("skuAtDestination", () => {
  it("takes the rows of the destination; a row without one counts at none when the SKU sells in several", () => {
    const de = skuAtDestination(ROWS, "amazon de", ["Amazon US", "Amazon DE"]);
    expect(de).toMatchObject({ onHand: 15, inTransit: 100, inTransitArrival: 46300, destination: "amazon de", unitCost: 3 });
    expect(de.stockAt).toBeUndefined();
    expect(unplacedStock(ROWS, ["Amazon US", "Amazon DE"]).map((n) => renderNote(n))).toEqual([
      "sells in Amazon US, Amazon DE: the SKUs row without a Destination (5 on hand, 10 in transit) is counted at none of them; write one row per destination",
    ]);
  });

  it("adds a row without a destination to the SKU's only destination", () => {
    // hand: US 40 + blank 5 on hand; in transit 0 + 10, arriving with the blank row's lot (46310)
    expect(skuAtDestination(ROWS, "Amazon US", ["Amazon US"])).toMatchObject({ onHand: 45, inTransit: 10, inTransitArrival: 46310 });
  });

  it("puts every row at the book's one unnamed destination, lots arriving on the latest day", () => {
    expect(skuAtDestination(ROWS, "", [""])).toMatchObject({ onHand: 60, inTransit: 110, inTransitArrival: 46310 });
    expect(unplacedStock(ROWS, [""])).toEqual([]);
  });

  it("without a Destination column: the row's stock at the only destination, at none of several", () => {
    const plain: SkuMaster = { ...SKU, onHand: 70, inTransit: 30, inTransitArrival: 46320 };
    expect(skuAtDestination(plain, "Amazon US", ["Amazon US"])).toMatchObject({ onHand: 70, inTransit: 30, inTransitArrival: 46320 });
    const several = skuAtDestination(plain, "Amazon US", ["Amazon US", "Amazon DE"]);
    expect(several).toMatchObject({ onHand: 0, inTransit: 0 });
    expect(several.inTransitArrival).toBeUndefined();
    expect(unplacedStock(plain, ["Amazon US", "Amazon DE"]).map((n) => n.params)).toEqual([{ destinations: "Amazon US, Amazon DE", onHand: 70, inTransit: 30 }]);
    expect(unplacedStock({ ...SKU }, ["Amazon US", "Amazon DE"])).toEqual([]); // nothing to place, nothing to say
  });

  it("says when a row's destination is none the SKU sells in: that stock counts nowhere", () => {
    // a FBA warehouse code where a lane's destination was meant: its 70 units are not silently counted at Amazon US
    const coded: SkuMaster = { ...SKU, stockAt: [{ destination: "ONT8", onHand: 70, inTransit: 0 }] };
    expect(skuAtDestination(coded, "Amazon US", ["Amazon US"])).toMatchObject({ onHand: 0, inTransit: 0 });
    expect(renderNotes(unplacedStock(coded, ["Amazon US"]))).toBe("70 on hand and 0 in transit at ONT8, where it has no sales to plan: counted nowhere (the Destination must be a lane's)");
    expect(renderNotes(unplacedStock(coded, ["Amazon US"]), "zh-CN")).toBe("ONT8 有库存 70、在途 0，但该目的地没有可规划的销量：未计入（目的地须与渠道的目的地一致）");
    expect(unplacedStock(ROWS, ["Amazon US"]).map((n) => n.key)).toEqual(["stockWhereNotSold"]); // DE's 15 + 100, where it has no sales
  });
});
