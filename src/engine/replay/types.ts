/**
 * The replay's records: what a policy knows at a decision day, what it decides,
 * and what the replay measured. Plain readonly data (see replayEvent.ts for the model).
 */
import type { EngineError, Result } from "../errors";
import type { AbcClass } from "../classify/abcClassify";
import type { EventPolicy, Lane, SkuMaster } from "../plan/types";
import type { DailySeries } from "../series/dailySeries";

/**
 * The policies a replay compares (labels in both languages: replayPolicies.ts). "perfect-foresight" is the
 * reference plan (whole cartons, MOQ, the same lanes); "perfect-foresight-bound" the loose-units bound above it.
 */
export type ReplayPolicyId = "peakstock" | "last-year" | "average-sales" | "sellers-rule" | "perfect-foresight" | "perfect-foresight-bound";

/** How a replay is set up, besides the book's own data. */
export interface ReplaySettings {
  /** N: the plan is made N days before the event starts, days (70 = ten weeks ahead). */
  readonly daysAhead: number;
  /**
   * Which transit the goods actually take: "typical" (default; what usually happens, so early
   * arrivals pay their storage) or "worst" (a stress test). Ship-by dates are always worst case.
   */
  readonly arrival?: "typical" | "worst";
}

/** One lot a policy sends: SKU, lane (by name), units and the day it leaves. */
export interface ReplayShipment {
  readonly sku: string;
  readonly lane: string;
  readonly units: number;
  /** The day the goods leave, Excel serial (on or after the decision day). */
  readonly shipDay: number;
}

/** A shipment with the day it becomes sellable: ship day + handling + transit + receiving. */
export interface ReplayArrival extends ReplayShipment {
  readonly arrivalDay: number;
}

/** A shipment with its cost, USD (freight after the lane's minimum charge per shipment). */
export interface ReplayShipmentCost extends ReplayArrival {
  readonly freightUsd: number;
  readonly dutyUsd: number;
  readonly insuranceUsd: number;
}

/** A later decision a policy asks for: on `day`, look again at `skus` (PeakStock's sprint at its ship-by). */
export interface ReplayReview {
  readonly day: number;
  readonly skus: readonly string[];
}

/** What the perfect-foresight reference and bound alone are told: the actual outcome of any shipments. */
export interface ReplayOracle {
  /** Replays one SKU with these shipments (costs without other SKUs' shipment minimums). */
  readonly evaluate: (sku: string, shipments: readonly ReplayShipment[]) => Result<ReplaySkuResult>;
}

/** Everything a policy may use at its decision day: nothing after the day before. */
export interface ReplayKnowledge {
  /** The decision day ("today"), Excel serial; sales are known up to the day before. */
  readonly day: number;
  /** Each SKU's daily sales up to the day before `day`. */
  readonly history: readonly DailySeries[];
  /**
   * The SKUs as they stand on `day`: onHand = stock on hand left for the event, inTransit = the
   * event stock on its way or arrived (with the latest arrival day), MOQ less what was already ordered.
   */
  readonly skus: readonly SkuMaster[];
  readonly lanes: readonly Lane[];
  /** The event, its policy and costs, with planDate = `day`. */
  readonly event: EventPolicy;
  /** What this policy has already sent. */
  readonly shipped: readonly ReplayArrival[];
  /** Only for a policy that sees the future (the perfect-foresight reference and bound). */
  readonly oracle?: ReplayOracle;
}

/** A policy's decision: lots to send, later reviews, and the SKUs it could not decide for. */
export interface PolicyDecision {
  readonly shipments: readonly ReplayShipment[];
  readonly reviews?: readonly ReplayReview[];
  readonly errors?: readonly EngineError[];
}

/** A stock policy: a pure function from what is known at a decision day to shipments. */
export interface ReplayPolicy {
  readonly id: ReplayPolicyId;
  /** True only for the references that know the actual demand. */
  readonly seesFuture?: boolean;
  /**
   * True only for the loose-units bound: its lots may be any number of units. Every other policy ships
   * whole cartons (units a multiple of the SKU's units per carton), and the replay refuses a lot that is not.
   */
  readonly looseUnits?: boolean;
  /** Called on the plan date (no review) and on each review day the policy asked for. */
  readonly decide: (known: ReplayKnowledge, review?: ReplayReview) => Result<PolicyDecision>;
}

/** Units of a SKU or a total over the window. */
export interface ReplayUnits {
  readonly demandedUnits: number;
  readonly soldUnits: number;
  readonly shortUnits: number;
  /** Units left after the window's last day (including lots arriving after it). */
  readonly leftoverUnits: number;
  readonly shippedUnits: number;
}

/** Money of a SKU or a total, USD. profit = revenue − purchase − fees − freight − duty − insurance − storage − leftover cost. */
export interface ReplayMoney {
  /** Units sold in the window × price. */
  readonly revenueUsd: number;
  /** Units sold × unit cost (a leftover's purchase cost is recovered when it sells later). */
  readonly purchaseUsd: number;
  /** Units sold × marketplace fee per unit. */
  readonly marketplaceFeesUsd: number;
  /** Freight, duty and insurance of everything shipped. */
  readonly freightUsd: number;
  readonly dutyUsd: number;
  readonly insuranceUsd: number;
  /** Storage of the event stock per day held, to the window's end. */
  readonly storageUsd: number;
  /** Leftover units × o (leftoverCostPerUnitUsd). */
  readonly leftoverCostUsd: number;
  readonly profitUsd: number;
}

/** One SKU's replay. */
export interface ReplaySkuResult extends ReplayUnits, ReplayMoney {
  readonly sku: string;
  /** sold ÷ demanded; null when nothing was demanded. */
  readonly fillRate: number | null;
  readonly shipments: readonly ReplayShipmentCost[];
}

/** Sums over SKUs. */
export interface ReplayTotals extends ReplayUnits, ReplayMoney {
  readonly skus: number;
  readonly fillRate: number | null;
}

/** One policy replayed on one event. */
export interface ReplayResult {
  readonly policy: ReplayPolicyId;
  /** Excel serials: plan date (event start − N), first and last day of the window. */
  readonly planDate: number;
  readonly windowStart: number;
  readonly windowEnd: number;
  /** Per SKU, in the order of the SKU master; each with its ABC class (last 365 days' revenue before the plan date). */
  readonly skus: readonly (ReplaySkuResult & { readonly abcClass: AbcClass })[];
  readonly total: ReplayTotals;
  /** The SKUs making 80 % of the revenue (class A). */
  readonly classA: ReplayTotals;
  /** SKUs the policy could not decide for (they ship nothing and are still scored). */
  readonly errors: readonly EngineError[];
}
