import { boxUnitsOf, isFbaDestination } from "../../../../src/engine/shipments/fbaDestination";

describe("isFbaDestination", () => {
  it("takes destinations that start with Amazon or 亚马逊, or name FBA", () => {
    expect(["Amazon US", "amazon.de", "Amazon", "亚马逊美国", "FBA ONT8", "US FBA"].map((d) => isFbaDestination(d))).toEqual([true, true, true, true, true, true]);
  });

  it("leaves 3PLs and other marketplaces out, and a word that only starts with amazon", () => {
    expect(["3PL Los Angeles", "Walmart WFS", "TikTok FBT", "Amazonas Logistics", "Fbaxx"].map((d) => isFbaDestination(d))).toEqual([false, false, false, false, false]);
  });

  it("reads the book's one unnamed destination by the event's marketplace", () => {
    expect([isFbaDestination("", "Amazon US"), isFbaDestination("", "Walmart"), isFbaDestination("")]).toEqual([true, false, false]);
  });
});

describe("boxUnitsOf", () => {
  it("measures in inches and pounds for the US store, in centimetres and kilograms elsewhere", () => {
    expect(["Amazon US", "Amazon.com", "Amazon USA", "amazon united states", "亚马逊美国", "", "Amazon DE", "Amazon UK", "Amazon JP", "Amazon AUS"].map((d) => boxUnitsOf(d))).toEqual(
      ["in-lb", "in-lb", "in-lb", "in-lb", "in-lb", "cm-kg", "cm-kg", "cm-kg", "cm-kg", "cm-kg"],
    );
    expect(boxUnitsOf("", "Amazon US")).toBe("in-lb");
  });
});
