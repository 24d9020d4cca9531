/**
 * Choosing the sheet an output goes to without touching a sheet the user made.
 * Browser-safe: the preview bundles it.
 */
import { sheetLabel, type SheetKind } from "../engine/workbook/headerAliases";
import { sameSheetName } from "./writeChecks";
import type { OutputLanguage, WorkbookPort } from "./workbookPort";

/**
 * The sheet to write an output of `kind` on: its name in `language` ("Plan",
 * or "计划" in zh-CN) when no sheet has that name or PeakStock owns that sheet;
 * otherwise the first free-or-owned of "Plan (PeakStock)", "Plan (PeakStock 2)",
 * "Plan (PeakStock 3)" … Names compare ignoring case, as Excel's do, so a user
 * sheet "plan" also moves the output; an owned sheet is returned as the
 * workbook spells it. Re-running finds the same sheet again — also in the other
 * language: the sheet that already holds PeakStock's table of this kind is reused
 * (Excel table names are unique per workbook), and only its headers change.
 * @param book the workbook
 * @param kind the output, e.g. "Plan"
 * @param language "en" or "zh-CN"
 * @example await chooseOutputSheetName(bookWithUserSheet("Plan"), "Plan", "en") // "Plan (PeakStock)"
 * @example await chooseOutputSheetName(emptyBook, "CashFlow", "zh-CN") // "现金流"
 */
export async function chooseOutputSheetName(book: WorkbookPort, kind: SheetKind, language: OutputLanguage): Promise<string> {
  const owned = await book.ownedSheetOf(kind);
  if (owned !== null) return owned;
  const base = sheetLabel(kind, language);
  const names = await book.sheetNames();
  // Each taken name rules out at most one candidate, so one of the first names.length + 1 is free or owned.
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : n === 2 ? `${base} (PeakStock)` : `${base} (PeakStock ${n - 1})`;
    const existing = names.find((name) => sameSheetName(name, candidate));
    if (existing === undefined) return candidate;
    if (await book.isOwnedSheet(existing)) return existing;
  }
}
