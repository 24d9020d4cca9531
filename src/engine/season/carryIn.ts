/**
 * The stock one event of a season hands to the next: what is expected to be left after its
 * window, with the spread of that expectation (issue 12 §1).
 */

/**
 * What a SKU brings into the next event of a season from the one before, at one destination.
 * Units are expected values: the leftover of the previous window is random (it depends on how
 * that event sells), so its variance travels with it and widens the next window's demand.
 */
export interface CarryIn {
  /** Expected units on the shelf the morning after the previous window: E[(stock − window demand)⁺] plus stock that lands after the window's demand is served, units. */
  readonly units: number;
  /** Variance of that leftover, units²; added to the next window's demand variance. */
  readonly varianceUnits2: number;
  /** The first day the carried stock sells from: the day after the previous window, Excel serial. */
  readonly fromSerial: number;
  /** The SKU's in-transit lot when it lands after the previous window (so it was not counted there): units and sellable day. */
  readonly inTransit: { readonly units: number; readonly arrivalSerial: number } | null;
  /** The previous event's name, for the Why ("carried over from Prime Day"). */
  readonly fromEvent: string;
}
