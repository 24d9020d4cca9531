/**
 * The events a seller picks from in the Event step, and the date rules that put
 * each one in a year. Pure: dates are Excel serial days, the plan date is passed in.
 *
 * Rules (the seller edits any date the pane fills in):
 * - Black Friday / Cyber Monday: Black Friday is the day after US Thanksgiving, the
 *   fourth Thursday of November; Cyber Monday is three days later (4 days, Fri → Mon).
 * - Prime Day: Amazon's own dates where known (2018–2026, from Amazon's announcements; 2026 moved
 *   to 23–26 June); later years the second Tuesday of July, Tuesday → Friday, as in 2025 (8–11 July),
 *   a guess the seller checks once Amazon announces the dates.
 * - Prime Big Deal Days (Prime Early Access Sale in 2022): known dates 2022–2025; later
 *   years the first Tuesday on or after 7 October, two days (it fell on 11, 10, 8 and
 *   7 October in 2022–2025). There was none before 2022.
 * - Back to school (US): 15 July – 31 August, the season US retailers run it in.
 * - 618 (JD.com's mid-year festival, 京东618): 1–18 June, the main campaign ending on 18 June.
 *
 * Inbound cut-offs ({@link INBOUND_CUT_OFFS}) come with an edition only where the marketplace's date
 * was published; none is made up.
 */
import { serialFromYmd, weekdayOfSerial, ymdFromSerial } from "../engine/dates";

/** The events offered, in the order the picker lists them. */
export type EventPresetId = "prime-day" | "prime-big-deal-days" | "bfcm" | "back-to-school" | "618" | "custom";

export const EVENT_PRESET_IDS: readonly EventPresetId[] = ["prime-day", "prime-big-deal-days", "bfcm", "back-to-school", "618", "custom"];

/** One year's run of an event: first and last day (inclusive), Excel serial days. */
export interface EventEdition {
  readonly year: number;
  readonly start: number;
  readonly end: number;
  /** The marketplace's published inbound cut-off for this edition (last day goods may arrive), Excel serial day; absent when none was published. */
  readonly inboundCutOff?: number;
}

/** What a preset fills in for a plan date: the next edition and the starts of the years before it. */
export interface PresetDates {
  readonly edition: EventEdition;
  /** Starts of the same event in the (up to) three years before, oldest first, Excel serial days. */
  readonly pastStarts: readonly number[];
}

const TUESDAY = 2;
const THURSDAY = 4;

/** [month, day, days long] of Prime Day by year, from Amazon's announcements. */
const PRIME_DAY_KNOWN: Readonly<Record<number, readonly [number, number, number]>> = {
  2018: [7, 16, 2], 2019: [7, 15, 2], 2020: [10, 13, 2], 2021: [6, 21, 2],
  2022: [7, 12, 2], 2023: [7, 11, 2], 2024: [7, 16, 2], 2025: [7, 8, 4],
  // 2026: 23–26 June, Amazon's announcement as reported by itmagazine.cc (2026-06-02, "Amazon has
  // rescheduled Prime Day to June and will maintain it as a four-day event") and fyinternational.net (2026-06-22).
  2026: [6, 23, 4],
};
/** [month, day, days long] of Prime Big Deal Days (Prime Early Access Sale in 2022). */
const BIG_DEAL_DAYS_KNOWN: Readonly<Record<number, readonly [number, number, number]>> = {
  2022: [10, 11, 2], 2023: [10, 10, 2], 2024: [10, 8, 2], 2025: [10, 7, 2],
};
const FIRST_BIG_DEAL_DAYS_YEAR = 2022;

/**
 * [month, day] of the marketplace's inbound cut-off by event and year: the last day goods may
 * reach the marketplace's warehouse to count for the event, where the date was published. Amazon
 * gives two FBA dates per event: an earlier one for AWD and "minimal split" shipments (one or few
 * fulfilment centres, the placement most sellers shipping containers from China choose) and a later
 * one for "optimized split" shipments; the earlier one is kept (the safe side), the later one is in
 * the comment for sellers who ship optimized splits and type it in.
 * - Prime Day 2026: 27 May (optimized split 5 June). Source: thealfi.ca, "Prime Day 2026 inventory and
 *   PPC calendar" (2026-04-27), citing Brandwoven's seller timeline; bluewheelmedia.com's Prime Day
 *   strategy post quotes Amazon's Prime Day readiness playbook with inventory cut-offs "late May to early June".
 * - Prime Big Deal Days 2025: 10 September (optimized 19 September); Black Friday / Cyber Monday 2025:
 *   20 October (optimized 30 October). Source: ppc.land, "Amazon's critical inventory deadlines for 2025
 *   holiday season", citing Forest Shipping's reading of Amazon's 2025 holiday guide; link-trans.com
 *   ("Amazon's peak season inventory cutoff date is October 30") confirms 30 October for BFCM 2025.
 * Not published (searched December 2026), so left out rather than guessed: Prime Big Deal Days and
 * BFCM 2026, every 2027 event; Walmart (WFS guides describe inbound orders and delivery appointments,
 * no event deadlines) and TikTok Shop (FBT inbound rules give a 75-day auto-close, no event deadlines).
 */
