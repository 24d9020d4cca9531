/**
 * The plan form's state (one job): the Event and Policy steps, the lanes, the
 * chosen sheets, as a reducer; what the workbook and the stored settings put in
 * it are actions of the same reducer, so no copy of the form lives anywhere else.
 */
import { useCallback, useMemo, useReducer } from "react";
import { serialFromYmd } from "../../engine/dates";
import { DEFAULT_LANES } from "../../engine/plan/defaultLanes";
import type { PlanSettings } from "../../excel/planSettings";
import { applyFindings, type ReadReason } from "../applyFindings";
import { formFromSettings } from "../formSettings";
import { formReducer, type FormAction, type PresetNamer } from "../formReducer";
import type { Strings } from "../i18n";
import { defaultPolicy, initialForm, type PlanForm } from "../planForm";
import { presetNamer } from "../presetLabels";
import { validateForm, type FormCheck } from "../validateForm";
import type { Findings } from "../work/inspectSources";

type PaneAction =
  | FormAction
  | { readonly type: "applyFindings"; readonly findings: Findings; readonly reason: ReadReason; readonly namer: PresetNamer }
  | { readonly type: "applySettings"; readonly settings: PlanSettings };

function paneReducer(form: PlanForm, action: PaneAction): PlanForm {
  if (action.type === "applyFindings") return applyFindings(form, action.findings, action.reason, action.namer);
  if (action.type === "applySettings") return formFromSettings(action.settings, form);
  return formReducer(form, action);
}

/** Today as an Excel serial day, on the user's calendar. */
function todaySerial(): number {
  const now = new Date();
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export interface PlanFormState {
  readonly form: PlanForm;
  /** The form checked: field messages, and the policy and lanes when valid. */
  readonly check: FormCheck;
  /** Names events from presets in the pane's language. */
  readonly namer: PresetNamer;
  readonly dispatch: (action: FormAction) => void;
  /** Puts what a read of the workbook found into the form (applyFindings). */
  readonly applyRead: (findings: Findings, reason: ReadReason) => void;
  /** Puts the settings stored in the workbook into the form. */
  readonly applySettings: (settings: PlanSettings) => void;
}

/**
 * @param strings the pane's language, for preset names
 * @param salesMarketplaces the marketplaces the Sales sheet names, for the marketplace warning
 */
export function usePlanForm(strings: Strings, salesMarketplaces: readonly string[]): PlanFormState {
  const namer = useMemo(() => presetNamer(strings), [strings]);
  const [form, dispatch] = useReducer(paneReducer, undefined, () => initialForm(defaultPolicy("prime-day", todaySerial(), namer), DEFAULT_LANES, "defaults"));
  const check = useMemo(() => validateForm(form, { salesMarketplaces }), [form, salesMarketplaces]);
  const applyRead = useCallback((findings: Findings, reason: ReadReason) => dispatch({ type: "applyFindings", findings, reason, namer }), [namer]);
  const applySettings = useCallback((settings: PlanSettings) => dispatch({ type: "applySettings", settings }), []);
  return { form, check, namer, dispatch, applyRead, applySettings };
}
