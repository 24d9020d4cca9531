/**
 * Finding a contract sheet among a workbook's sheets by its name.
 */
import { SHEET_SPECS, type SheetKind } from "./headerAliases";
import { normalizeHeader } from "./matchHeaders";

/**
 * The workbook sheet that holds a kind of data, by name: its English name, its
 * Chinese name or another listed name (`SHEET_SPECS[kind]`), compared as headers
 * are (case, spaces, `_`, `-` and bracketed notes ignored, so "cash flow" and
 * "CASH_FLOW" are both CashFlow). When several sheets match, the English name wins
 * over the Chinese one, which wins over the others; among equals, the first in
 * workbook order. Users who name a sheet otherwise point at it in the task pane.
 * @param sheetNames the workbook's sheet names, in tab order
 * @param kind the sheet to find
 * @returns the sheet's name as the workbook spells it, or undefined when none matches
 * @example findSheet(["说明", "产品", "销售"], "SKUs") // "产品"
 * @example findSheet(["Sheet1"], "Lanes") // undefined
 */
export function findSheet(sheetNames: readonly string[], kind: SheetKind): string | undefined {
  const spec = SHEET_SPECS[kind];
  const wanted = [spec.en, spec.zh, ...spec.aliases].map(normalizeHeader);
  let best: string | undefined;
  let bestRank = Infinity;
  for (const name of sheetNames) {
    const rank = wanted.indexOf(normalizeHeader(name));
    if (rank !== -1 && rank < bestRank) {
      best = name;
      bestRank = rank;
    }
  }
  return best;
}