export const INBOUND_CUT_OFFS: Readonly<Partial<Record<EventPresetId, Readonly<Record<number, readonly [number, number]>>>>> = {
  "prime-day": { 2026: [5, 27] },
  "prime-big-deal-days": { 2025: [9, 10] },
  bfcm: { 2025: [10, 20] },
};

/**
 * The first day on or after `serial` that falls on `weekday` (0 Sunday … 6 Saturday).
 * @example firstWeekdayOnOrAfter(serialFromYmd(2026, 10, 7), 2) // serial of 2026-10-13, a Tuesday
 */
export function firstWeekdayOnOrAfter(serial: number, weekday: number): number {
  return serial + ((weekday - weekdayOfSerial(serial) + 7) % 7);
}

/**
 * The `n`-th `weekday` (0 Sunday … 6 Saturday) of a month, Excel serial day.
 * @example nthWeekdayOfMonth(2026, 11, 4, 4) // 2026-11-26, US Thanksgiving
 */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): number {
  return firstWeekdayOnOrAfter(serialFromYmd(year, month, 1), weekday) + 7 * (n - 1);
}

/**
 * Black Friday: the Friday after the fourth Thursday of November (US Thanksgiving).
 * @example blackFriday(2026) // serial of 2026-11-27
 */
export function blackFriday(year: number): number {
  return nthWeekdayOfMonth(year, 11, THURSDAY, 4) + 1;
}

function known(year: number, table: Readonly<Record<number, readonly [number, number, number]>>): EventEdition | undefined {
  const entry = table[year];
  if (!entry) return undefined;
  const start = serialFromYmd(year, entry[0], entry[1]);
  return { year, start, end: start + entry[2] - 1 };
}

/**
 * The run of an event in `year`, by the rules in this file's header, with the marketplace's
 * inbound cut-off where one was published ({@link INBOUND_CUT_OFFS}); undefined for "custom"
 * and for Prime Big Deal Days before 2022.
 * @example presetEdition("bfcm", 2026) // { year: 2026, start: 2026-11-27, end: 2026-11-30 } as serials 46353, 46356
 * @example presetEdition("prime-day", 2026) // { year: 2026, start: 2026-06-23, end: 2026-06-26, inboundCutOff: 2026-05-27 }
 */
export function presetEdition(id: EventPresetId, year: number): EventEdition | undefined {
  const edition = editionDates(id, year);
  const cutOff = INBOUND_CUT_OFFS[id]?.[year];
  return edition && cutOff ? { ...edition, inboundCutOff: serialFromYmd(year, cutOff[0], cutOff[1]) } : edition;
}

function editionDates(id: EventPresetId, year: number): EventEdition | undefined {
  switch (id) {
    case "bfcm": {
      const start = blackFriday(year);
      return { year, start, end: start + 3 };
    }
    case "prime-day": {
      const found = known(year, PRIME_DAY_KNOWN);
      if (found) return found;
      const start = nthWeekdayOfMonth(year, 7, TUESDAY, 2);
      return { year, start, end: start + 3 };
    }
    case "prime-big-deal-days": {
      if (year < FIRST_BIG_DEAL_DAYS_YEAR) return undefined;
      const found = known(year, BIG_DEAL_DAYS_KNOWN);
      if (found) return found;
      const start = firstWeekdayOnOrAfter(serialFromYmd(year, 10, 7), TUESDAY);
      return { year, start, end: start + 1 };
    }
    case "back-to-school":
      return { year, start: serialFromYmd(year, 7, 15), end: serialFromYmd(year, 8, 31) };
    case "618":
      return { year, start: serialFromYmd(year, 6, 1), end: serialFromYmd(year, 6, 18) };
    case "custom":
      return undefined;
  }
}

/**
 * The edition to plan from `planDateSerial`: the first one that starts after the plan
 * date (this year's, or next year's once this year's has begun), with the starts of
 * the same event in the three years before it, for the uplift.
 * @param id the event; "custom" has no dates (undefined)
 * @param planDateSerial the day the plan is made, Excel serial day
 * @example presetDates("bfcm", serialFromYmd(2026, 9, 15))
 * // { edition: { year: 2026, start: 2026-11-27, end: 2026-11-30 }, pastStarts: [2023-11-24, 2024-11-29, 2025-11-28] }
 */
export function presetDates(id: EventPresetId, planDateSerial: number, pastYears = 3): PresetDates | undefined {
  if (id === "custom") return undefined;
  const { year } = ymdFromSerial(planDateSerial);
  let edition: EventEdition | undefined;
  for (let y = year; y <= year + 2 && edition === undefined; y++) {
    const candidate = presetEdition(id, y);
    if (candidate && candidate.start > planDateSerial) edition = candidate;
  }
  if (!edition) return undefined;
  const pastStarts: number[] = [];
  for (let y = edition.year - pastYears; y < edition.year; y++) {
    const past = presetEdition(id, y);
    if (past) pastStarts.push(past.start);
  }
  return { edition, pastStarts };
}
