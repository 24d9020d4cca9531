import { defaultLanes, DEFAULT_LANES } from "../../../../src/engine/plan/defaultLanes";
import { destinationOfMarketplace, laneDestinations, lanesTo, sameDestination } from "../../../../src/engine/plan/destinations";

const BOTH = [...DEFAULT_LANES, ...defaultLanes("DE")];

describe("destinations", () => {
  it("gives the built-in lanes their marketplace's warehouse: US West and US East → Amazon US, Germany → Amazon DE", () => {
    expect(new Set(defaultLanes("US-West").map((l) => l.destination))).toEqual(new Set(["Amazon US"]));
    expect(new Set(defaultLanes("US-East").map((l) => l.destination))).toEqual(new Set(["Amazon US"]));
    expect(new Set(defaultLanes("DE").map((l) => l.destination))).toEqual(new Set(["Amazon DE"]));
  });

  it("lists each destination once, as its first lane spells it", () => {
    expect(laneDestinations([...BOTH, { ...DEFAULT_LANES[0], name: "x", destination: " amazon us " }])).toEqual(["Amazon US", "Amazon DE"]);
    expect(laneDestinations(BOTH.map(({ destination: _d, ...lane }) => lane))).toEqual([]);
  });

  it("keeps a destination's lanes and the lanes that name none; never the other destination's", () => {
    const anywhere = { ...DEFAULT_LANES[3], name: "Air anywhere", destination: "" };
    expect(lanesTo([...BOTH, anywhere], "amazon de").map((l) => l.name)).toEqual([
      "Sea FCL → Germany", "Sea LCL → Germany", "Rail → Germany", "Air → Germany", "Express → Germany", "Air anywhere",
    ]);
    expect(lanesTo(BOTH, "Amazon US").some((l) => l.name.includes("Germany"))).toBe(false);
    expect(lanesTo(BOTH, "")).toHaveLength(BOTH.length);
  });

  it("maps a marketplace by its name, else the Event's marketplace, else the only destination, else not at all", () => {
    const two = ["Amazon US", "Amazon DE"];
    expect(destinationOfMarketplace("AMAZON DE", two, "Amazon US")).toEqual({ destination: "Amazon DE", rule: "name" });
    expect(destinationOfMarketplace("Amazon.com", two, "amazon us")).toEqual({ destination: "Amazon US", rule: "event" });
    expect(destinationOfMarketplace("", two, "Amazon US")).toEqual({ destination: "Amazon US", rule: "event" });
    expect(destinationOfMarketplace("Walmart", ["3PL Los Angeles"], "")).toEqual({ destination: "3PL Los Angeles", rule: "only" });
    expect(destinationOfMarketplace("Walmart", two, "")).toBeNull();
    expect(destinationOfMarketplace("Walmart", two, "Walmart")).toBeNull(); // the event's marketplace is no destination either
    expect(destinationOfMarketplace("Walmart", [], "")).toEqual({ destination: "", rule: "only" });
    expect(sameDestination(" Amazon US", "amazon us ")).toBe(true);
  });
});
