/**
 * Follows a MemoryWorkbook for the preview grid: its sheet names and the active
 * sheet, redrawn on every change the workbook reports (`subscribe`), at most
 * once a frame. When PeakStock writes a new Plan, the grid shows it, as Excel
 * would after Generate batches; the pane's sheet links (activateSheet) switch tabs.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { MemorySheet, MemoryTable } from "../excel/memoryWorkbook";
import type { PreviewWorkbook } from "./previewWorkbook";

export interface WorkbookView {
  readonly names: readonly string[];
  /** The sheet shown, or undefined when the workbook has none. */
  readonly sheet: MemorySheet | undefined;
  /** Names of the sheets PeakStock wrote (they hold a PeakStock table). */
  readonly owned: ReadonlySet<string>;
  readonly select: (name: string) => void;
}

/**
 * The workbook's sheets and the one shown.
 * @param initial the sheet shown first when the workbook has it (else the first sheet)
 */
export function useWorkbookView(book: PreviewWorkbook, initial?: string): WorkbookView {
  const [names, setNames] = useState<readonly string[]>([]);
  const [active, setActive] = useState<string | undefined>(initial);
  const [version, setVersion] = useState(0);
  const lastPlan = useRef<MemoryTable | undefined>(undefined);

  useEffect(() => {
    let frame: number | undefined;
    let cancelled = false;
    const refresh = () => {
      frame = undefined;
      void book.sheetNames().then((next) => {
        if (cancelled) return;
        const plan = book.tables().find((t) => t.kind === "Plan");
        if (plan && plan !== lastPlan.current) setActive(plan.sheet);
        lastPlan.current = plan;
        setNames(next);
        setVersion((v) => v + 1);
      });
    };
    const unsubscribe = book.subscribe(() => {
      if (frame === undefined) frame = requestAnimationFrame(refresh);
    });
    const stopActivations = book.onActivate((name) => setActive(name));
    refresh();
    return () => {
      cancelled = true;
      unsubscribe();
      stopActivations();
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [book]);

  const select = useCallback((name: string) => setActive(name), []);
  const shown = active !== undefined && names.some((n) => n.toLowerCase() === active.toLowerCase()) ? active : names[0];
  // Re-read after every change (`version`); getSheet copies the values, so only when something changed.
  const sheet = useMemo(() => (shown === undefined || version < 0 ? undefined : book.getSheet(shown)), [book, shown, version]);
  const owned = useMemo(() => new Set(version < 0 ? [] : book.tables().map((t) => t.sheet)), [book, version]);
  return { names, sheet, owned, select };
}
