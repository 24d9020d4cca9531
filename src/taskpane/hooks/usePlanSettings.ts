/**
 * The plan's settings in the workbook (one job): read once when the pane opens,
 * saved (debounced) whenever the user's plan form is valid and changed — only
 * once they have been read, so the pane's defaults never overwrite them — and on Generate.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { EngineError } from "../../engine/errors";
import { parseSettings, serializeSettings, settingsBody, type PlanSettings } from "../../excel/planSettings";
import type { WorkbookPort } from "../../excel/workbookPort";
import { settingsFromForm } from "../formSettings";
import type { PlanForm } from "../planForm";
import type { FormCheck } from "../validateForm";
import { activeWorkbook } from "../workbookAccess";

/** Milliseconds of quiet typing before the settings are saved. */
const SAVE_DELAY_MS = 800;

export interface PlanSettingsStore {
  /** Reads the stored settings: null when there are none; the problem when they cannot be read. */
  readonly load: (book: WorkbookPort) => Promise<{ readonly settings: PlanSettings | null; readonly problem: EngineError | null }>;
  /** Saves these settings now (before a run), unless they are what the workbook holds already. */
  readonly saveNow: (book: WorkbookPort, settings: PlanSettings) => Promise<void>;
  /** The stored settings that could not be read, if any. */
  readonly problem: EngineError | null;
}

/** True when the form holds something the user set (not only what the sheets said). */
function userSet(form: PlanForm): boolean {
  return form.eventEdited || form.lanesOrigin === "edited" || Object.keys(form.sources).length > 0 || form.watchSheet !== "";
}

/** The stored settings: `load` when the pane opens, `saveNow` before a run, autosave of a valid changed form once loaded. */
export function usePlanSettings(form: PlanForm, check: FormCheck): PlanSettingsStore {
  const lastSaved = useRef<string | null>(null);
  const [problem, setProblem] = useState<EngineError | null>(null);
  /** The stored settings have been read (or could not be): from then on the form's changes are saved. */
  const [loaded, setLoaded] = useState(false);

  const load = useCallback(async (book: WorkbookPort) => {
    try {
      const text = await book.loadSettings();
      if (text === null || text.trim() === "") return { settings: null, problem: null };
      const parsed = parseSettings(text);
      lastSaved.current = parsed.ok ? settingsBody(parsed.value) : text;
      setProblem(parsed.ok ? null : parsed.error);
      return parsed.ok ? { settings: parsed.value, problem: null } : { settings: null, problem: parsed.error };
    } finally {
      setLoaded(true);
    }
  }, []);

  const save = useCallback(async (book: WorkbookPort, settings: PlanSettings) => {
    const json = settingsBody(settings);
    if (json === lastSaved.current) return;
    // Stamped with the time (the command line says when the pane saved what it plans with); compared without it.
    await book.saveSettings(serializeSettings({ ...settings, savedAt: new Date().toISOString() }));
    lastSaved.current = json;
  }, []);

  useEffect(() => {
    if (!loaded || !userSet(form)) return undefined;
    const settings = settingsFromForm(form, check);
    if (!settings || settingsBody(settings) === lastSaved.current) return undefined;
    const timer = setTimeout(() => {
      const book = activeWorkbook();
      if (book) save(book, settings).catch(() => undefined); // a failed save is retried with the next change or run
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [form, check, loaded, save]);

  return { load, saveNow: save, problem };
}
