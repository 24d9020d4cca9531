/**
 * Reading a lane's transport mode from the words sellers write.
 */
import { cellParam, cellValue, excelErrorOf, isBlankCell } from "../cells";
import { fail, ok, type ErrorLocation, type Result } from "../errors";
import { placeParam } from "../messages/messageText";
import type { LaneMode } from "../plan/types";

/** Words for each mode, compared without case, spaces, `_` and `-`. */
const MODE_WORDS: readonly (readonly [LaneMode, readonly string[]])[] = [
  ["sea", ["sea", "ocean", "sea freight", "ocean freight", "海运", "普船", "海运普船"]],
  ["fast-sea", ["fast sea", "fast boat", "fast ship", "matson", "express sea", "快船", "美森", "海运快船"]],
  ["rail", ["rail", "train", "railway", "铁路", "铁运", "班列", "中欧班列"]],
  ["air", ["air", "air freight", "air cargo", "空运"]],
  ["express", ["express", "courier", "快递", "国际快递"]],
];

const squash = (text: string): string => text.normalize("NFKC").toLowerCase().replace(/[\s_-]+/g, "");
const BY_WORD: ReadonlyMap<string, LaneMode> = new Map(MODE_WORDS.flatMap(([mode, words]) => words.map((w) => [squash(w), mode] as const)));

/**
 * Reads a lane mode: sea, fast sea / fast-sea / fast boat / Matson, rail, air,
 * express / courier, or in Chinese 海运, 快船, 铁路, 空运, 快递 (case, spaces,
 * `_` and `-` ignored).
 * @param value the raw cell value
 * @param where the cell, which messages name ("Lanes row 3, Mode") and errors carry
 * @returns the mode, MISSING_VALUE for a blank, or OUT_OF_RANGE listing the modes
 * @example readLaneMode("Fast Sea", { sheet: "Lanes", row: 2, column: "Mode" }) // ok("fast-sea")
 * @example readLaneMode("空运", { sheet: "Lanes", row: 3, column: "Mode" }) // ok("air")
 * @example readLaneMode("truck", { sheet: "Lanes", row: 4, column: "Mode" })
 * // err OUT_OF_RANGE "Lanes row 4, Mode: 'truck' is not a lane mode (sea, fast sea, rail, air, express; 海运, 快船, 铁路, 空运, 快递)"
 */
export function readLaneMode(value: unknown, where: ErrorLocation): Result<LaneMode> {
  const place = placeParam(where);
  if (isBlankCell(value)) return fail("blankCell", "MISSING_VALUE", { place }, where);
  const v = cellValue(value);
  const excelError = excelErrorOf(v);
  if (excelError) return fail("excelError", "OUT_OF_RANGE", { place, error: excelError }, where);
  const mode = typeof v === "string" ? BY_WORD.get(squash(v)) : undefined;
  if (mode) return ok(mode);
  return fail("notLaneMode", "OUT_OF_RANGE", { place, value: cellParam(v) }, where);
}
