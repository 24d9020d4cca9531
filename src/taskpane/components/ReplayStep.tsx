import {
  Body1, Button, Caption1, Field, Input, Link, MessageBar, MessageBarBody, Select, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
  makeStyles, mergeClasses, tokens, useId,
} from "@fluentui/react-components";
import { useState } from "react";
import type { InputSheetNames } from "../../engine/plan/readBookInputs";
import type { EventPolicy, Lane } from "../../engine/plan/types";
import { notedCells } from "../../excel/noteCollisions";
import { engineText, formatDay, formatPercent } from "../formatters";
import type { ReplayFailure, ReplayState } from "../hooks/useReplay";
import { format, outputLanguage, type Language } from "../i18n";
import { replayText, type ReplayText } from "../replayText";
import { daysAheadOf, defaultDaysAhead, editionChoices, referenceShare, replayRows } from "../replayView";
import { testData, testId } from "../testHooks";
import type { PaneReplayRequest } from "../work/paneReplay";
import { keepDates, RichText } from "./RichText";
import { useFillStyles } from "./TextField";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: "flex", alignItems: "center", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  // Sized by content (Fluent's default fixed layout squeezes the figures into each other at 320 px).
  table: { minWidth: 0, tableLayout: "auto" },
  scroller: { maxWidth: "100%", overflowX: "auto" },
  // Half Fluent's cell padding: four columns with "US$488,388" fit a 350 px pane in Chinese.
  cell: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  /** The policy's name takes what is left and wraps, inside a word only when the pane is narrower still (320 px). */
  name: { overflowWrap: "anywhere" },
  figure: { whiteSpace: "nowrap", textAlign: "end" },
  ours: { fontWeight: tokens.fontWeightSemibold },
  flush: { margin: 0 },
});

export interface ReplayStepProps {
  /** The pane's event and policy, or null while a field of the Event or Policy step is invalid. */
  readonly policy: EventPolicy | null;
  /** The pane's lanes, or null while the lanes table is invalid. */
  readonly lanes: readonly Lane[] | null;
  /** The sheets picked on the Data step. */
  readonly sources: InputSheetNames;
  /** False while the pane first reads the workbook (its Event sheet and saved settings may still change the policy). */
  readonly ready: boolean;
  readonly language: Language;
  /** The last replay: running, its result or why it failed (useReplay). */
  readonly replay: ReplayState;
  /** Replays a past edition and writes the Replay sheet. */
  readonly onReplay: (request: PaneReplayRequest) => Promise<void>;
  /** Brings a sheet to the front; false when the workbook cannot. */
  readonly onOpenSheet: (name: string) => Promise<boolean>;
}

function failureText(failure: ReplayFailure, t: ReplayText, language: Language): string {
  switch (failure.kind) {
    case "noWorkbook":
      return t.noWorkbook;
    case "engine":
      return engineText(failure.error, language);
    case "notes":
      return format(t.notes, { cells: notedCells(failure.notes, outputLanguage(language)) });
    case "crash":
      return failure.message;
  }
}

