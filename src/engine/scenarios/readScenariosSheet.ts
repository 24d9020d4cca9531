/**
 * The `Scenarios` sheet (情景): one what-if per row, a name and the overrides a full plan is
 * run with, from a plain grid.
 */
import { readNumber, readText } from "../cells";
import { fail, ok, type Result } from "../errors";
import { placeParam, quoted } from "../messages/messageText";
import { SCENARIOS_SHEET, type ScenarioKey } from "../workbook/headerAliases";
import { INPUT_LIMITS } from "../workbook/inputLimits";
import { readFraction } from "../workbook/readFraction";
import { cellOf, locationOf, readSheetTable, type Grid, type GridOptions, type SheetTable, type TableRow } from "../workbook/sheetTable";
import { readDisabledLanes, readTransitSlips } from "./readLaneTargets";
import type { Scenario } from "./scenario";

/** The largest freight increase read, fraction (10 = +1,000 %): more is a typo. */
const MAX_FREIGHT_INCREASE = 10;

function readScenario(t: SheetTable<ScenarioKey>, r: TableRow, laneNames: readonly string[]): Result<Scenario> {
  const at = (key: ScenarioKey) => locationOf(t, r.row, key);
  const name = readText(cellOf(t, r, "Scenario"), at("Scenario"));
  if (!name.ok) return name;
  const growth = readNumber(cellOf(t, r, "Growth"), at("Growth"), { blank: "skip", min: 0, limit: INPUT_LIMITS.multiplier });
  if (!growth.ok) return growth;
  if (growth.value === 0) return fail("mustBePositive", "OUT_OF_RANGE", { place: placeParam(at("Growth")) }, at("Growth"));
  const slips = readTransitSlips(cellOf(t, r, "TransitSlipDays"), at("TransitSlipDays"), laneNames);
  if (!slips.ok) return slips;
  const disabled = readDisabledLanes(cellOf(t, r, "DisableModes"), at("DisableModes"), laneNames);
  if (!disabled.ok) return disabled;
  const capacity = readFraction(cellOf(t, r, "SupplierCapacity"), at("SupplierCapacity"));
  if (!capacity.ok) return capacity;
  if (capacity.value === 0) return fail("mustBePositive", "OUT_OF_RANGE", { place: placeParam(at("SupplierCapacity")) }, at("SupplierCapacity"));
  const freight = readFraction(cellOf(t, r, "FreightIncreasePct"), at("FreightIncreasePct"), { max: MAX_FREIGHT_INCREASE });
  if (!freight.ok) return freight;
  return ok({
    name: name.value as string,
    row: r.row,
    ...(growth.value !== null ? { growth: growth.value } : {}),
    transitSlips: slips.value,
    disabled: disabled.value,
    ...(capacity.value !== null ? { supplierCapacity: capacity.value } : {}),
    ...(freight.value !== null ? { freightIncreasePct: freight.value } : {}),
  });
}

/**
 * Reads the `Scenarios` sheet: headers in English or Chinese in any order (`SCENARIOS_SHEET`),
 * `Scenario` (情景, the name) required, every override optional:
 * - `Growth` (增长系数): a number > 0 that replaces the Event's Growth (1.3 = the event demand × 1.3 instead);
 * - `TransitSlipDays` (运输延误天数): whole days added to the typical and the worst transit, for every lane
 *   (14) or by mode or lane ("sea: 14; air: 3");
 * - `DisableModes` (停用运输方式): modes or lane names that cannot be used ("air, express", "空运、快递");
 * - `SupplierCapacity` (供应商产能): the share of its normal output each factory makes, in (0, 1] or
 *   with a % sign (60 %): production takes SupplierLeadDays ÷ it, rounded up;
 * - `FreightIncreasePct` (运费上涨比例): freight rates and minimum charges up by this fraction (20 % = 0.2).
 * Names are unique (case and surrounding spaces ignored); all-blank rows are skipped; the first bad
 * cell fails the sheet, naming the row and the column as the sheet writes it.
 * @param grid the sheet's cells, header row first
 * @param laneNames the plan's lanes, which TransitSlipDays and DisableModes may name
 * @returns the scenarios in sheet order (none for a sheet of headers only), or the first error
 * @example readScenariosSheet([["Scenario", "Growth"], ["growth 1.3", 1.3]], [], { sheet: "Scenarios" })
 * // ok([{ name: "growth 1.3", row: 2, growth: 1.3, transitSlips: [], disabled: [] }])
 */
export function readScenariosSheet(grid: Grid, laneNames: readonly string[], options: GridOptions = {}): Result<Scenario[]> {
  const table = readSheetTable(grid, SCENARIOS_SHEET, options);
  if (!table.ok) return table;
  const t = table.value;
  const scenarios: Scenario[] = [];
  const firstRowOf = new Map<string, number>();
  for (const r of t.rows) {
    const scenario = readScenario(t, r, laneNames);
    if (!scenario.ok) return scenario;
    const key = scenario.value.name.toLowerCase();
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      const where = locationOf(t, r.row, "Scenario");
      return fail("scenarioNameTwice", "DUPLICATE_KEY", { place: placeParam(where), name: quoted(scenario.value.name), first }, where);
    }
    firstRowOf.set(key, r.row);
    scenarios.push(scenario.value);
  }
  return ok(scenarios);
}
