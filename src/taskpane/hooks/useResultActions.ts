/**
 * What the Results view does with a finished plan (one job): bring a written
 * sheet to the front, and chart a SKU in the workbook.
 */
import { useCallback } from "react";
import type { ChartSpec } from "../../engine/plan/outputTable";
import { isNotesInTheWay, type NotesOnSheet } from "../../excel/noteCollisions";
import { outputLanguage, type Language } from "../i18n";
import { activateSheet, activeWorkbook, writeSkuChart } from "../workbookAccess";

/** How "chart it in the workbook" ended: the sheet written, or none and the notes in the way (if that was why). */
export interface ChartToSheet {
  readonly sheet: string | null;
  readonly notes: readonly NotesOnSheet[] | null;
}

/** @returns `openSheet(name)` (false where the workbook cannot) and `chartToSheet(spec)` in the pane's output language */
export function useResultActions(language: Language) {
  const openSheet = useCallback(async (name: string): Promise<boolean> => {
    const book = activeWorkbook();
    if (!book) return false;
    try {
      return await activateSheet(book, name);
    } catch {
      return false;
    }
  }, []);

  const chartToSheet = useCallback(
    async (spec: ChartSpec): Promise<ChartToSheet> => {
      const book = activeWorkbook();
      if (!book) return { sheet: null, notes: null };
      try {
        const written = await writeSkuChart(book, spec, outputLanguage(language));
        if (written.ok) return { sheet: written.value, notes: null };
        return { sheet: null, notes: isNotesInTheWay(written.error) ? written.error.notes : null };
      } catch {
        return { sheet: null, notes: null };
      }
    },
    [language],
  );

  return { openSheet, chartToSheet };
}