/** The Replay step: pick a past edition and the days ahead, replay it, see each policy's profit and open the Replay sheet. */
export function ReplayStep({ policy, lanes, sources, ready, language, replay: state, onReplay, onOpenSheet }: ReplayStepProps) {
  const styles = useStyles();
  const fill = useFillStyles();
  const t = replayText(language);
  const [edition, setEdition] = useState("");
  const [days, setDays] = useState("");
  const [cannotOpen, setCannotOpen] = useState<string | null>(null);
  const tableId = useId("replay-table");
  if (policy === null || lanes === null) {
    return (
      <div className={styles.step}>
        <Body1 as="p" className={styles.flush}>{t.intro}</Body1>
        <MessageBar intent="warning"><MessageBarBody>{t.needsPolicy}</MessageBarBody></MessageBar>
      </div>
    );
  }
  const daysAhead = daysAheadOf(days);
  const run = (overwriteNotes: boolean) => {
    if (daysAhead === null) return;
    void onReplay({
      policy, lanes, sources, language, overwriteNotes,
      ...(edition !== "" ? { edition } : {}),
      ...(daysAhead !== undefined ? { daysAhead } : {}),
    });
  };
  const result = state.result;
  const share = result ? referenceShare(result.replay.totals) : null;
  const sheet = result?.sheets.Replay;
  const e = result?.replay.edition;
  return (
    <div className={styles.step} {...testId("replay")} {...testData({ "run-id": state.runId, "run-state": state.status })}>
      <Body1 as="p" className={styles.flush}>{t.intro}</Body1>
      <Field className={fill.field} label={t.edition}>
        <Select className={fill.control} {...testId("replay-edition")} value={edition} onChange={(_, data) => setEdition(data.value)}>
          <option value="">{t.editionLatest}</option>
          {editionChoices(policy).map((day) => (
            <option key={day} value={day}>{day}</option>
          ))}
        </Select>
      </Field>
      <Field
        className={fill.field}
        label={t.daysAhead}
        hint={format(t.daysAheadHint, { days: defaultDaysAhead(policy) })}
        {...(daysAhead === null ? { validationState: "error" as const, validationMessage: t.daysAheadBad } : {})}
      >
        <Input className={fill.control} {...testId("replay-days")} inputMode="numeric" value={days} onChange={(_, data) => setDays(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Button {...testId("replay-run")} appearance="primary" disabledFocusable={!ready || state.status === "running" || daysAhead === null} onClick={() => run(false)}>
          {ready ? t.run : t.waiting}
        </Button>
        {state.status === "running" && <Spinner size="tiny" label={state.total > 0 ? format(t.running, { done: state.done, total: state.total }) : undefined} />}
      </div>
      {state.failure && (
        <MessageBar intent="error" role="alert" {...testId("replay-error")}>
          <MessageBarBody>
            {keepDates(failureText(state.failure, t, language))}
            {state.failure.kind === "notes" && (
              <>
                {" "}
                <Link as="button" onClick={() => run(true)}>{t.overwrite}</Link>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && e && (
        <section aria-live="polite" className={styles.step} {...testId("replay-result")}>
          <Body1 as="p" className={styles.flush}>
            <RichText template={t.edited} values={{ event: result.replay.policy.name, start: formatDay(e.start), planDate: formatDay(e.planDate), days: e.daysAhead, end: formatDay(e.windowEnd) }} />
          </Body1>
          <div className={styles.scroller}>
          <Table size="small" aria-labelledby={tableId} className={styles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.cell} id={tableId}>{t.colPolicy}</TableHeaderCell>
                <TableHeaderCell className={styles.cell}>{t.colProfit}</TableHeaderCell>
                <TableHeaderCell className={styles.cell}>{t.colFill}</TableHeaderCell>
                <TableHeaderCell className={styles.cell}>{t.colLeftOver}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {replayRows(result.replay.totals, language).map((row) => (
                <TableRow key={row.policy} className={row.policy === "peakstock" ? styles.ours : undefined}>
                  <TableCell className={mergeClasses(styles.cell, styles.name)} title={row.label}>{row.name}</TableCell>
                  <TableCell className={mergeClasses(styles.cell, styles.figure)}>{row.profit}</TableCell>
                  <TableCell className={mergeClasses(styles.cell, styles.figure)}>{row.fill}</TableCell>
                  <TableCell className={mergeClasses(styles.cell, styles.figure)}>{row.leftOver}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          </div>
          <Body1 as="p" className={styles.flush}>{share === null ? t.noShare : format(t.share, { share: formatPercent(share, language) })}</Body1>
          <Caption1>{replayRows(result.replay.totals, language).filter((row) => row.policy !== "peakstock").map((row) => (row.label.startsWith(row.name) ? row.label : `${row.name}: ${row.label}`)).join(" · ")}</Caption1>
          {sheet !== undefined && (
            <Link as="button" onClick={() => void onOpenSheet(sheet).then((opened) => setCannotOpen(opened ? null : sheet))}>
              {format(t.openSheet, { sheet })}
            </Link>
          )}
          {cannotOpen !== null && <Caption1 role="status">{format(t.cannotOpen, { sheet: cannotOpen })}</Caption1>}
        </section>
      )}
    </div>
  );
}
