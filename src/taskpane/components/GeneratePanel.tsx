import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { notedCells } from "../../excel/noteCollisions";
import { engineText, formatUnits } from "../formatters";
import type { RunFailure, RunState } from "../hooks/usePlanRun";
import { format, outputLanguage, type Language, type StringKey, type Strings } from "../i18n";
import type { FormField } from "../planForm";
import { planFigures } from "../planSummary";
import { testData, testId } from "../testHooks";

/** The label of each form field, to name it in "fix the marked fields". */
export const FIELD_LABEL: Readonly<Record<FormField, StringKey>> = {
  name: "eventName", start: "eventStart", end: "eventEnd", planDate: "eventPlanDate", marketplace: "eventMarketplace",
  pastStarts: "eventPastStarts", cutOff: "eventCutOff", receivingDays: "eventReceivingDays", safetyDays: "eventSafetyDays",
  serviceA: "policyServiceA", serviceB: "policyServiceB", serviceC: "policyServiceC", buffer: "policyBuffer",
  contingency: "policyContingency", threshold: "policyThreshold", growth: "policyGrowth", coverDays: "policyCoverDays", capacity: "policyCapacity",
};

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});

/** What went wrong, in the pane's language. */
function failureText(failure: RunFailure | null, strings: Strings, language: Language): string {
  if (failure?.kind === "engine") return engineText(failure.error, language);
  if (failure?.kind === "form") {
    const names = [...failure.fields.map((f) => strings[FIELD_LABEL[f]]), ...(failure.lanes ? [strings.lanesTitle] : [])];
    return format(strings.fixFields, { fields: names.join(", ") });
  }
  if (failure?.kind === "noWorkbook") return strings.noWorkbook;
  if (failure?.kind === "crash") return failure.message;
  if (failure?.kind === "notes") return format(strings.notesInTheWay, { cells: notedCells(failure.notes, outputLanguage(language)) });
  return "";
}

export interface GeneratePanelProps {
  readonly run: RunState;
  readonly strings: Strings;
  readonly language: Language;
  /** False while the workbook is first being read: a plan then would plan the pane's defaults. */
  readonly ready: boolean;
  readonly onGenerate: (overwriteNotes: boolean) => void;
}

/** The Generate batches button (in the pane's footer, always in view), the progress while it runs, and how it ended. */
export function GeneratePanel({ run, strings, language, ready, onGenerate }: GeneratePanelProps) {
  const styles = useStyles();
  const running = run.status === "running";
  const stageText =
    run.stage === "planning" && run.total > 0
      ? format(strings.progressPlanning, { done: formatUnits(run.done, language), total: formatUnits(run.total, language) })
      : run.stage === "writing" ? strings.progressWriting : strings.progressReading;
  const failure = run.failure;
  const result = run.result;
  const figures = result ? planFigures(result.run.plan, result.run.policy) : null;
  return (
    <div className={styles.bar} {...testId("run")} {...testData({ "run-id": run.runId, "run-state": run.status })}>
      <Button {...testId("generate")} appearance="primary" disabledFocusable={running || !ready} onClick={() => onGenerate(false)}>
        {ready ? strings.generate : strings.generateWaiting}
      </Button>
      {running && (
        <div {...testId("progress")} className={styles.progress} role="status">
          <ProgressBar aria-label={strings.progressLabel} {...(run.stage === "planning" && run.total > 0 ? { value: run.done, max: run.total } : {})} thickness="large" />
          <Caption1>{stageText}</Caption1>
        </div>
      )}
      {run.status === "error" && (
        <MessageBar key={run.runId} {...testId("run-error")} intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.runErrorTitle}</MessageBarTitle>
            {failureText(failure, strings, language)}
          </MessageBarBody>
          {failure?.kind === "notes" && (
            <MessageBarActions>
              <Button {...testId("overwrite-notes")} size="small" onClick={() => onGenerate(true)}>
                {strings.overwriteNotes}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {run.status === "done" && figures && (
        <MessageBar key={run.runId} {...testId("run-done")} intent={figures.outcomes.errors > 0 ? "warning" : "success"} role="status" layout="multiline">
          <MessageBarBody>
            {format(strings.runDone, { ok: figures.outcomes.ok, skipped: figures.outcomes.skipped, errors: figures.outcomes.errors })}
            {result && result.run.warnings.length > 0 ? ` ${format(strings.runWarnings, { count: result.run.warnings.length })}` : ""}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
