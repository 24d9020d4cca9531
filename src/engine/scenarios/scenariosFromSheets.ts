/**
 * Where a plan finds its scenarios: those given (the task pane, the command line), else the
 * book's `Scenarios` sheet (情景) when it has one. A book without either plans as before.
 */
import { isBlankCell } from "../cells";
import { ok, type Result } from "../errors";
import type { Lane } from "../plan/types";
import { findSheet } from "../workbook/findSheet";
import type { Grid } from "../workbook/sheetTable";
import { readScenariosSheet } from "./readScenariosSheet";
import type { Scenario } from "./scenario";

/** The scenarios to run and the sheet they came from. */
export interface BookScenarios {
  readonly scenarios: readonly Scenario[];
  /** The Scenarios sheet read; undefined when the scenarios were given. */
  readonly sheet?: string;
}

/**
 * The book's scenarios: `given` when set, else the Scenarios sheet (found by its English or
 * Chinese name, {@link findSheet}) read against the plan's lanes; null when there are none (no
 * sheet, an empty one, or one of headers only), so the plan writes no ScenarioResults.
 * @returns the scenarios, null, or the sheet's first bad cell
 * @example bookScenarios(["Sales", "SKUs", "Event", "情景"], grids, lanes).value?.sheet // "情景"
 */
export function bookScenarios(sheetNames: readonly string[], grids: Readonly<Record<string, Grid>>, lanes: readonly Lane[], given?: readonly Scenario[]): Result<BookScenarios | null> {
  if (given) return ok(given.length > 0 ? { scenarios: given } : null);
  const sheet = findSheet(sheetNames, "Scenarios");
  if (sheet === undefined || grids[sheet] === undefined) return ok(null);
  if (grids[sheet].every((row) => row.every(isBlankCell))) return ok(null); // an empty sheet: nothing asked
  const read = readScenariosSheet(grids[sheet], lanes.map((l) => l.name), { sheet });
  if (!read.ok) return read;
  return ok(read.value.length > 0 ? { scenarios: read.value, sheet } : null);
}
