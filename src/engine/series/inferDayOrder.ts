/**
 * One day order for a whole column (or header row) of `a/b/yyyy` text dates.
 */
import { dayMonthParts, type DayOrder } from "../dates";
import { fail, ok, type ErrorLocation, type Result } from "../errors";
import { placeParam, quoted } from "../messages/messageText";

/** A text date and its place, which a message names ("Sales row 5, Date" or "Sales!H1"). */
export interface DateSample {
  readonly text: string;
  readonly where: ErrorLocation;
}

/**
 * Infers the day order of a column of text dates, so that every `a/b/yyyy` in
 * it is read the same way. Rules, over the samples whose shape is `a/b/yyyy`:
 * - `given` (the user said which) wins;
 * - some first part above 12 (`13/1/2026`) ⇒ DMY; some second part above 12
 *   (`1/13/2026`) ⇒ MDY; both ⇒ INCONSISTENT_INPUT naming one of each;
 * - neither, but some `a/b` with a ≠ b (`3/4/2026`) ⇒ AMBIGUOUS_DATE naming the
 *   first such sample;
 * - otherwise (no such dates, or only `a/a/yyyy`) the order does not matter:
 *   null.
 * Other shapes (ISO `2026-01-05`, `2026/1/5`, serials) never affect the order.
 * @param samples the text dates in sheet order (distinct ones suffice)
 * @param given the order the user stated, if any
 * @example inferDayOrder([{ text: "13/1/2026", where: { sheet: "Sales", row: 2 } }, { text: "3/4/2026", where: { sheet: "Sales", row: 3 } }]) // ok("DMY")
 */
export function inferDayOrder(samples: readonly DateSample[], given?: DayOrder): Result<DayOrder | null> {
  if (given) return ok(given);
  let dmy: DateSample | null = null;
  let mdy: DateSample | null = null;
  let ambiguous: DateSample | null = null;
  for (const s of samples) {
    const parts = dayMonthParts(s.text);
    if (!parts) continue;
    const [a, b] = parts;
    if (a > 12 && b <= 12) dmy ??= s;
    else if (b > 12 && a <= 12) mdy ??= s;
    else if (a !== b && a <= 12 && b <= 12) ambiguous ??= s;
  }
  if (dmy && mdy) {
    return fail(
      "mixedDayOrder",
      "INCONSISTENT_INPUT",
      { dmyPlace: placeParam(dmy.where), dmy: quoted(dmy.text.trim()), mdyPlace: placeParam(mdy.where), mdy: quoted(mdy.text.trim()) },
      mdy.where,
    );
  }
  if (dmy) return ok("DMY");
  if (mdy) return ok("MDY");
  if (ambiguous) {
    return fail("ambiguousColumn", "AMBIGUOUS_DATE", { place: placeParam(ambiguous.where), text: quoted(ambiguous.text.trim()) }, ambiguous.where);
  }
  return ok(null);
}
