/**
 * The task pane's one orchestrating hook (STYLE.md §7): the plan form, reading the
 * workbook, the stored settings, generating the plan (runPlan with the plan worker
 * as planner), its progress, result and errors, and the watch. Components only
 * render what it returns. Sets `document.body.dataset.planState` to "running",
 * then "done" or "error" (PANE_CONTRACT.md).
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { ok, type EngineError } from "../../engine/errors";
import { DEFAULT_LANES } from "../../engine/plan/defaultLanes";
import type { PlanFromSheetsInput } from "../../engine/plan/planFromSheets";
import type { Lane } from "../../engine/plan/types";
import { serialFromYmd } from "../../engine/dates";
import { isNotesInTheWay, type NotesOnSheet } from "../../excel/noteCollisions";
import { runPlan, type PlanRun } from "../../excel/runPlan";
import type { WorkbookPort } from "../../excel/workbookPort";
import { applyFindings, type ReadReason } from "../applyFindings";
import { formFromSettings, settingsFromForm } from "../formSettings";
import { formReducer, type FormAction, type PresetNamer } from "../formReducer";
import { outputLanguage, STRINGS, type Language } from "../i18n";
import { createJobRunner } from "../jobRunner";
import { defaultPolicy, initialForm, type FormField, type PlanForm, type SourceKind } from "../planForm";
import { presetNamer } from "../presetLabels";
import { sourceErrors, sourceOfError } from "../sourceErrors";
import { validateForm, type FormCheck } from "../validateForm";
import { activateSheet, activeWorkbook, writeSkuChart } from "../workbookAccess";
import { resolveSources, type Findings } from "../work/inspectSources";
import type { SkuChart } from "../work/planWithCharts";
import { usePlanSettings } from "./usePlanSettings";
import { useWatch } from "./useWatch";
import { useWorkbookData } from "./useWorkbookData";

/** How "chart it in the workbook" ended: the sheet written, or none and the notes in the way (if that was why). */
export interface ChartToSheet {
  readonly sheet: string | null;
  readonly notes: readonly NotesOnSheet[] | null;
}

/** A finished plan as the Results view shows it. */
export interface PaneResult {
  readonly run: PlanRun;
  readonly charts: readonly SkuChart[];
  /** The lanes the plan used. */
  readonly lanes: readonly Lane[];
}

export type RunFailure =
  | { readonly kind: "engine"; readonly error: EngineError }
  | { readonly kind: "form"; readonly fields: readonly FormField[]; readonly lanes: boolean }
  | { readonly kind: "noWorkbook" }
  /** A re-run would write over the seller's notes beside a growing table; nothing was written. */
  | { readonly kind: "notes"; readonly notes: readonly NotesOnSheet[] }
  | { readonly kind: "crash"; readonly message: string };

export interface RunState {
  readonly status: "idle" | "running" | "done" | "error";
  readonly stage: "reading" | "planning" | "writing";
  /** SKUs planned so far, of `total`. */
  readonly done: number;
  readonly total: number;
  readonly result: PaneResult | null;
  readonly failure: RunFailure | null;
}

type PaneAction = FormAction | { readonly type: "applyFindings"; readonly findings: Findings; readonly reason: ReadReason; readonly namer: PresetNamer };

function paneReducer(form: PlanForm, action: PaneAction): PlanForm {
  return action.type === "applyFindings" ? applyFindings(form, action.findings, action.reason, action.namer) : formReducer(form, action);
}

