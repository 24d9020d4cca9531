import {
  Body1, FluentProvider, MessageBar, MessageBarBody, Tab, TabList, makeStyles, tokens, useId, webDarkTheme, webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { DEFAULT_LANES } from "../../engine/plan/defaultLanes";
import type { WatchedPlan } from "../../excel/runWatch";
import type { ReadReason } from "../applyFindings";
import { engineText } from "../formatters";
import { settingsFromForm } from "../formSettings";
import { usePlanForm } from "../hooks/usePlanForm";
import { usePlanRun, type RunFailure, type RunState } from "../hooks/usePlanRun";
import { usePlanSettings } from "../hooks/usePlanSettings";
import { useOpenWorkbook } from "../hooks/useOpenWorkbook";
import { useReplan } from "../hooks/useReplan";
import { useReplay } from "../hooks/useReplay";
import { useResultActions } from "../hooks/useResultActions";
import { useWatch } from "../hooks/useWatch";
import { useWorkbookData } from "../hooks/useWorkbookData";
import { pickLanguage, STRINGS, type Language, type StringKey } from "../i18n";
import { createJobRunner } from "../jobRunner";
import { browserLanguage } from "../officeHost";
import type { FormField, SourceKind } from "../planForm";
import { sourceErrors } from "../sourceErrors";
import { testId } from "../testHooks";
import { useHost } from "../useHost";
import { DataStep } from "./DataStep";
import { EventStep } from "./EventStep";
import { FunctionsPanel } from "./FunctionsPanel";
import { GeneratePanel } from "./GeneratePanel";
import { Header } from "./Header";
import { PolicyStep } from "./PolicyStep";
import { ReplayStep } from "./ReplayStep";
import { ResultsView } from "./ResultsView";
import { WatchView } from "./WatchView";

type Step = "data" | "event" | "policy" | "results" | "watch" | "replay";
const STEPS: readonly { readonly value: Step; readonly label: StringKey }[] = [
  { value: "data", label: "tabData" },
  { value: "event", label: "tabEvent" },
  { value: "policy", label: "tabPolicy" },
  { value: "results", label: "tabResults" },
  { value: "watch", label: "tabWatch" },
  { value: "replay", label: "tabReplay" },
];
const EVENT_FIELDS: readonly FormField[] = ["name", "start", "end", "planDate", "marketplace", "pastStarts", "cutOff", "receivingDays", "safetyDays"];
const NO_MARKETPLACES: readonly string[] = [];

/** The step that shows how a run ended: the results, the step of a form problem, or the data step for a sheet problem. */
function stepAfterRun(status: RunState["status"], failure: RunFailure | null): Step | undefined {
  if (status === "done") return "results";
  if (failure?.kind === "form") return failure.fields.some((f) => EVENT_FIELDS.includes(f)) ? "event" : "policy";
  if (failure?.kind === "engine" && failure.source !== null) return "data";
  return undefined;
}

/**
 * Designed for Excel's task pane first: 350 px in Excel on the web, 320 px on Windows (Microsoft's
 * "Task panes in Office Add-ins" and `Office.TaskPane.setWidth`), still good at 800 px. The steps
 * scroll above a footer that holds Generate batches: the footer is beside the scrolling content,
 * not on top of it, so it never covers a field or a badge.
 */
const useStyles = makeStyles({
  provider: { height: "100vh", display: "flex", flexDirection: "column", boxSizing: "border-box" },
  scroll: { flex: "1 1 auto", minHeight: 0, overflowY: "auto", overflowX: "hidden" },
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    maxWidth: "720px",
    boxSizing: "border-box",
    minWidth: 0,
  },
  footer: {
    flex: "0 0 auto",
    maxHeight: "45vh",
    overflowY: "auto",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
  footerInner: { maxWidth: "720px" },
  flush: { margin: 0 },
  tabs: { flexWrap: "wrap" },
  panel: { minHeight: "200px", minWidth: 0 },
});

/** The PeakStock task pane: Data → Event → Policy → Generate → Results, then Watch and Replay. */
export function App() {
  const styles = useStyles();
  const host = useHost();
  const [chosen, setChosen] = useState<Language | undefined>(undefined);
  const language = chosen ?? pickLanguage(host.displayLanguage, browserLanguage());
  const strings = STRINGS[language];
  const [runner] = useState(createJobRunner);
  const { data, read, refreshNames } = useWorkbookData(runner);
  const marketplaces = data.findings?.sales.ok ? data.findings.sales.value.marketplaces : NO_MARKETPLACES;
  const { form, check, namer, dispatch, applyRead, applySettings } = usePlanForm(strings, marketplaces);
  const settings = usePlanSettings(form, check);
  const opening = useOpenWorkbook(host.inOffice, { loadSettings: settings.load, applySettings, read, applyRead });
  const { run, generate } = usePlanRun(runner, language, settings.saveNow);
  const results = useResultActions(language);
  const { watch, check: checkWatch } = useWatch(runner, language);
  const { replan, run: runReplan } = useReplan(runner);
  const replay = useReplay(runner);
  const [step, setStep] = useState<Step>("data");
  // Generate and Replay wait until the stored settings and the sheets have been read: a click before
  // would plan with the pane's defaults, not the workbook's event.
  const ready = opening === "open" && data.status !== "reading";
  const tabId = useId("step");

  useEffect(() => {
    document.documentElement.lang = strings.htmlLang;
  }, [strings.htmlLang]);

  // Show where a run ended: adjusted while rendering when the run's status or failure changes
  // (React's "storing information from previous renders"), not in an effect.
  const [seenRun, setSeenRun] = useState({ status: run.status, failure: run.failure });
  if (seenRun.status !== run.status || seenRun.failure !== run.failure) {
    setSeenRun({ status: run.status, failure: run.failure });
    const landing = stepAfterRun(run.status, run.failure);
    if (landing) setStep(landing);
  }

  const detect = useCallback(
    async (reason: ReadReason, picked: Readonly<Partial<Record<SourceKind, string>>>) => {
      const found = await read(picked);
      if (found) applyRead(found, reason);
    },
    [read, applyRead],
  );
  const pickSource = (kind: SourceKind, sheet: string) => {
    const { [kind]: _old, ...others } = form.sources;
    dispatch({ type: "setSource", kind, sheet });
    void detect({ type: "picked", kind }, sheet === "" ? others : { ...others, [kind]: sheet });
  };
  const resetLanes = () => {
    const sheetLanes = data.findings?.lanes;
    if (sheetLanes?.ok) dispatch({ type: "resetLanes", lanes: sheetLanes.value, origin: "sheet", sheet: data.findings?.sources.Lanes ?? "" });
    else dispatch({ type: "resetLanes", lanes: DEFAULT_LANES, origin: "defaults" });
  };
  const result = run.result;
  const watched: WatchedPlan | null = useMemo(
    () => (result ? { lines: result.run.plan.lines, policy: result.run.policy, lanes: result.lanes, sources: result.run.sources } : null),
    [result],
  );
  const runSource = run.failure?.kind === "engine" && run.failure.source !== null ? { kind: run.failure.source, error: run.failure.error } : null;

  return (
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme} className={styles.provider}>
      <div className={styles.scroll} {...testId("pane-scroll")}>
        <main className={styles.page}>
          <Header strings={strings} language={language} onLanguageChange={setChosen} />
          <Body1 as="p" className={styles.flush}>
            {strings.intro}
          </Body1>
          {settings.problem && (
            <MessageBar intent="warning">
              <MessageBarBody>{engineText(settings.problem, language)}</MessageBarBody>
            </MessageBar>
          )}
          <TabList className={styles.tabs} selectedValue={step} onTabSelect={(_, d) => setStep(d.value as Step)} aria-label={strings.stepsLabel} size="small">
            {STEPS.map((s) => (
              <Tab key={s.value} value={s.value} id={`${tabId}-${s.value}`} {...testId(`tab-${s.value}`)} aria-controls={`${tabId}-panel`}>
                {strings[s.label]}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" id={`${tabId}-panel`} aria-labelledby={`${tabId}-${step}`} className={styles.panel} {...testId(`step-${step}`)}>
            {step === "data" && (
              <DataStep
                data={data}
                picked={form.sources}
                sourceErrors={sourceErrors(data.findings, runSource)}
                strings={strings}
                language={language}
                onDetect={() => void detect({ type: "detect" }, form.sources)}
                onPick={pickSource}
              />
            )}
            {step === "event" && (
              <EventStep
                event={form.event}
                fields={check.fields}
                knownMarketplaces={marketplaces}
                strings={strings}
                onEvent={(field, value) => dispatch({ type: "setEvent", field, value, namer })}
                onPreset={(preset) => dispatch({ type: "choosePreset", preset, namer })}
                season={form.season}
                seasonProblems={check.season}
                onSeason={(key, column, value) => dispatch({ type: "setSeasonEvent", key, column, value })}
                onAddSeason={() => dispatch({ type: "addSeasonEvent" })}
                onRemoveSeason={(key) => dispatch({ type: "removeSeasonEvent", key })}
              />
            )}
            {step === "policy" && (
              <PolicyStep
                policy={form.policy}
                fields={check.fields}
                strings={strings}
                onPolicy={(field, value) => dispatch({ type: "setPolicy", field, value })}
                onMethod={(method) => dispatch({ type: "setMethod", method })}
                lanes={{
                  lanes: form.lanes,
                  origin: form.lanesOrigin,
                  lanesSheet: form.lanesSheet,
                  problems: check.lanes,
                  lanesMessage: check.lanesMessage,
                  strings,
                  onLane: (key, column, value) => dispatch({ type: "setLane", key, column, value }),
                  onMode: (key, mode) => dispatch({ type: "setLaneMode", key, mode }),
                  onSensitive: (key, allowed) => dispatch({ type: "setLaneSensitive", key, allowed }),
                  onAdd: () => dispatch({ type: "addLane", name: `${strings.laneNew} ${form.nextLaneKey}` }),
                  onRemove: (key) => dispatch({ type: "removeLane", key }),
                  onReset: resetLanes,
                }}
              />
            )}
            {step === "results" && <ResultsView result={result} strings={strings} language={language} onOpenSheet={results.openSheet} onChartToSheet={results.chartToSheet} />}
            {step === "watch" && (
              <WatchView
                strings={strings}
                language={language}
                sheetNames={data.sheetNames}
                watchSheet={form.watchSheet}
                hasPlan={watched !== null}
                threshold={result?.run.policy.alertThreshold ?? 0.3}
                watch={watch}
                replan={replan}
                onWatchSheet={(sheet) => dispatch({ type: "setWatchSheet", sheet })}
                onRefreshNames={refreshNames}
                onCheck={(overwriteNotes) => void checkWatch({ plan: watched, sheet: form.watchSheet, overwriteNotes })}
                onReplan={() => {
                  if (watched) void runReplan(watched, form.watchSheet);
                }}
              />
            )}
            {step === "replay" && (
              <ReplayStep
                policy={check.policy}
                lanes={check.laneList}
                sources={form.sources}
                ready={ready}
                language={language}
                replay={replay.state}
                onReplay={replay.replay}
                onOpenSheet={replay.openSheet}
              />
            )}
          </div>
          <FunctionsPanel strings={strings} language={language} />
          <MessageBar intent={host.inOffice ? "success" : "info"}>
            <MessageBarBody>{host.inOffice ? strings.statusInExcel : strings.statusPreview}</MessageBarBody>
          </MessageBar>
        </main>
      </div>
      <footer className={styles.footer} aria-label={strings.paneFooter} {...testId("pane-footer")}>
        <div className={styles.footerInner}>
          <GeneratePanel
            run={run}
            strings={strings}
            language={language}
            ready={ready}
            onGenerate={(overwriteNotes) => void generate({ check, picked: form.sources, settings: settingsFromForm(form, check), overwriteNotes })}
          />
        </div>
      </footer>
    </FluentProvider>
  );
}
