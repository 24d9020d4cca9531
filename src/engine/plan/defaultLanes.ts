/**
 * Default shipping lanes from China to each destination: a believable starting
 * point the seller edits on the `Lanes` sheet, never a quote.
 *
 * Transit days follow DESIGN.md §2 (China → destination, forwarder guides
 * 2025–2026). `transitDays` takes the low end of each range, `transitDaysWorst`
 * the high end, both door to door: where §2 gives a port-to-port range, the
 * door-delivery and customs leg is added (its low end to the typical, its high
 * end to the worst), because ship-by dates are planned on the worst case.
 * `handlingDays` is the origin side (factory → port or airport, booking, export
 * declaration): assumed 5 days sea and rail, 7 LCL (earlier CFS cut-off), 2 air, 1 express.
 *
 * Rates are USD and assumptions of the right order for 2025, not quotes: air
 * $5/kg (§2: about $3.5–6.2/kg), express $7/kg, sea $120–180 per CBM
 * (LCL dearer than FCL, US East dearer than US West), fast boat and rail priced
 * between sea and air. FCL minimums stand for one 20′ container, so a small
 * load goes cheaper by LCL. Divisors: 6000 cm³/kg air (IATA), 5000 express,
 * 1000 for sea and rail (1 tonne = 1 CBM, weight/measure).
 *
 * Sensitive (battery, liquid) goods: allowed on sea and fast boat, which carry
 * declared dangerous goods routinely; not on air and express (lithium batteries
 * need a special battery service) nor on rail (many China–Europe rail
 * consolidators refuse them). Set AllowsSensitive to TRUE for a lane that takes them.
 *
 * Destinations ({@link DEFAULT_DESTINATION}): the US West and US East lanes deliver to
 * "Amazon US" (one FBA account; Amazon places the inbound shipment at a US West or US East
 * fulfilment centre), the Germany lanes to "Amazon DE" (the Pan-European FBA account's German
 * warehouses). A seller with a 3PL writes its own lanes with the 3PL as the Destination.
 */
import type { Lane } from "./types";

/** Where the default lanes deliver. */
export type LaneDestination = "US-West" | "US-East" | "DE";

/** The destination (the marketplace's warehouse) each group of default lanes delivers to. */
export const DEFAULT_DESTINATION: Readonly<Record<LaneDestination, string>> = Object.freeze({
  "US-West": "Amazon US",
  "US-East": "Amazon US",
  DE: "Amazon DE",
});

const SEA_DIVISOR_CM3_PER_KG = 1000;
const AIR_DIVISOR_CM3_PER_KG = 6000;
const EXPRESS_DIVISOR_CM3_PER_KG = 5000;

function air(destination: string): Lane {
  // §2: air freight 5–10 days door to door, about $3.5–6.2/kg (2025).
  return {
    name: `Air → ${destination}`,
    mode: "air",
    transitDays: 5,
    transitDaysWorst: 10,
    handlingDays: 2,
    ratePerKg: 5,
    ratePerCbm: 0,
    minCharge: 150,
    volumetricDivisor: AIR_DIVISOR_CM3_PER_KG,
    allowsSensitive: false,
  };
}

function express(destination: string): Lane {
  // §2: express 2–5 days door to door.
  return {
    name: `Express → ${destination}`,
    mode: "express",
    transitDays: 2,
    transitDaysWorst: 5,
    handlingDays: 1,
    ratePerKg: 7,
    ratePerCbm: 0,
    minCharge: 40,
    volumetricDivisor: EXPRESS_DIVISOR_CM3_PER_KG,
    allowsSensitive: false,
  };
}

function sea(name: string, transitDays: number, transitDaysWorst: number, handlingDays: number, ratePerCbm: number, minCharge: number, harborFee: boolean): Lane {
  return {
    name,
    mode: "sea",
    transitDays,
    transitDaysWorst,
    handlingDays,
    ratePerKg: 0,
    ratePerCbm,
    minCharge,
    volumetricDivisor: SEA_DIVISOR_CM3_PER_KG,
    allowsSensitive: true,
    harborFee,
  };
}

