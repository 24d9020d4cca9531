/**
 * A hand-checkable SKU for the event tests: 10 units every day from 2023-01-01,
 * except the two past Thanksgiving windows (Thu–Sun, 4 days) at 30 units/day.
 */
import { serialFromYmd } from "../../../../src/engine/dates";
import type { DailyHistory } from "../../../../src/engine/event/dailyHistory";

export const HISTORY_START = serialFromYmd(2023, 1, 1);
export const PAST_2023 = serialFromYmd(2023, 11, 23); // Thanksgiving 2023, a Thursday
export const PAST_2024 = serialFromYmd(2024, 11, 28); // Thanksgiving 2024, a Thursday
export const EVENT_START = serialFromYmd(2025, 11, 27); // Thanksgiving 2025; 364 days after PAST_2024
export const EVENT_END = EVENT_START + 3; // Thu–Sun, 4 days
export const EVENT_DAYS = 4;
/** The history ends 8 days before the event (2025-11-19), as on a plan date. */
export const HISTORY_END = EVENT_START - 8;

export interface SkuShape {
  baselinePerDay?: number;
  eventPerDay?: number;
  startSerial?: number;
  endSerial?: number;
}

/** Builds the synthetic SKU; `edit(serial, units)` may change single days. */
export function syntheticSku(shape: SkuShape = {}, edit?: (serial: number, units: number) => number): { startSerial: number; units: number[] } {
  const start = shape.startSerial ?? HISTORY_START;
  const end = shape.endSerial ?? HISTORY_END;
  const units: number[] = [];
  for (let s = start; s <= end; s++) {
    const inWindow = [PAST_2023, PAST_2024].some((p) => s >= p && s < p + EVENT_DAYS);
    const v = inWindow ? (shape.eventPerDay ?? 30) : (shape.baselinePerDay ?? 10);
    units.push(edit ? edit(s, v) : v);
  }
  return { startSerial: start, units };
}

/** Index of an Excel serial in a history. */
export const indexOf = (history: DailyHistory, serial: number): number => serial - history.startSerial;
