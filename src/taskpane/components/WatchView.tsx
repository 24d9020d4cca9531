import { Body1, Button, Field, MessageBar, MessageBarBody, Select, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect } from "react";
import { engineText, formatDay, formatPercent, formatUnits } from "../formatters";
import type { PlanRunApi } from "../hooks/usePlanRun";
import { format, type Language } from "../i18n";
import { useFillStyles } from "./TextField";
import { WatchTable } from "./WatchTable";

/** Planned SKUs without sales named before "…". */
const MAX_LISTED = 8;

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  flush: { margin: 0 },
});

/** Step 5: sales to date against the plan's forecast, with re-order and slow-mover alerts. */
export function WatchView({ pane, language }: { readonly pane: PlanRunApi; readonly language: Language }) {
  const styles = useStyles();
  const fill = useFillStyles();
  const { strings, watch, form, run } = pane;
  const result = run.result;
  const failure = watch.failure;
  let problem: string | null = null;
  if (failure?.kind === "needsPlan") problem = strings.watchNeedsPlan;
  else if (failure?.kind === "noWorkbook") problem = strings.noWorkbook;
  else if (failure?.kind === "engine") problem = engineText(failure.error, language);
  else if (failure?.kind === "crash") problem = failure.message;
  const outcome = watch.outcome;
  const sheets = pane.data.sheetNames;
  const { refreshSheetNames } = pane;
  useEffect(() => {
    void refreshSheetNames(); // a sheet of recent sales may have been added since the workbook was read
  }, [refreshSheetNames]);
  return (
    <div className={styles.step}>
      <Body1 as="p" className={styles.flush}>
        {strings.watchIntro}
      </Body1>
      {!result && <Body1>{strings.watchNeedsPlan}</Body1>}
      <Field className={fill.field} label={strings.watchSheet}>
        <Select className={fill.control} data-testid="field-watch-sheet" value={form.watchSheet} onChange={(_, data) => pane.dispatch({ type: "setWatchSheet", sheet: data.value })}>
          <option value="">{strings.watchFromSales}</option>
          {sheets.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button data-testid="watch-run" appearance="secondary" disabledFocusable={watch.status === "running"} onClick={() => void pane.runWatch()}>
          {strings.watchRun}
        </Button>
        {watch.status === "running" && <Spinner size="tiny" />}
      </div>
      {problem !== null && (
        <MessageBar intent="error" role="alert" data-testid="watch-error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && (
        <section data-testid="watch-alerts" aria-live="polite" className={styles.step}>
          {outcome.kind === "noDays" && <Body1>{format(strings.watchNoDays, { planDate: formatDay(outcome.planDate), sheet: outcome.sheet })}</Body1>}
          {outcome.kind === "eventOver" && <Body1>{format(strings.watchEventOver, { end: formatDay(outcome.end) })}</Body1>}
          {outcome.kind === "report" && (
            <>
              <Body1>
                {format(strings.watchSummary, {
                  days: outcome.report.toSerial - outcome.report.fromSerial + 1,
                  from: formatDay(outcome.report.fromSerial),
                  to: formatDay(outcome.report.toSerial),
                  ...outcome.report.counts,
                })}
              </Body1>
              {outcome.report.unmatched.length > 0 && (
                <Body1>
                  {format(strings.watchUnmatched, {
                    count: formatUnits(outcome.report.unmatched.length, language),
                    list: outcome.report.unmatched.slice(0, MAX_LISTED).join(", ") + (outcome.report.unmatched.length > MAX_LISTED ? " …" : ""),
                  })}
                </Body1>
              )}
              {outcome.report.errors.length > 0 && (
                <Body1 role="alert">{format(strings.watchErrors, { count: outcome.report.errors.length, first: engineText(outcome.report.errors[0], language) })}</Body1>
              )}
              {outcome.report.rows.some((r) => r.alert !== "OK") ? (
                <WatchTable rows={outcome.report.rows.filter((r) => r.alert !== "OK")} strings={strings} language={language} />
              ) : (
                <Body1>{format(strings.watchAllOk, { threshold: formatPercent(result?.run.policy.alertThreshold ?? 0.3, language) })}</Body1>
              )}
            </>
          )}
        </section>
      )}
    </div>
  );
}