/** Today as an Excel serial day, on the user's calendar. */
function todaySerial(): number {
  const now = new Date();
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

const IDLE_RUN: RunState = { status: "idle", stage: "reading", done: 0, total: 0, result: null, failure: null };
const NO_MARKETPLACES: readonly string[] = [];
const OPEN_ATTEMPTS = 10;
const OPEN_RETRY_MS = 300;

export function usePlanRun(language: Language, hostReady: boolean) {
  const strings = STRINGS[language];
  const namer = useMemo(() => presetNamer(strings), [strings]);
  const [runner] = useState(createJobRunner);
  const [form, reactDispatch] = useReducer(paneReducer, undefined, () =>
    initialForm(defaultPolicy("prime-day", todaySerial(), namer), DEFAULT_LANES, "defaults"),
  );
  // The form as of the last action, at once (React's state catches up at the next render): what
  // Generate reads, so a click right after the workbook was read plans what was read.
  const formRef = useRef(form);
  const dispatch = useCallback((action: PaneAction) => {
    formRef.current = paneReducer(formRef.current, action);
    reactDispatch(action);
  }, []);
  const { data, read, refreshNames } = useWorkbookData(runner);
  const findings = data.findings;
  const marketplaces = findings?.sales.ok ? findings.sales.value.marketplaces : NO_MARKETPLACES;
  const check: FormCheck = useMemo(() => validateForm(form, { salesMarketplaces: marketplaces }), [form, marketplaces]);
  const [loaded, setLoaded] = useState(false);
  const settings = usePlanSettings(form, check, loaded);
  const [run, setRun] = useState<RunState>(IDLE_RUN);
  const [runSourceError, setRunSourceError] = useState<{ kind: SourceKind; error: EngineError } | null>(null);
  const { watch, check: checkWatch } = useWatch(runner);
  const runRef = useRef(run);
  runRef.current = run;
  /** The first read of the workbook (settings, then sheets) while it runs: Generate waits for it. */
  const opening = useRef<Promise<void> | null>(null);
  const busy = useRef(false);

  const detect = useCallback(
    async (reason: ReadReason = { type: "detect" }, picked = formRef.current.sources) => {
      setRunSourceError(null);
      const found = await read(picked);
      if (found) dispatch({ type: "applyFindings", findings: found, reason, namer });
    },
    [read, namer, dispatch],
  );

  // When the pane opens (and again once Office is ready): the stored settings, then the sheets.
  const loadSettings = settings.load;
  useEffect(() => {
    if (loaded) return undefined;
    let active = true;
    const openBook = async (book: WorkbookPort): Promise<void> => {
      try {
        const stored = await loadSettings(book);
        if (stored.settings && active) dispatch({ type: "replace", form: formFromSettings(stored.settings, formRef.current) });
      } catch {
        // unreadable storage: start from the sheets
      }
      if (!active) return;
      setLoaded(true);
      await detect({ type: "open" }, formRef.current.sources);
    };
    const tryOpen = (attempt: number): void => {
      if (!active) return;
      const book = activeWorkbook();
      if (book) opening.current = openBook(book).finally(() => (opening.current = null));
      else if (hostReady && attempt < OPEN_ATTEMPTS) setTimeout(() => tryOpen(attempt + 1), OPEN_RETRY_MS);
    };
    tryOpen(0);
    return () => {
      active = false;
    };
  }, [hostReady, loaded, loadSettings, detect, dispatch]);

  const pickSource = useCallback(
    (kind: SourceKind, sheet: string) => {
      const { [kind]: _old, ...others } = formRef.current.sources;
      dispatch({ type: "setSource", kind, sheet });
      void detect({ type: "picked", kind }, sheet === "" ? others : { ...others, [kind]: sheet });
    },
    [detect, dispatch],
  );

  /** Plans and writes; `overwriteNotes` when the seller chose to write over notes in the way. */
  const generate = useCallback(async (options: { readonly overwriteNotes?: boolean } = {}) => {
    if (busy.current || runRef.current.status === "running") return;
    busy.current = true;
    const fail = (failure: RunFailure) => setRun({ ...IDLE_RUN, status: "error", failure });
    setRun({ ...IDLE_RUN, status: "running" });
    setRunSourceError(null);
    try {
      await opening.current?.catch(() => undefined); // plan what the workbook says, not the pane's defaults
      const current = formRef.current;
      const valid = validateForm(current);
      if (!valid.valid || valid.policy === null || valid.laneList === null) {
        const fields = (Object.keys(valid.fields) as FormField[]).filter((f) => valid.fields[f]?.severity === "error");
        return fail({ kind: "form", fields, lanes: valid.laneList === null });
      }
      const book = activeWorkbook();
      if (!book) return fail({ kind: "noWorkbook" });
      const { policy, laneList: lanes } = valid;
      const toStore = settingsFromForm(current, valid);
      if (toStore) await settings.saveNow(book, toStore).catch(() => undefined); // the plan runs even if the settings cannot be stored
      const sources = resolveSources(await book.sheetNames(), current.sources);
      let charts: readonly SkuChart[] = [];
      const planner = async (input: PlanFromSheetsInput) => {
        const { onProgress: _unused, ...plain } = input;
        setRun((r) => ({ ...r, stage: "planning" }));
        const planned = await runner.run("plan", plain, (done, total) => setRun((r) => ({ ...r, done, total })));
        if (!planned.ok) return planned;
        charts = planned.value.charts;
        setRun((r) => ({ ...r, stage: "writing" }));
        return ok(planned.value.planned);
      };
      const picked = { ...(sources.Sales ? { Sales: sources.Sales } : {}), ...(sources.SKUs ? { SKUs: sources.SKUs } : {}) };
      const result = await runPlan(book, {
        language: outputLanguage(language), sources: picked, policy, lanes, planner, overwriteNotes: options.overwriteNotes === true,
      });
      if (result.ok) {
        setRun({ ...IDLE_RUN, status: "done", result: { run: result.value, charts, lanes } });
      } else if (isNotesInTheWay(result.error)) {
        fail({ kind: "notes", notes: result.error.notes });
      } else {
        const kind = sourceOfError(result.error, sources);
        if (kind) setRunSourceError({ kind, error: result.error });
        fail({ kind: "engine", error: result.error });
      }
    } catch (e) {
      fail({ kind: "crash", message: e instanceof Error ? e.message : String(e) });
    } finally {
      busy.current = false;
    }
  }, [language, runner, settings]);

  useEffect(() => {
    if (run.status !== "idle") document.body.dataset.planState = run.status;
  }, [run.status]);

  const runWatch = useCallback(() => checkWatch(runRef.current.result, formRef.current.watchSheet), [checkWatch]);

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
    async (sku: string): Promise<ChartToSheet> => {
      const book = activeWorkbook();
      const spec = runRef.current.result?.charts.find((c) => c.sku === sku)?.spec;
      if (!book || !spec) return { sheet: null, notes: null };
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

  /** Components change the form; applying what the workbook holds is the hook's own job. */
  const formDispatch: (action: FormAction) => void = dispatch;

  return {
    strings,
    namer,
    form,
    check,
    dispatch: formDispatch,
    data,
    detect: useCallback(() => detect(), [detect]),
    pickSource,
    refreshSheetNames: refreshNames,
    sourceErrors: sourceErrors(findings, runSourceError),
    settingsProblem: settings.problem,
    run,
    generate,
    watch,
    runWatch,
    openSheet,
    chartToSheet,
  };
}

/** Everything the pane's components get from {@link usePlanRun}. */
export type PlanRunApi = ReturnType<typeof usePlanRun>;
