import {
  Body1, FluentProvider, MessageBar, MessageBarBody, Tab, TabList, makeStyles, tokens, useId, webDarkTheme, webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { engineText } from "../formatters";
import { usePlanRun, type RunFailure, type RunState } from "../hooks/usePlanRun";
import { pickLanguage, type Language, type StringKey } from "../i18n";
import { browserLanguage } from "../officeHost";
import type { FormField } from "../planForm";
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
const EVENT_FIELDS: readonly FormField[] = ["name", "start", "end", "planDate", "marketplace", "pastStarts", "receivingDays", "safetyDays"];

/** The step that shows how a run ended: the results, the step of a form problem, or the data step for a sheet problem. */
function stepAfterRun(status: RunState["status"], failure: RunFailure | null, sheetProblem: boolean): Step | undefined {
  if (status === "done") return "results";
  if (failure?.kind === "form") return failure.fields.some((f) => EVENT_FIELDS.includes(f)) ? "event" : "policy";
  if (failure?.kind === "engine" && sheetProblem) return "data";
  return undefined;
}

const useStyles = makeStyles({
  provider: { minHeight: "100vh", boxSizing: "border-box" },
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL} 0`,
    maxWidth: "720px",
  },
  flush: { margin: 0 },
  panel: { minHeight: "200px" },
});

/** The PeakStock task pane: Data → Event → Policy → Generate → Results, then Watch and Replay. */
export function App() {
  const styles = useStyles();
  const host = useHost();
  const [chosen, setChosen] = useState<Language | undefined>(undefined);
  const language = chosen ?? pickLanguage(host.displayLanguage, browserLanguage());
  const pane = usePlanRun(language, host.inOffice);
  const { strings, run } = pane;
  const [step, setStep] = useState<Step>("data");
  const tabId = useId("step");

  useEffect(() => {
    document.documentElement.lang = strings.htmlLang;
  }, [strings.htmlLang]);

  // Show where a run ended: the results, or the step with the problem. This answers a change of
  // the run's status or failure, so it is adjusted while rendering when they change (React's
  // "storing information from previous renders"), not in an effect that would also have to
  // re-run whenever the source errors are recomputed.
  const failure = run.failure;
  const [seenRun, setSeenRun] = useState({ status: run.status, failure });
  if (seenRun.status !== run.status || seenRun.failure !== failure) {
    setSeenRun({ status: run.status, failure });
    const landing = stepAfterRun(run.status, failure, Object.keys(pane.sourceErrors).length > 0);
    if (landing) setStep(landing);
  }

  return (
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme} className={styles.provider}>
      <main className={styles.page}>
        <Header strings={strings} language={language} onLanguageChange={setChosen} />
        <Body1 as="p" className={styles.flush}>
          {strings.intro}
        </Body1>
        {pane.settingsProblem && (
          <MessageBar intent="warning">
            <MessageBarBody>{engineText(pane.settingsProblem, language)}</MessageBarBody>
          </MessageBar>
        )}
        <TabList selectedValue={step} onTabSelect={(_, data) => setStep(data.value as Step)} aria-label={strings.stepsLabel} size="small">
          {STEPS.map((s) => (
            <Tab key={s.value} value={s.value} id={`${tabId}-${s.value}`} data-testid={`tab-${s.value}`} aria-controls={`${tabId}-panel`}>
              {strings[s.label]}
            </Tab>
          ))}
        </TabList>
        <div role="tabpanel" id={`${tabId}-panel`} aria-labelledby={`${tabId}-${step}`} className={styles.panel}>
          {step === "data" && <DataStep pane={pane} language={language} />}
          {step === "event" && <EventStep pane={pane} />}
          {step === "policy" && <PolicyStep pane={pane} />}
          {step === "results" && <ResultsView result={run.result} strings={strings} language={language} onOpenSheet={pane.openSheet} onChartToSheet={pane.chartToSheet} />}
          {step === "watch" && <WatchView pane={pane} language={language} />}
          {step === "replay" && <ReplayStep policy={pane.check.policy} lanes={pane.check.laneList} sources={pane.form.sources} language={language} />}
        </div>
        <GeneratePanel pane={pane} language={language} />
        <FunctionsPanel strings={strings} language={language} />
        <MessageBar intent={host.inOffice ? "success" : "info"}>
          <MessageBarBody>{host.inOffice ? strings.statusInExcel : strings.statusPreview}</MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
