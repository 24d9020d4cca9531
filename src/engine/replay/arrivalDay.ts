/**
 * The day a replayed shipment becomes sellable.
 */
import type { Lane } from "../plan/types";

/**
 * Sellable day, Excel serial: ship day + handling + transit + receiving days, rounded up to
 * a whole day; transit is the lane's typical (`transitDays`) or worst (`transitDaysWorst`).
 * Ship-by dates are planned on the worst case, so a lot shipped on its ship-by arrives on its
 * sellable-by date at worst and `worst − typical` days earlier as usual.
 * @example replayArrivalDay(fastBoat, 46305, 14, "typical") // 46337: 46305 + 5 handling + 13 typical + 14 receiving (worst 22: 46346)
 */
export function replayArrivalDay(lane: Pick<Lane, "handlingDays" | "transitDays" | "transitDaysWorst">, shipDaySerial: number, receivingDays: number, transit: "typical" | "worst"): number {
  return Math.ceil(shipDaySerial + lane.handlingDays + (transit === "worst" ? lane.transitDaysWorst : lane.transitDays) + receivingDays);
}
