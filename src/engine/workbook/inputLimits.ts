/**
 * Sanity limits on input cells: values no real seller's workbook holds, so a
 * cell above one is a typo (1e300 units, a growth of 1,000,000) and is refused
 * with its place named before any planning starts. Each is far above the
 * largest real figure it guards, so a real workbook never meets one.
 */
export const INPUT_LIMITS = Object.freeze({
  /** Units in one Sales row, on hand, in transit, MOQ, units per carton: a billion units. */
  units: 1e9,
  /** Revenue of one Sales row, USD: ten billion. */
  revenueUsd: 1e10,
  /** Unit cost and price, USD per unit: a million. */
  unitPriceUsd: 1e6,
  /** Carton length, width and height, cm (10 m). */
  cartonCm: 1000,
  /** Carton gross weight, kg (a tonne). */
  cartonKg: 1000,
  /** Day counts: supplier lead, transit, handling, receiving, safety and cover days (almost three years). */
  days: 1000,
  /** Freight per chargeable kg, USD/kg (air freight runs about $3.5–6.2/kg, DESIGN.md §2). */
  ratePerKgUsd: 1000,
  /** Freight per CBM, USD/CBM. */
  ratePerCbmUsd: 100_000,
  /** Minimum charge per shipment, USD. */
  minChargeUsd: 10_000_000,
  /** Volumetric divisor, cm³ per kg (6000 air cargo, 5000 couriers, 1000 sea). */
  volumetricDivisor: 100_000,
  /** Growth on last year and an uplift override, as multipliers (×1,000). */
  multiplier: 1000,
  /** Storage capacity, ft³. */
  cubicFeet: 1e9,
  /** Storage fee, USD per ft³ per month (Amazon US peak 2024: $2.40). */
  storageRateUsd: 1000,
  /** Days from the plan date to the event's start: three years (1,096 days, one leap day included). */
  eventAheadDays: 1096,
});
