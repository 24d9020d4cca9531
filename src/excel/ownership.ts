/**
 * PeakStock's ownership of outputs, shared by every workbook: the registry
 * (ownershipRegistry.ts), where each output goes, notes in the way
 * (noteCollisions.ts), and {@link writeOwnedOutputs}, the one way outputs are
 * written — by runPlan and by the task pane's "chart it in the workbook".
 * Browser-safe: the preview bundles it.
 */
import { ok, type Result } from "../engine/errors";
import type { OutputTable } from "../engine/plan/outputTable";
import type { SheetKind } from "../engine/workbook/headerAliases";
import { noteCollisions, notesInTheWay, type NotesOnSheet } from "./noteCollisions";
import { parseOwnership, resolveOutputTargets, serializeOwnership } from "./ownershipRegistry";
import type { OutputLanguage, OutputWrite, WorkbookPort } from "./workbookPort";
import { sameSheetName, tableDataRows } from "./writeChecks";

export { isNotesInTheWay, noteCollisions, notedCells, notesInTheWay, type NotesInTheWay, type NotesOnSheet } from "./noteCollisions";
export {
  EMPTY_REGISTRY, outputTableName, parseOwnership, resolveOutputTargets, serializeOwnership,
  type OwnedTable, type OwnershipRegistry, type WorkbookLayout,
} from "./ownershipRegistry";

/** One output to write: its table and, for a chart sheet, the chart's title. */
export interface OwnedOutput {
  readonly table: OutputTable;
  readonly chartTitle?: string;
}

export interface WriteOwnedOptions {
  /** Write over notes in the way of a growing table instead of stopping (the seller said so). */
  readonly overwriteNotes?: boolean;
}

/**
 * Writes `outputs` where they belong, all or nothing: reads the workbook (sheet
 * names, tables, the stored registry), resolves each output's target
 * ({@link resolveOutputTargets}), and — unless `overwriteNotes` — reads each sheet
 * whose table would grow and stops, writing nothing, when the growth would write
 * over a seller's cells ({@link noteCollisions}); then one `writeOutputs` with the
 * new registry.
 * @returns the sheet written for each kind, or the notes in the way (the message names every cell, in `language`)
 * @throws what the workbook throws while writing (it then leaves the previous results whole)
 * @example await writeOwnedOutputs(book, [{ table: plan }], "en") // ok({ Plan: "Plan" })
 */
export async function writeOwnedOutputs(
  book: WorkbookPort,
  outputs: readonly OwnedOutput[],
  language: OutputLanguage,
  options: WriteOwnedOptions = {},
): Promise<Result<Partial<Record<SheetKind, string>>>> {
  const sheetNames = await book.sheetNames();
  const tables = await book.listTables();
  const registry = parseOwnership(await book.loadOwnership());
  const resolved = resolveOutputTargets(outputs.map((o) => o.table.kind), language, { sheetNames, tables, registry });
  const writes: OutputWrite[] = outputs.map((output, i) => ({
    target: resolved.targets[i],
    table: output.table,
    ...(output.chartTitle !== undefined ? { chartTitle: output.chartTitle } : {}),
  }));
  if (!options.overwriteNotes) {
    const notes: NotesOnSheet[] = [];
    for (const { target, table } of writes) {
      if (target.mode !== "replace") continue;
      const old = tables.find((t) => sameSheetName(t.name, target.tableName));
      if (!old) continue; // checkOutputTargets refuses it in writeOutputs
      const rows = 1 + tableDataRows(table);
      const columns = table.columns.length;
      if (rows <= old.rows && columns <= old.columns) continue; // within its own range: nothing of the seller's in the way
      const cells = noteCollisions(await book.readSheet(target.sheet), old, rows, columns);
      if (cells.length > 0) notes.push({ sheet: target.sheet, cells });
    }
    if (notes.length > 0) {
      return { ok: false, error: notesInTheWay(notes, language) };
    }
  }
  await book.writeOutputs(writes, language, serializeOwnership(resolved.registry));
  const sheets: Partial<Record<SheetKind, string>> = {};
  for (const { target } of writes) sheets[target.kind] = target.sheet;
  return ok(sheets);
}
