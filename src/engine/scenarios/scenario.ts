/**
 * A what-if scenario: a name and the overrides a full plan is run with (the `Scenarios`
 * sheet's row). Plain, readonly data; read by `readScenariosSheet`, applied by `applyScenario`.
 */
import type { LaneMode } from "../plan/types";

/** Lanes a slip or a disabling names: every lane, a transport mode, or one lane by its name. */
export type LaneTarget =
  | { readonly kind: "all" }
  | { readonly kind: "mode"; readonly mode: LaneMode }
  | { readonly kind: "lane"; readonly lane: string };

/** Extra transit days for the lanes a target names, days (added to the typical and the worst transit). */
export interface TransitSlip {
  readonly target: LaneTarget;
  readonly days: number;
}

/** One scenario: every override is optional; none set = the base plan again. */
export interface Scenario {
  /** The seller's name for it ("ocean slips 14 days"). */
  readonly name: string;
  /** The sheet row it came from (1-based), for messages; undefined when set in the pane. */
  readonly row?: number;
  /** Replaces the Event's Growth (the × on the blended event demand), e.g. 1.3. */
  readonly growth?: number;
  /** Transit slips; a lane named by its name takes that slip, else its mode's, else the one for every lane. */
  readonly transitSlips: readonly TransitSlip[];
  /** Lanes that cannot be used (modes or lane names). */
  readonly disabled: readonly LaneTarget[];
  /**
   * Share of its normal output each supplier makes, fraction in (0, 1]: production takes
   * SupplierLeadDays ÷ this, rounded up (at 60 % capacity a 30-day order takes 50 days).
   */
  readonly supplierCapacity?: number;
  /** Freight rates (per kg, per CBM and the minimum charge) raised by this fraction, ≥ 0 (0.2 = +20 %). */
  readonly freightIncreasePct?: number;
}