const US_WEST: readonly Lane[] = [
  // §2: 20–30 port to port + 10–25 door and customs → 30 typical, 55 worst.
  sea("Sea FCL → US West", 20 + 10, 30 + 25, 5, 120, 3000, true),
  // §2: LCL adds 5–10 days → 35 typical, 65 worst.
  sea("Sea LCL → US West", 30 + 5, 55 + 10, 7, 160, 200, true),
  {
    // §2: fast boat (Matson-type) 10–15 days on the water; door and customs assumed 3–7 days
    // (own terminal, priority unloading) → 13 typical, 22 worst.
    name: "Fast boat → US West",
    mode: "fast-sea",
    transitDays: 10 + 3,
    transitDaysWorst: 15 + 7,
    handlingDays: 5,
    ratePerKg: 0,
    ratePerCbm: 300,
    minCharge: 350,
    volumetricDivisor: SEA_DIVISOR_CM3_PER_KG,
    allowsSensitive: true,
    harborFee: true,
  },
  air("US West"),
  express("US West"),
];

const US_EAST: readonly Lane[] = [
  // §2: 40–60 days door to door.
  sea("Sea FCL → US East", 40, 60, 5, 140, 3500, true),
  // LCL adds 5–10 days → 45 typical, 70 worst.
  sea("Sea LCL → US East", 40 + 5, 60 + 10, 7, 180, 250, true),
  air("US East"),
  express("US East"),
];

const GERMANY: readonly Lane[] = [
  // §2: 30–35 port to port; door and customs from Hamburg/Rotterdam assumed 5–15 days → 35, 50.
  sea("Sea FCL → Germany", 30 + 5, 35 + 15, 5, 130, 3000, false),
  // LCL adds 5–10 days → 40 typical, 60 worst.
  sea("Sea LCL → Germany", 35 + 5, 50 + 10, 7, 170, 250, false),
  {
    // §2: rail 18–25 days terminal to terminal; door and customs from Duisburg assumed 5–10 days → 23, 35.
    name: "Rail → Germany",
    mode: "rail",
    transitDays: 18 + 5,
    transitDaysWorst: 25 + 10,
    handlingDays: 5,
    ratePerKg: 0,
    ratePerCbm: 220,
    minCharge: 300,
    volumetricDivisor: SEA_DIVISOR_CM3_PER_KG,
    allowsSensitive: false,
  },
  air("Germany"),
  express("Germany"),
];

function frozen(lanes: readonly Lane[], destination: LaneDestination): readonly Lane[] {
  return Object.freeze(lanes.map((lane) => Object.freeze({ ...lane, destination: DEFAULT_DESTINATION[destination] })));
}

const BY_DESTINATION: Readonly<Record<LaneDestination, readonly Lane[]>> = Object.freeze({
  "US-West": frozen(US_WEST, "US-West"),
  "US-East": frozen(US_EAST, "US-East"),
  DE: frozen(GERMANY, "DE"),
});

/**
 * The default lanes from China to a destination: slow lanes (sea FCL and LCL;
 * fast boat to US West; rail to Germany) and fast ones (air, express), with
 * typical and worst-case door-to-door transit days, origin handling days, USD
 * rates and minimum charges as set out in this file's header (DESIGN.md §2), and the
 * destination they deliver to ({@link DEFAULT_DESTINATION}). The lists are frozen; copy a lane to change it. An unknown destination has none (empty list).
 * @param destination "US-West", "US-East" or "DE" (Germany)
 * @returns the lanes, cheapest (slowest) first
 * @example defaultLanes("US-West")[0] // Sea FCL → US West to Amazon US: 30 days typical, 55 worst (20–30 port to port + 10–25 door), $120/CBM
 */
export function defaultLanes(destination: LaneDestination): readonly Lane[] {
  // A destination typed in a cell may be anything; an unknown one has no default lanes.
  return Object.prototype.hasOwnProperty.call(BY_DESTINATION, destination) ? BY_DESTINATION[destination] : [];
}

/** The default lanes to US West, the most common destination ({@link defaultLanes}("US-West")). */
export const DEFAULT_LANES: readonly Lane[] = defaultLanes("US-West");
