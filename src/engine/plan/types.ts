/**
 * The plan's domain records: what a seller tells PeakStock about their SKUs,
 * their shipping lanes and the event. Plain, readonly data; read from the
 * workbook by the edges, consumed by the planning functions.
 * Source for the fields and defaults: ../shared/DESIGN.md §1 items 4–9, §2, §3.
 */
import type { AbcClass } from "../classify/abcClassify";

/** How goods move. Sea and rail are "slow" lanes, air and express "fast". */
export type LaneMode = "sea" | "fast-sea" | "rail" | "air" | "express";

/** One shipping lane from the seller's origin (usually China) to a warehouse. */
export interface Lane {
  /** Unique name the seller sees, e.g. "Sea FCL → US West". */
  readonly name: string;
  readonly mode: LaneMode;
  /** Typical door-to-door transit, days. */
  readonly transitDays: number;
  /** Worst-case transit the plan uses for ship-by dates, days (≥ transitDays). */
  readonly transitDaysWorst: number;
  /** First mile, booking and customs, days, added before transit. */
  readonly handlingDays: number;
  /** Freight rate per chargeable kg, USD/kg (0 when the lane charges by volume). */
  readonly ratePerKg: number;
  /** Freight rate per cubic metre, USD/CBM (0 when the lane charges by weight). */
  readonly ratePerCbm: number;
  /** Minimum charge per shipment, USD. */
  readonly minCharge: number;
  /** Volumetric divisor, cm³/kg (6000 IATA air, 5000 couriers; sea uses 1000 kg = 1 CBM). */
  readonly volumetricDivisor: number;
  /** Whether battery/liquid ("sensitive") goods may travel this lane. */
  readonly allowsSensitive: boolean;
  /** Whether US harbor maintenance fee applies (ocean shipments into the US). */
  readonly harborFee?: boolean;
  /**
   * Where the lane delivers: a marketplace's warehouse or a 3PL ("Amazon US", "Amazon DE",
   * "3PL Los Angeles"). Blank or left out = a lane to every destination (a Lanes sheet without a
   * Destination column plans the book as one destination, as before destinations existed).
   */
  readonly destination?: string;
}

/** A SKU's stock at one destination: one row of the SKUs sheet when it has a Destination column. */
export interface DestinationStock {
  /** The row's Destination ("" = the row names none). */
  readonly destination: string;
  /** Units sellable at that destination now. */
  readonly onHand: number;
  /** Units on the way to it. */
  readonly inTransit: number;
  /** When they are received, Excel serial day (undefined = unknown). */
  readonly inTransitArrival?: number;
}

/** The seller's master data for one SKU. Dimensions are per carton. */
export interface SkuMaster {
  readonly sku: string;
  readonly name?: string;
  /** Purchase cost, USD/unit. */
  readonly unitCost: number;
  /** Selling price, USD/unit. */
  readonly price: number;
  readonly unitsPerCarton: number;
  readonly cartonLengthCm: number;
  readonly cartonWidthCm: number;
  readonly cartonHeightCm: number;
  readonly cartonWeightKg: number;
  /** Import duty as a fraction of customs value (0.075 = 7.5 %). */
  readonly dutyRate: number;
  /** Units sellable at the marketplace warehouse now. */
  readonly onHand: number;
  /** Units already shipped and on the way. */
  readonly inTransit: number;
  /** When the in-transit units are expected to be received, Excel serial day (undefined = unknown). */
  readonly inTransitArrival?: number;
  /** Production lead time at the supplier, days. */
  readonly supplierLeadDays: number;
  /** Minimum order quantity, units. */
  readonly moq: number;
  /** Battery or liquid: only lanes with allowsSensitive may carry it. */
  readonly sensitive: boolean;
  readonly marketplace?: string;
  /** The factory the SKU is bought from (the SKUs sheet's Supplier); undefined = not said (its purchase goes on the order of "(none)"). */
  readonly supplier?: string;
  /** A second qualified factory (the SKUs sheet's BackupSupplier); undefined = the SKU has one source. */
  readonly backupSupplier?: string;
  /** Amazon's fulfilment network SKU, printed on carton labels (the SKUs sheet's FNSKU); undefined = not given. */
  readonly fnsku?: string;
  /** Marketplace fees of one sale (referral, fulfilment), USD/unit; undefined = none given (0). */
  readonly marketplaceFeePerUnit?: number;
  /** The destination this record's OnHand / InTransit are at (the SKUs sheet's Destination); undefined = not said. */
  readonly destination?: string;
  /**
   * Stock per destination, one entry per SKUs row of this SKU (sheet order), when the SKUs sheet
   * has a Destination column; the master data (cost, carton, MOQ …) is the first row's.
   */
  readonly stockAt?: readonly DestinationStock[];
}

