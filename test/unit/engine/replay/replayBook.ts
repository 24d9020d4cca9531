/**
 * A two-destination book for a replay, as sheet grids: SKU A sells a flat 10 a day on Amazon US
 * and 4 a day on Amazon DE, one lane to each (Sea US $1 a unit, Rail DE $2), a March event
 * "Spring Sale" whose 2026 edition (2026-03-10 … 03-13, 14 cover days) is replayed 70 days ahead.
 */
import { serialFromYmd } from "../../../../src/engine/dates";

const NEXT = serialFromYmd(2027, 3, 9);
const PLAN_DATE = NEXT - 70;
const FIRST = serialFromYmd(2024, 1, 1);

/** The sheets, by name. */
export function replayBookGrids(): Record<string, unknown[][]> {
  const sales: unknown[][] = [["Date", "SKU", "Units", "Marketplace"]];
  for (let d = FIRST; d < PLAN_DATE; d++) sales.push([d, "A", 10, "Amazon US"], [d, "A", 4, "Amazon DE"]);
  return {
    Sales: sales,
    SKUs: [["SKU", "Name", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg"], ["A", "Mug", 6, 20, 1, 30.48, 30.48, 30.48, 10]],
    Lanes: [
      ["Lane", "Mode", "TransitDays", "TransitDaysWorst", "HandlingDays", "RatePerKg", "VolumetricDivisor", "Destination"],
      ["Sea US", "sea", 28, 30, 5, 0.1, 100_000, "Amazon US"],
      ["Rail DE", "rail", 18, 20, 3, 0.2, 100_000, "Amazon DE"],
    ],
    Event: [
      ["Event", "Spring Sale"], ["Start", NEXT], ["End", NEXT + 3], ["PlanDate", PLAN_DATE], ["PastEventStarts", "2025-03-11, 2026-03-10"],
      ["StorageRateOffPeak", 3.1], ["StorageRatePeak", 3.1], ["InsuranceRate", 0],
    ],
  };
}

