/**
 * Reading which lanes a Scenarios cell names: transport modes (the words of `readLaneMode`)
 * or the plan's lane names, with or without a number of days each.
 */
import { cellParam, cellValue, excelErrorOf, readNumber } from "../cells";
import { fail, ok, type ErrorLocation, type Result } from "../errors";
import { listParam, placeParam, quoted } from "../messages/messageText";
import { INPUT_LIMITS } from "../workbook/inputLimits";
import { readLaneMode } from "../workbook/readLaneMode";
import type { LaneTarget, TransitSlip } from "./scenario";

/** Separators between the parts of one cell: `;`, `,`, `、` (ASCII or full-width) and line breaks. */
const PARTS = /[;；,，、\r\n]+/;

/**
 * The lane a word names: a lane of the plan by its name (case and surrounding spaces ignored),
 * else a transport mode; null when it is neither.
 * @example laneTarget("Air", ["Sea FCL"]) // { kind: "mode", mode: "air" }
 */
function laneTarget(word: string, laneNames: readonly string[]): LaneTarget | null {
  const lane = laneNames.find((n) => n.trim().toLowerCase() === word.trim().toLowerCase());
  if (lane !== undefined) return { kind: "lane", lane };
  const mode = readLaneMode(word, {});
  return mode.ok ? { kind: "mode", mode: mode.value } : null;
}

function targetKey(target: LaneTarget): string {
  return target.kind === "all" ? "*" : target.kind === "mode" ? `mode:${target.mode}` : `lane:${target.lane.toLowerCase()}`;
}

function notModeOrLane(word: string, where: ErrorLocation, laneNames: readonly string[]): Result<never> {
  return fail("notModeOrLane", "OUT_OF_RANGE", { place: placeParam(where), value: quoted(word), lanes: listParam(laneNames.map(quoted), "comma") }, where);
}

/**
 * Reads a DisableModes cell: modes or lane names separated by `,` `;` `、` or line breaks
 * ("air, express", "空运、快递", "Air → US West"). Blank = none.
 * @param laneNames the plan's lanes, which a part may name
 * @returns the targets, or OUT_OF_RANGE naming the cell and the word that is neither
 * @example readDisabledLanes("air, 快递", { sheet: "Scenarios", row: 3, column: "DisableModes" }, [])
 * // ok([{ kind: "mode", mode: "air" }, { kind: "mode", mode: "express" }])
 */
export function readDisabledLanes(value: unknown, where: ErrorLocation, laneNames: readonly string[]): Result<LaneTarget[]> {
  const v = cellValue(value);
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return ok([]);
  const error = excelErrorOf(v);
  if (error) return fail("excelError", "OUT_OF_RANGE", { place: placeParam(where), error }, where);
  if (typeof v !== "string") return fail("notModeOrLane", "OUT_OF_RANGE", { place: placeParam(where), value: cellParam(v), lanes: listParam(laneNames.map(quoted), "comma") }, where);
  const targets: LaneTarget[] = [];
  for (const word of v.split(PARTS).map((p) => p.trim()).filter((p) => p !== "")) {
    const target = laneTarget(word, laneNames);
    if (!target) return notModeOrLane(word, where, laneNames);
    if (!targets.some((t) => targetKey(t) === targetKey(target))) targets.push(target);
  }
  return ok(targets);
}

/**
 * Reads a TransitSlipDays cell: a whole number of days for every lane (14), or parts
 * `mode or lane: days` separated by `;` or line breaks ("sea: 14; air: 3", "海运：14"), a part
 * without a name being every lane's. Days are whole, ≥ 0, at most `INPUT_LIMITS.days`.
 * @returns the slips, or an error naming the cell (and the part)
 * @example readTransitSlips(14, { sheet: "Scenarios", row: 2, column: "TransitSlipDays" }, []) // ok([{ target: { kind: "all" }, days: 14 }])
 * @example readTransitSlips("sea: 14; fast boat: 7", at, []) // ok([{ target: mode sea, days: 14 }, { target: mode fast-sea, days: 7 }])
 */
export function readTransitSlips(value: unknown, where: ErrorLocation, laneNames: readonly string[]): Result<TransitSlip[]> {
  const v = cellValue(value);
  const days = (raw: unknown, place: ErrorLocation): Result<number | null> => readNumber(raw, place, { blank: "skip", min: 0, limit: INPUT_LIMITS.days, integer: true });
  if (typeof v !== "string" || v.trim() === "" || excelErrorOf(v)) {
    const n = days(v, where);
    if (!n.ok) return n;
    return ok(n.value === null ? [] : [{ target: { kind: "all" }, days: n.value }]);
  }
  const slips: TransitSlip[] = [];
  for (const part of v.split(/[;；\r\n]+/).map((p) => p.trim()).filter((p) => p !== "")) {
    const colon = Math.max(part.lastIndexOf(":"), part.lastIndexOf("："));
    const name = colon < 0 ? "" : part.slice(0, colon).trim();
    const target: LaneTarget | null = name === "" ? { kind: "all" } : laneTarget(name, laneNames);
    if (!target) return notModeOrLane(name, where, laneNames);
    const place: ErrorLocation = name === "" ? where : { ...where, column: `${where.column ?? ""}, ${name}` };
    const n = days(colon < 0 ? part : part.slice(colon + 1).trim(), place);
    if (!n.ok) return n;
    if (n.value === null) return fail("notASlip", "NOT_A_NUMBER", { place: placeParam(where), value: quoted(part) }, where);
    if (slips.some((s) => targetKey(s.target) === targetKey(target))) {
      return fail("slipTargetTwice", "DUPLICATE_KEY", { place: placeParam(where), target: quoted(name === "" ? part : name) }, where);
    }
    slips.push({ target, days: n.value });
  }
  if (slips.length === 0) return fail("notASlip", "NOT_A_NUMBER", { place: placeParam(where), value: cellParam(v) }, where);
  return ok(slips);
}
