/**
 * Destinations: where a lane delivers and where a SKU's stock sells (a marketplace's
 * warehouse or a 3PL: "Amazon US", "Amazon DE", "3PL Los Angeles"), and which
 * destination each marketplace of the Sales sheet sells from.
 */
import type { Lane } from "./types";

/** How a Sales marketplace found its destination ({@link destinationOfMarketplace}). */
export type DestinationRule = "name" | "event" | "only";

/** A marketplace's destination and the rule that gave it. */
export interface DestinationMatch {
  /** The destination as the lanes write it; "" = the book's one unnamed destination (no lane names any). */
  readonly destination: string;
  readonly rule: DestinationRule;
}

/**
 * Whether two destination (or marketplace) names are the same: case and surrounding spaces ignored.
 * @example sameDestination(" amazon us", "Amazon US") // true
 */
export function sameDestination(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The destinations the lanes deliver to: each non-blank `destination` once, spelled as its
 * first lane writes it, in lane order. Empty when no lane names one (the book is one destination).
 * @example laneDestinations([{ destination: "Amazon US", … }, { destination: "amazon us", … }, { destination: "Amazon DE", … }, { … }])
 * // ["Amazon US", "Amazon DE"]
 */
export function laneDestinations(lanes: readonly Lane[]): string[] {
  const found: string[] = [];
  for (const lane of lanes) {
    const d = (lane.destination ?? "").trim();
    if (d !== "" && !found.some((f) => sameDestination(f, d))) found.push(d);
  }
  return found;
}

/**
 * The lanes that deliver to `destination`: those naming it, and those naming no destination
 * (a lane without one goes everywhere). Destination "" (the book's one unnamed destination) takes every lane.
 * @example lanesTo(lanes, "Amazon DE") // Rail → Germany, Sea FCL → Germany … and any lane with a blank Destination; never Fast boat → US West
 */
export function lanesTo(lanes: readonly Lane[], destination: string): Lane[] {
  if (destination.trim() === "") return lanes.slice();
  return lanes.filter((lane) => (lane.destination ?? "").trim() === "" || sameDestination(lane.destination ?? "", destination));
}

/**
 * The destination a Sales marketplace sells from, by the first rule that applies:
 * 1. "name": a destination with the marketplace's name (case and spaces ignored): "amazon de" → "Amazon DE";
 * 2. "event": the destination named by the Event's Marketplace (a marketplace spelled otherwise, or blank);
 * 3. "only": the book's only destination;
 * otherwise null: the marketplace cannot be mapped (the plan says so in Alerts and leaves its sales out).
 * With no destination at all (no lane names one) everything sells from the one unnamed destination "".
 * @param marketplace the Sales sheet's Marketplace value ("" for rows without one)
 * @param destinations the book's destinations ({@link laneDestinations})
 * @param eventMarketplace the Event sheet's Marketplace ("" = none)
 * @example destinationOfMarketplace("Amazon.com", ["Amazon US", "Amazon DE"], "Amazon US") // { destination: "Amazon US", rule: "event" }
 * @example destinationOfMarketplace("Walmart", ["Amazon US", "Amazon DE"], "") // null
 */
export function destinationOfMarketplace(marketplace: string, destinations: readonly string[], eventMarketplace: string): DestinationMatch | null {
  if (destinations.length === 0) return { destination: "", rule: "only" };
  const byName = destinations.find((d) => sameDestination(d, marketplace));
  if (byName !== undefined && marketplace.trim() !== "") return { destination: byName, rule: "name" };
  const byEvent = eventMarketplace.trim() === "" ? undefined : destinations.find((d) => sameDestination(d, eventMarketplace));
  if (byEvent !== undefined) return { destination: byEvent, rule: "event" };
  if (destinations.length === 1) return { destination: destinations[0], rule: "only" };
  return null;
}
