import { Body1, Button, Divider, Field, MessageBar, MessageBarActions, MessageBarBody, Select, Spinner, Subtitle2, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useEffect } from "react";
import { notedCells } from "../../excel/noteCollisions";
import { engineText, formatDay, formatPercent, formatUnits } from "../formatters";
import type { ReplanState } from "../hooks/useReplan";
import type { WatchState } from "../hooks/useWatch";
import { format, outputLanguage, type Language, type Strings } from "../i18n";
import { testId } from "../testHooks";
import { ReplanView } from "./ReplanView";
import { keepDates, RichText } from "./RichText";
import { useFillStyles } from "./TextField";
import { WatchTable } from "./WatchTable";

/** Planned SKUs without sales named before "…". */
const MAX_LISTED = 8;

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  flush: { margin: 0 },
});

export interface WatchViewProps {
  readonly strings: Strings;
  readonly language: Language;
  /** The workbook's sheets, for the sales-to-date picker. */
  readonly sheetNames: readonly string[];
  /** The sheet picked ("" = SalesToDate if there is one, else Sales). */
  readonly watchSheet: string;
  readonly hasPlan: boolean;
  /** The plan's alert threshold, fraction. */
  readonly threshold: number;
  readonly watch: WatchState;
  readonly replan: ReplanState;
  readonly onWatchSheet: (sheet: string) => void;
  /** Re-reads the sheet names (a sheet of recent sales may have been added since). */
  readonly onRefreshNames: () => void;
  readonly onCheck: (overwriteNotes: boolean) => void;
  readonly onReplan: () => void;
}

/** Step 5: sales to date against the plan — what to do per SKU, written to the Watch sheet — and re-plan from actuals. */
export function WatchView(props: WatchViewProps) {
  const { strings, language, sheetNames, watchSheet, hasPlan, threshold, watch, replan, onWatchSheet, onRefreshNames, onCheck, onReplan } = props;
  const styles = useStyles();
  const fill = useFillStyles();
  const listId = useId("watch-list");
  const failure = watch.failure;
  let problem: string | null = null;
  if (failure?.kind === "needsPlan") problem = strings.watchNeedsPlan;
  else if (failure?.kind === "noWorkbook") problem = strings.noWorkbook;
  else if (failure?.kind === "engine") problem = engineText(failure.error, language);
  else if (failure?.kind === "crash") problem = failure.message;
  else if (failure?.kind === "notes") problem = format(strings.watchNotesInTheWay, { cells: notedCells(failure.notes, outputLanguage(language)) });
  const outcome = watch.outcome;
  useEffect(() => {
    onRefreshNames();
  }, [onRefreshNames]);
  const report = outcome?.kind === "report" ? outcome.report : null;
  const toAct = report ? report.rows.filter((r) => r.status !== "OK") : [];
  return (
    <div className={styles.step}>
      <Body1 as="p" className={styles.flush}>
        {strings.watchIntro}
      </Body1>
      {!hasPlan && <Body1>{strings.watchNeedsPlan}</Body1>}
      <Field className={fill.field} label={strings.watchSheet}>
        <Select className={fill.control} {...testId("field-watch-sheet")} value={watchSheet} onChange={(_, data) => onWatchSheet(data.value)}>
          <option value="">{strings.watchFromSales}</option>
          {sheetNames.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button {...testId("watch-run")} appearance="secondary" disabledFocusable={watch.status === "running"} onClick={() => onCheck(false)}>
          {strings.watchRun}
        </Button>
        {watch.status === "running" && <Spinner size="tiny" />}
      </div>
      {problem !== null && (
        <MessageBar intent="error" role="alert" layout="multiline" {...testId("watch-error")}>
          <MessageBarBody>{problem}</MessageBarBody>
          {failure?.kind === "notes" && (
            <MessageBarActions>
              <Button size="small" onClick={() => onCheck(true)}>
                {strings.watchOverwrite}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {outcome && (
        <section {...testId("watch-alerts")} aria-live="polite" className={styles.step}>
          {outcome.kind === "noDays" && <Body1><RichText template={strings.watchNoDays} values={{ planDate: formatDay(outcome.planDate), sheet: outcome.sheet }} /></Body1>}
          {outcome.kind === "eventOver" && <Body1><RichText template={strings.watchEventOver} values={{ end: formatDay(outcome.end) }} /></Body1>}
          {report && (
            <>
              <Body1>
                <RichText
                  template={strings.watchDone}
                  values={{
                    days: report.toSerial - report.fromSerial + 1, from: formatDay(report.fromSerial), to: formatDay(report.toSerial),
                    stockout: report.counts.STOCKOUT, reorder: report.counts.REORDER, short: report.counts.SHORT, slow: report.counts.SLOW, hot: report.counts.HOT, ok: report.counts.OK,
                  }}
                />
                {watch.written ? ` ${format(strings.watchWritten, { sheet: watch.written })}` : ""}
              </Body1>
              {report.unmatched.length > 0 && (
                <Body1>
                  {format(strings.watchUnmatched, {
                    count: formatUnits(report.unmatched.length, language),
                    list: report.unmatched.slice(0, MAX_LISTED).join(", ") + (report.unmatched.length > MAX_LISTED ? " …" : ""),
                  })}
                </Body1>
              )}
              {report.errors.length > 0 && <Body1 role="alert">{keepDates(format(strings.watchErrors, { count: report.errors.length, first: engineText(report.errors[0], language) }))}</Body1>}
              {toAct.length > 0 ? (
                <>
                  <Subtitle2 as="h3" id={listId} className={styles.flush}>
                    {strings.watchListTitle}
                  </Subtitle2>
                  <WatchTable rows={toAct} strings={strings} language={language} labelledBy={listId} />
                </>
              ) : (
                <Body1>{format(strings.watchAllOk, { threshold: formatPercent(threshold, language) })}</Body1>
              )}
            </>
          )}
        </section>
      )}
      <Divider />
      <ReplanView replan={replan} hasPlan={hasPlan} strings={strings} language={language} onReplan={onReplan} />
    </div>
  );
}
