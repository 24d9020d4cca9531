/**
 * Opening the pane on a workbook (one job): the settings stored in it, then its
 * sheets. Runs once a workbook is there — at once in the preview, when Office
 * reports ready in Excel (the effect runs again when `hostReady` turns true; no
 * timer asks in between).
 */
import { useEffect, useRef, useState } from "react";
import type { PlanSettings } from "../../excel/planSettings";
import type { WorkbookPort } from "../../excel/workbookPort";
import type { ReadReason } from "../applyFindings";
import type { SourceKind } from "../planForm";
import type { Findings } from "../work/inspectSources";
import { activeWorkbook } from "../workbookAccess";

export interface OpenWorkbookSteps {
  /** Reads the stored settings (null when none or unreadable). */
  readonly loadSettings: (book: WorkbookPort) => Promise<{ readonly settings: PlanSettings | null }>;
  readonly applySettings: (settings: PlanSettings) => void;
  /** Reads the sheets with these picked; resolves with what was found. */
  readonly read: (picked: Readonly<Partial<Record<SourceKind, string>>>) => Promise<Findings | null>;
  readonly applyRead: (findings: Findings, reason: ReadReason) => void;
}

/**
 * @returns "waiting" (no workbook yet), "opening", then "open" (settings and sheets read, or tried)
 */
export function useOpenWorkbook(hostReady: boolean, steps: OpenWorkbookSteps): "waiting" | "opening" | "open" {
  const [state, setState] = useState<"waiting" | "opening" | "open">("waiting");
  const { loadSettings, applySettings, read, applyRead } = steps;
  const mounted = useRef(false);
  const started = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => {
    if (started.current) return;
    const book = activeWorkbook();
    if (!book) return; // Excel not ready yet: hostReady changes and this runs again
    started.current = true;
    setState("opening");
    void (async () => {
      let picked: Readonly<Partial<Record<SourceKind, string>>> = {};
      try {
        const stored = await loadSettings(book);
        if (stored.settings && mounted.current) {
          applySettings(stored.settings);
          picked = stored.settings.sources;
        }
      } catch {
        // unreadable storage: start from the sheets
      }
      const found = mounted.current ? await read(picked) : null;
      if (found && mounted.current) applyRead(found, { type: "open" });
      if (mounted.current) setState("open");
    })();
  }, [hostReady, loadSettings, applySettings, read, applyRead]);
  return state;
}
