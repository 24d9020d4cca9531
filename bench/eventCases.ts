/**
 * The event windows the event benchmark replays on the M5 data, each planned 70
 * days ahead with the history up to the plan date, in three years (2013–2015):
 * - Thanksgiving: Black Friday to Cyber Monday (Fri–Mon, 4 days), as `bench:plan`;
 * - Independence Day: 3 July to 6 July (4 days around the holiday);
 * - placebo: Fri–Mon 18 days after Labor Day, when nothing happens (no named event
 *   within three days in any year), so the right uplift is 1.
 * Past editions: the same window in every earlier year of the data.
 */
import { serialFromYmd } from "../src/engine";

/** One event edition to forecast. Serials are Excel day numbers. */
export interface EventCase {
  readonly name: string;
  readonly year: number;
  readonly startSerial: number;
  readonly endSerial: number;
  readonly pastStarts: readonly number[];
  /** Days between the plan date and the event's first day. */
  readonly leadDays: number;
}

const YEARS = [2011, 2012, 2013, 2014, 2015];
const LEAD_DAYS = 70;

function thanksgiving(year: number): number {
  const nov1 = serialFromYmd(year, 11, 1);
  const weekday = (nov1 + 6) % 7; // 0 = Sunday (Excel serial 1 = 1900-01-01, a Monday)
  const firstThursday = nov1 + ((4 - weekday + 7) % 7);
  return firstThursday + 21;
}

function laborDay(year: number): number {
  const sep1 = serialFromYmd(year, 9, 1);
  const weekday = (sep1 + 6) % 7;
  return sep1 + ((1 - weekday + 7) % 7);
}

const KINDS: readonly { name: string; start: (year: number) => number; days: number }[] = [
  { name: "Thanksgiving (Black Friday–Cyber Monday)", start: (y) => thanksgiving(y) + 1, days: 4 },
  { name: "Independence Day (3–6 July)", start: (y) => serialFromYmd(y, 7, 3), days: 4 },
  { name: "placebo (Fri–Mon, 18 days after Labor Day)", start: (y) => laborDay(y) + 18, days: 4 },
];

/** The benchmark's editions; 2012 is kept for choosing settings (bench/tuneEvents.ts). */
export const BENCH_YEARS = [2013, 2014, 2015];

/** Every event edition of the benchmark: three kinds × `years` (default {@link BENCH_YEARS}). */
export function eventCases(years: readonly number[] = BENCH_YEARS): EventCase[] {
  const out: EventCase[] = [];
  for (const kind of KINDS) {
    for (const year of years) {
      const startSerial = kind.start(year);
      out.push({
        name: kind.name,
        year,
        startSerial,
        endSerial: startSerial + kind.days - 1,
        pastStarts: YEARS.filter((y) => y < year).map((y) => kind.start(y)),
        leadDays: LEAD_DAYS,
      });
    }
  }
  return out;
}
