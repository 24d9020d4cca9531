/**
 * Reading the workbook for the Data step: the sheet names, the input sheets'
 * grids (through the workbook port), and what they hold (in the plan worker).
 */
import { useCallback, useRef, useState } from "react";
import type { Grid } from "../../engine/workbook/sheetTable";
import type { JobRunner } from "../jobRunner";
import type { SourceKind } from "../planForm";
import { activeWorkbook } from "../workbookAccess";
import { resolveSources, type Findings } from "../work/inspectSources";

export interface DataState {
  readonly status: "idle" | "reading" | "done" | "noWorkbook" | "failed";
  readonly sheetNames: readonly string[];
  readonly findings: Findings | null;
  /** What went wrong outside the engine (the workbook could not be read). */
  readonly failure: string | null;
}

const IDLE: DataState = { status: "idle", sheetNames: [], findings: null, failure: null };

export interface WorkbookData {
  readonly data: DataState;
  /** Reads the workbook with these sheets picked; resolves with the findings (null when it could not). */
  readonly read: (picked: Readonly<Partial<Record<SourceKind, string>>>) => Promise<Findings | null>;
  /** Re-reads only the sheet names (for the pickers, after the user added a sheet). */
  readonly refreshNames: () => Promise<void>;
}

/** @returns what the last read found, `read(picked)` (a newer read wins) and `refreshNames()` */
export function useWorkbookData(runner: JobRunner): WorkbookData {
  const [data, setData] = useState<DataState>(IDLE);
  const latest = useRef(0);

  const read = useCallback(
    async (picked: Readonly<Partial<Record<SourceKind, string>>>): Promise<Findings | null> => {
      const ticket = ++latest.current;
      const book = activeWorkbook();
      if (!book) {
        setData({ ...IDLE, status: "noWorkbook" });
        return null;
      }
      setData((current) => ({ ...current, status: "reading", failure: null }));
      try {
        const sheetNames = await book.sheetNames();
        const sources = resolveSources(sheetNames, picked);
        const grids: Record<string, Grid> = {};
        for (const name of new Set(Object.values(sources))) grids[name] = await book.readSheet(name);
        const findings = await runner.run("inspect", { sheetNames, grids, picked });
        if (ticket !== latest.current) return null; // a newer read started
        setData({ status: "done", sheetNames, findings, failure: null });
        return findings;
      } catch (e) {
        if (ticket === latest.current) setData((current) => ({ ...current, status: "failed", failure: e instanceof Error ? e.message : String(e) }));
        return null;
      }
    },
    [runner],
  );

  const refreshNames = useCallback(async () => {
    const book = activeWorkbook();
    if (!book) return;
    try {
      const sheetNames = await book.sheetNames();
      setData((current) => (current.sheetNames.join("\u0000") === sheetNames.join("\u0000") ? current : { ...current, sheetNames }));
    } catch {
      // keep the names we have
    }
  }, []);

  return { data, read, refreshNames };
}
