/**
 * The settings the task pane stored in a workbook, as the command line uses them: the
 * event and policy, the lanes and the chosen sheets, in place of the Event and Lanes sheets,
 * so that `peakstock plan` plans what the pane would.
 */
import type { EngineError } from "../engine/errors";
import type { InputSheetNames } from "../engine/plan/readBookInputs";
import type { EventPolicy, Lane } from "../engine/plan/types";
import { parseSettings } from "./planSettings";
import type { WorkbookPort } from "./workbookPort";

/** Where the plan's settings came from. */
export type SettingsOrigin =
  /** The book has none: the Event and Lanes sheets. */
  | { readonly kind: "sheets" }
  /** The pane's, stored in the book; `savedAt` when the pane recorded it; `lanes` when it stored its own lanes. */
  | { readonly kind: "pane"; readonly savedAt?: string; readonly lanes: boolean; readonly sources: boolean }
  /** The book has them but the caller asked to plan from the sheets. */
  | { readonly kind: "ignored" };

/** The settings to plan with and where they came from; or why the stored ones cannot be used. */
export type SettingsChoice =
  | {
      readonly ok: true;
      readonly origin: SettingsOrigin;
      readonly policy?: EventPolicy;
      readonly lanes?: readonly Lane[];
      readonly sources?: InputSheetNames;
      /** The sheet of sales to date the pane's Watch step was pointed at, when it was. */
      readonly watchSheet?: string;
    }
  | { readonly ok: false; readonly error: EngineError };

/**
 * The plan settings stored in `book` (`_PeakStock` column A, planSettings.ts), by this precedence:
 * none stored → the sheets; `ignore` → the sheets (origin "ignored"); stored → their event and policy
 * (replacing the Event sheet), their lanes when the pane set its own (else the Lanes sheet), the sheets
 * they point at (and the Watch's sheet of sales to date). Stored settings that cannot be read are an error: the caller stops rather than plan
 * something else than the pane shows (the seller may ask for the sheets with `ignore`).
 * @example await savedSettings(book, false) // { ok: true, origin: { kind: "pane", savedAt: "2026-09-15T08:30:00.000Z", lanes: false, sources: false }, policy: { growth: 2, … } }
 */
export async function savedSettings(book: Pick<WorkbookPort, "loadSettings">, ignore: boolean): Promise<SettingsChoice> {
  const text = await book.loadSettings();
  if (text === null || text.trim() === "") return { ok: true, origin: { kind: "sheets" } };
  if (ignore) return { ok: true, origin: { kind: "ignored" } };
  const parsed = parseSettings(text);
  if (!parsed.ok) return parsed;
  const s = parsed.value;
  const hasSources = Object.keys(s.sources).length > 0;
  return {
    ok: true,
    origin: { kind: "pane", ...(s.savedAt !== undefined ? { savedAt: s.savedAt } : {}), lanes: s.lanes !== null, sources: hasSources },
    policy: s.policy,
    ...(s.lanes !== null ? { lanes: s.lanes } : {}),
    ...(hasSources ? { sources: s.sources } : {}),
    ...(s.watchSheet !== null ? { watchSheet: s.watchSheet } : {}),
  };
}
