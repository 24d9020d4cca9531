import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { notedCells } from "../../excel/noteCollisions";
import { engineText, formatUnits } from "../formatters";
import type { PlanRunApi } from "../hooks/usePlanRun";
import { format, outputLanguage, type Language, type StringKey } from "../i18n";
import type { FormField } from "../planForm";
import { planFigures } from "../planSummary";

/** The label of each form field, to name it in "fix the marked fields". */
export const FIELD_LABEL: Readonly<Record<FormField, StringKey>> = {
  name: "eventName", start: "eventStart", end: "eventEnd", planDate: "eventPlanDate", marketplace: "eventMarketplace",
  pastStarts: "eventPastStarts", cutOff: "eventCutOff", receivingDays: "eventReceivingDays", safetyDays: "eventSafetyDays",
  serviceA: "policyServiceA", serviceB: "policyServiceB", serviceC: "policyServiceC", buffer: "policyBuffer",
  contingency: "policyContingency", threshold: "policyThreshold", growth: "policyGrowth", coverDays: "policyCoverDays", capacity: "policyCapacity",
};

const useStyles = makeStyles({
  bar: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    zIndex: 1,
  },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});

/** The Generate batches button (always in view), the progress while it runs, and how it ended. */
export function GeneratePanel({ pane, language }: { readonly pane: PlanRunApi; readonly language: Language }) {
  const styles = useStyles();
  const { strings, run } = pane;
  const running = run.status === "running";
  const stageText =
    run.stage === "planning" && run.total > 0
      ? format(strings.progressPlanning, { done: formatUnits(run.done, language), total: formatUnits(run.total, language) })
      : run.stage === "writing" ? strings.progressWriting : strings.progressReading;
  const failure = run.failure;
  let failureText = "";
  if (failure?.kind === "engine") failureText = engineText(failure.error, language);
  else if (failure?.kind === "form") {
    const names = [...failure.fields.map((f) => strings[FIELD_LABEL[f]]), ...(failure.lanes ? [strings.lanesTitle] : [])];
    failureText = format(strings.fixFields, { fields: names.join(", ") });
  } else if (failure?.kind === "noWorkbook") failureText = strings.noWorkbook;
  else if (failure?.kind === "crash") failureText = failure.message;
  else if (failure?.kind === "notes") failureText = format(strings.notesInTheWay, { cells: notedCells(failure.notes, outputLanguage(language)) });
  const result = run.result;
  const figures = result ? planFigures(result.run.plan, result.run.policy) : null;
  return (
    <div className={styles.bar}>
      <Button data-testid="generate" appearance="primary" disabledFocusable={running} onClick={() => void pane.generate()}>
        {strings.generate}
      </Button>
      {running && (
        <div data-testid="progress" className={styles.progress} role="status">
          <ProgressBar
            aria-label={strings.progressLabel}
            {...(run.stage === "planning" && run.total > 0 ? { value: run.done, max: run.total } : {})}
            thickness="large"
          />
          <Caption1>{stageText}</Caption1>
        </div>
      )}
      {run.status === "error" && (
        <MessageBar data-testid="run-error" intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{strings.runErrorTitle}</MessageBarTitle>
            {failureText}
          </MessageBarBody>
          {failure?.kind === "notes" && (
            <MessageBarActions>
              <Button data-testid="overwrite-notes" size="small" onClick={() => void pane.generate({ overwriteNotes: true })}>
                {strings.overwriteNotes}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {run.status === "done" && figures && (
        <MessageBar intent={figures.outcomes.errors > 0 ? "warning" : "success"} role="status">
          <MessageBarBody>
            {format(strings.runDone, { ok: figures.outcomes.ok, skipped: figures.outcomes.skipped, errors: figures.outcomes.errors })}
            {result && result.run.warnings.length > 0 ? ` ${format(strings.runWarnings, { count: result.run.warnings.length })}` : ""}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
