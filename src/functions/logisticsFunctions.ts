/**
 * PEAK functions for shipping: chargeable weight, volume, ship-by date, landed
 * cost, storage fee. Thin adapters over the engine; the JSDoc is Excel's metadata.
 */
import { cartonCbm, cubicFeetFromCm } from "../engine/logistics/cartonVolume";
import { chargeableWeightKg } from "../engine/logistics/chargeableWeight";
import { landedCostPerUnit } from "../engine/logistics/landedCost";
import { shipByDates } from "../engine/logistics/shipByDates";
import { storageFeeUsd } from "../engine/logistics/storageFee";
import { readNumberArgument, type NumberArgument } from "./argumentRules";
import { readDateArgument } from "./readDateArgument";
import { unwrap } from "./unwrap";

/** Reads a declared numeric argument or throws its Excel error. */
function num(value: unknown, name: NumberArgument): number {
  return unwrap(readNumberArgument(value, name));
}

/**
 * Chargeable weight in kg: the larger of the actual weight and the volume weight (length × width × height ÷ divisor) per carton, times the cartons.
 * @customfunction CHARGEABLEWEIGHT
 * @helpurl https://localhost:3000/help.html#chargeableweight
 * @param length_cm Carton length, cm.
 * @param width_cm Carton width, cm.
 * @param height_cm Carton height, cm.
 * @param actual_kg Actual weight of one carton, kg.
 * @param [divisor] Volumetric divisor, cm³ per kg: 6000 air cargo (default), 5000 most couriers.
 * @param [cartons] Number of cartons. Default 1.
 * @returns Chargeable weight, kg.
 */
export function chargeableWeight(length_cm: unknown, width_cm: unknown, height_cm: unknown, actual_kg: unknown, divisor?: unknown, cartons?: unknown): number {
  return unwrap(
    chargeableWeightKg(num(length_cm, "length_cm"), num(width_cm, "width_cm"), num(height_cm, "height_cm"), num(actual_kg, "actual_kg"), num(divisor, "divisor"), num(cartons, "cartons")),
  );
}

/**
 * Volume in cubic metres (CBM): length × width × height in cm ÷ 1,000,000, times the count.
 * @customfunction CBM
 * @helpurl https://localhost:3000/help.html#cbm
 * @param length_cm Length, cm.
 * @param width_cm Width, cm.
 * @param height_cm Height, cm.
 * @param [count] Number of cartons. Default 1.
 * @returns Volume, m³.
 */
export function cbm(length_cm: unknown, width_cm: unknown, height_cm: unknown, count?: unknown): number {
  return unwrap(cartonCbm(num(length_cm, "length_cm"), num(width_cm, "width_cm"), num(height_cm, "height_cm"), num(count, "count")));
}

/**
 * Volume in cubic feet from centimetres (1 ft³ = 28,316.85 cm³), times the count: what Amazon's storage fees and capacity limits use.
 * @customfunction CUBICFEET
 * @helpurl https://localhost:3000/help.html#cubicfeet
 * @param length_cm Length, cm.
 * @param width_cm Width, cm.
 * @param height_cm Height, cm.
 * @param [count] Number of units or cartons. Default 1.
 * @returns Volume, ft³.
 */
export function cubicFeet(length_cm: unknown, width_cm: unknown, height_cm: unknown, count?: unknown): number {
  return unwrap(cubicFeetFromCm(num(length_cm, "length_cm"), num(width_cm, "width_cm"), num(height_cm, "height_cm"), num(count, "count")));
}

/**
 * Last day the goods may leave so they are received and sellable before the event even with the worst-case transit: event start − safety days − receiving days − transit days − handling days. Format the cell as a date.
 * @customfunction SHIPBY
 * @helpurl https://localhost:3000/help.html#shipby
 * @param event_start First day of the event (a date).
 * @param transit_days Worst-case door-to-door transit, days.
 * @param [receiving_days] Days the warehouse needs to receive the goods. Default 14 (peak season).
 * @param [safety_days] Days the stock should be sellable before the event. Default 7.
 * @param [handling_days] First mile, booking and customs, days. Default 0.
 * @returns The ship-by date (an Excel date serial).
 */
export function shipBy(event_start: unknown, transit_days: unknown, receiving_days?: unknown, safety_days?: unknown, handling_days?: unknown): number {
  const dates = unwrap(
    shipByDates({
      eventStartSerial: unwrap(readDateArgument(event_start, "event_start")),
      transitDaysWorst: num(transit_days, "transit_days"),
      receivingDays: num(receiving_days, "receiving_days"),
      safetyDays: num(safety_days, "safety_days"),
      handlingDays: num(handling_days, "handling_days"),
    }),
  );
  return dates.shipBy;
}

/**
 * Landed cost per unit in USD: purchase + freight + duty on the purchase cost + insurance ((goods + freight) × 1.1 × rate) + other fees.
 * @customfunction LANDEDCOST
 * @helpurl https://localhost:3000/help.html#landedcost
 * @param unit_cost Purchase cost per unit, USD.
 * @param freight_per_unit Freight per unit, USD.
 * @param [duty_rate] Import duty as a fraction of the purchase cost (0.075 = 7.5 %). Default 0.
 * @param [insurance_rate] Cargo insurance rate (0.003 = 0.3 %). Default 0.
 * @param [fees_per_unit] Other fees per unit (warehouse, labels, marketplace), USD. Default 0.
 * @returns Landed cost per unit, USD.
 */
export function landedCost(unit_cost: unknown, freight_per_unit: unknown, duty_rate?: unknown, insurance_rate?: unknown, fees_per_unit?: unknown): number {
  return unwrap(
    landedCostPerUnit({
      unitCostUsd: num(unit_cost, "unit_cost"),
      freightPerUnitUsd: num(freight_per_unit, "freight_per_unit"),
      dutyRate: num(duty_rate, "duty_rate"),
      insuranceRate: num(insurance_rate, "insurance_rate"),
      feesPerUnitUsd: num(fees_per_unit, "fees_per_unit"),
    }),
  ).totalUsd;
}

/**
 * Marketplace storage fee in USD for a volume kept from start_date up to (not including) end_date, prorated by day, at the October–December rate for days in those months. Defaults: Amazon US standard size (2024).
 * @customfunction STORAGEFEE
 * @helpurl https://localhost:3000/help.html#storagefee
 * @param cubic_feet Volume stored, ft³.
 * @param start_date First day in storage (a date).
 * @param end_date Day the stock leaves (a date, not charged).
 * @param [rate_jan_sep] USD per ft³ per month, January–September. Default 0.78.
 * @param [rate_oct_dec] USD per ft³ per month, October–December. Default 2.40.
 * @returns Storage fee, USD.
 */
export function storageFee(cubic_feet: unknown, start_date: unknown, end_date: unknown, rate_jan_sep?: unknown, rate_oct_dec?: unknown): number {
  return unwrap(
    storageFeeUsd(
      num(cubic_feet, "cubic_feet"),
      unwrap(readDateArgument(start_date, "start_date")),
      unwrap(readDateArgument(end_date, "end_date")),
      num(rate_jan_sep, "rate_jan_sep"),
      num(rate_oct_dec, "rate_oct_dec"),
    ),
  );
}
