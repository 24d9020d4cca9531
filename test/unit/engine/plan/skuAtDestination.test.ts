import { renderNote } from "../../../../src/engine/plan/planNotes";
import { skuAtDestination } from "../../../../src/engine/plan/skuAtDestination";
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
    expect(de.sku).toMatchObject({ onHand: 15, inTransit: 100, inTransitArrival: 46300, destination: "amazon de", unitCost: 3 });
    expect(de.sku.stockAt).toBeUndefined();
    expect(de.issue && renderNote(de.issue)).toBe(
      "sells in Amazon US, Amazon DE: the SKUs row without a Destination (5 on hand, 10 in transit) is counted at none of them; write one row per destination",
    );
  });

  it("adds a row without a destination to the SKU's only destination", () => {
    // hand: US 40 + blank 5 on hand; in transit 0 + 10, arriving with the blank row's lot (46310)
    const us = skuAtDestination(ROWS, "Amazon US", ["Amazon US"]);
    expect(us).toEqual({ sku: expect.objectContaining({ onHand: 45, inTransit: 10, inTransitArrival: 46310 }), issue: null });
  });

  it("puts every row at the book's one unnamed destination, lots arriving on the latest day", () => {
    expect(skuAtDestination(ROWS, "", [""]).sku).toMatchObject({ onHand: 60, inTransit: 110, inTransitArrival: 46310 });
  });

  it("without a Destination column: the row's stock at the only destination, at none of several", () => {
    const plain: SkuMaster = { ...SKU, onHand: 70, inTransit: 30, inTransitArrival: 46320 };
    expect(skuAtDestination(plain, "Amazon US", ["Amazon US"]).sku).toMatchObject({ onHand: 70, inTransit: 30, inTransitArrival: 46320 });
    const several = skuAtDestination(plain, "Amazon US", ["Amazon US", "Amazon DE"]);
    expect(several.sku).toMatchObject({ onHand: 0, inTransit: 0 });
    expect(several.sku.inTransitArrival).toBeUndefined();
    expect(several.issue?.params).toMatchObject({ onHand: 70, inTransit: 30 });
    expect(skuAtDestination({ ...SKU }, "Amazon US", ["Amazon US", "Amazon DE"]).issue).toBeNull(); // nothing to place, nothing to say
  });
});
