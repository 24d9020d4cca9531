/**
 * The plan's settings in the workbook: read once when the pane opens, saved
 * (debounced) whenever the user's plan form is valid and changed, and on Generate.
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

export function usePlanSettings(form: PlanForm, check: FormCheck, loaded: boolean): PlanSettingsStore {
  const lastSaved = useRef<string | null>(null);
  const [problem, setProblem] = useState<EngineError | null>(null);

  const load = useCallback(async (book: WorkbookPort) => {
    const text = await book.loadSettings();
    if (text === null || text.trim() === "") return { settings: null, problem: null };
    const parsed = parseSettings(text);
    lastSaved.current = parsed.ok ? settingsBody(parsed.value) : text;
    setProblem(parsed.ok ? null : parsed.error);
    return parsed.ok ? { settings: parsed.value, problem: null } : { settings: null, problem: parsed.error };
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