/** Safety-stock method: the sellers' max/avg rule or the service-level formula. */
export type SafetyStockMethod = "MAXAVG" | "SERVICE";


/**
 * One more event of a season (the Events sheet's rows after the first, or the pane's further
 * events): what differs between the events of one plan. Everything else — plan date, receiving and
 * safety days, costs, service levels — is the season's policy. Dates are Excel serial days.
 */
export interface SeasonEvent {
  readonly name: string;
  readonly marketplace: string;
  /** First day of the event, Excel serial. */
  readonly start: number;
  /** Last day of the event (inclusive), Excel serial. */
  readonly end: number;
  /** Start days of the same event in earlier years, Excel serials. */
  readonly pastEventStarts: readonly number[];
  /** The marketplace's inbound cut-off for this event, Excel serial; undefined = none. */
  readonly inboundCutOff?: number;
  /** This event's growth (× on its forecast), when it differs from the policy's; undefined = the policy's. */
  readonly growth?: number;
}

/** One event and the policy for planning it. Dates are Excel serial days. */
export interface EventPolicy {
  readonly name: string;
  readonly marketplace: string;
  /** First day of the event, Excel serial. */
  readonly start: number;
  /** Last day of the event (inclusive), Excel serial. */
  readonly end: number;
  /** The day the plan is made ("today"), Excel serial. */
  readonly planDate: number;
  /** Start days of the same event in earlier years, Excel serials. */
  readonly pastEventStarts: readonly number[];
  /** Warehouse receiving time, days (peak default 14). */
  readonly receivingDays: number;
  /** Stock must be sellable this many days before the start, days. */
  readonly safetyDays: number;
  /**
   * The marketplace's inbound cut-off: the last day goods may reach its warehouse to count for the
   * event (Amazon's FBA deadline, e.g.), Excel serial; undefined = none. The ship-by timeline uses the
   * earlier of this and the arrive-by worked back from the start (`shipByDates`).
   */
  readonly inboundCutOff?: number;
  /**
   * Cycle service level per ABC class, fractions in (0, 1): the z of the SERVICE safety stock (the
   * SafetyStock column, a re-order's cushion during the event). It does not set the event quantity,
   * which comes from each SKU's economics; see serviceLevelFloorByClass for a floor.
   */
  readonly serviceLevelByClass: Readonly<Record<AbcClass, number>>;
  /**
   * Optional floor on the event quantity per ABC class ("A at least 0.95"): the plan stocks at least
   * this quantile of the window's demand on a lane that pays, and says what it costs over the economic
   * quantity. Undefined or a class left out = no floor (the default).
   */
  readonly serviceLevelFloorByClass?: Readonly<Partial<Record<AbcClass, number>>>;
  /**
   * Optional least cushion above the window's median demand, fraction: the plan stocks at least
   * (1 + this) × the window's P50 on a lane that pays, and says what it costs. 0 (the default) = none:
   * the economic quantity already holds what pays.
   */
  readonly bufferPct: number;
  /** Contingency budget on cost, fraction (0.10). */
  readonly contingencyPct: number;
  /** Watch alert threshold, fraction (0.30). */
  readonly alertThreshold: number;
  /** Multiplier on last year's sales (YoY, ad spend), e.g. 1.2. */
  readonly growth: number;
  /** Days of demand to cover after the event ends, days. */
  readonly coverDaysAfter: number;
  /** Storage capacity of every destination without its own limit, ft³ (undefined = no limit). */
  readonly capacityCubicFeet?: number;
  /** Storage capacity per destination, ft³, keyed by the destination as written ("Amazon US"); wins over capacityCubicFeet. */
  readonly capacityByDestination?: Readonly<Record<string, number>>;
  /** Fee for storage over the capacity limit, USD per ft³ per month (default {@link CAPACITY_DEFAULTS}: Amazon US $10). */
  readonly overageFeePerCubicFoot?: number;
  /** Cost of holding a ft³ at a 3PL near the destination and transferring it in later, USD per ft³ (default {@link CAPACITY_DEFAULTS}). */
  readonly threePlCostPerCubicFoot?: number;
  /** Storage fee Jan–Sep, USD per ft³ per month. */
  readonly storageRateOffPeak: number;
  /** Storage fee Oct–Dec, USD per ft³ per month. */
  readonly storageRatePeak: number;
  /** Cargo insurance rate, fraction of (goods + freight) × 1.1. */
  readonly insuranceRate: number;
  /** Share of a purchase order paid as a deposit when it is placed, fraction (default 0.30, the usual 30/70 terms; see purchaseOrders). */
  readonly depositPct?: number;
  readonly safetyStockMethod: SafetyStockMethod;
  /** Optional uplift override for every SKU (undefined = estimate). */
  readonly upliftOverride?: number;
  /** How long a unit left over after the window waits until it sells, days (default 90; see leftoverCostPerUnitUsd). */
  readonly leftoverHoldDays?: number;
  /** Share of the unit cost lost on a leftover unit: markdown, disposal, capital, fraction (default 0.10). */
  readonly leftoverMarkdownShare?: number;
  /**
   * Share of the window demand's variance that the sales known at the sprint's ship-by resolve,
   * 0 … 1 (default {@link QUICK_RESPONSE_DEFAULTS}): how much the base may leave to the sprint.
   */
  readonly sprintInformationShare?: number;
  /**
   * True when the event stock is kept apart until the event starts (the replay holds every lot for
   * its window): the days before the start are then never sold out of it, so the need leaves them out.
   * Default false: a marketplace warehouse sells what it has received from the sellable-by day on.
   */
  readonly eventStockHeldUntilStart?: boolean;
  /**
   * The other events of the season, after this one (issue 12 §1): each is planned in date order with
   * this policy's settings and its own name, marketplace, dates, past editions, cut-off and growth; the
   * stock expected to be left after one event is stock for the next (`planSeason`). Undefined or empty =
   * one event, planned exactly as before seasons existed. Only `planSeason` (the plan from the sheets)
   * reads it; `planEvent` plans this policy's own event alone.
   */
  readonly laterEvents?: readonly SeasonEvent[];
  /**
   * A later event's base batch may join an earlier event's base shipment on the same lane and
   * destination when their ship-bys are at most this many days apart and the minimum charge saved
   * is more than the storage the early units pay (`mergeSeasonBatches`), days; default
   * {@link SEASON_DEFAULTS}; 0 = never.
   */
  readonly batchMergeDays?: number;
}

/** Defaults of a season's plan (issue 12 §1). */
export const SEASON_DEFAULTS = Object.freeze({
  /**
   * Ship-bys at most 30 days apart may share one shipment. The storage of the early units is priced
   * in the rule; the bound keeps a later event's goods from being shipped a season early, where the
   * marketplace's monthly capacity limits (which the plan does not price per month) would hold them.
   */
  batchMergeDays: 30,
});
