import { Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { DEFAULT_LANES } from "../../engine/plan/defaultLanes";
import { engineText, formatDay, formatUnits } from "../formatters";
import { format, type Language, type Strings } from "../i18n";
import { testId } from "../testHooks";
import { findingIssues, type Findings } from "../work/inspectSources";
import { keepDates } from "./RichText";

const MAX_ISSUES = 5;

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  flush: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface DataSummaryProps {
  readonly findings: Findings | null;
  readonly strings: Strings;
  readonly language: Language;
}

/** What the read found: SKUs, days and dates of the sales, the master, lanes, event, and the issues. */
export function DataSummary({ findings, strings, language }: DataSummaryProps) {
  const styles = useStyles();
  const n = (x: number) => formatUnits(x, language);
  const lines: string[] = [];
  const notes: string[] = [];
  if (findings?.sales.ok) {
    const s = findings.sales.value;
    lines.push(format(strings.summarySales, { skus: n(s.skus), days: n(s.days), from: formatDay(s.firstSerial), to: formatDay(s.lastSerial), layout: s.layout === "long" ? strings.layoutLong : strings.layoutWide }));
    if (s.marketplaces.length > 0) lines.push(format(strings.summaryMarketplaces, { list: s.marketplaces.join(", ") }));
    if (s.missingDays > 0) notes.push(format(strings.summaryMissing, { count: n(s.missingDays) }));
    if (s.stockOutDays > 0) notes.push(format(strings.summaryStockOuts, { count: n(s.stockOutDays) }));
    if (s.duplicates > 0) notes.push(format(strings.summaryDuplicates, { count: n(s.duplicates) }));
  }
  if (findings?.skus.ok) {
    const k = findings.skus.value;
    lines.push(format(strings.summarySkus, { count: n(k.count) }) + (k.issues.length > 0 ? ` (${format(strings.summarySkuIssues, { count: n(k.issues.length) })})` : ""));
  }
  if (findings?.lanes?.ok) lines.push(format(strings.summaryLanes, { count: n(findings.lanes.value.length), sheet: findings.sources.Lanes ?? "" }));
  else if (findings && findings.lanes === null) lines.push(format(strings.summaryDefaultLanes, { count: n(DEFAULT_LANES.length) }));
  if (findings?.event?.ok) {
    const p = findings.event.value.policy;
    lines.push(format(strings.summaryEvent, { name: p.name, start: formatDay(p.start), end: formatDay(p.end), planDate: formatDay(p.planDate) }));
  } else if (findings && findings.event === null) lines.push(strings.summaryNoEvent);
  const issues = findings ? findingIssues(findings) : [];
  return (
    <section {...testId("data-summary")} className={styles.box} aria-live="polite">
      <Subtitle2 as="h3" className={styles.flush}>
        {strings.summaryTitle}
      </Subtitle2>
      {findings === null ? (
        <Body1 className={styles.muted}>{strings.summaryNotRead}</Body1>
      ) : (
        <ul className={styles.list}>
          {lines.map((line) => (
            <li key={line}>
              <Body1>{keepDates(line)}</Body1>
            </li>
          ))}
          {notes.length > 0 && (
            <li>
              <Caption1>{notes.join(" · ")}</Caption1>
            </li>
          )}
        </ul>
      )}
      {issues.length > 0 && (
        <>
          <Caption1 as="h4" className={styles.flush}>
            {format(strings.summaryIssues, { count: n(issues.length) })}
          </Caption1>
          <ul className={styles.list}>
            {issues.slice(0, MAX_ISSUES).map((issue, i) => (
              <li key={i}>
                <Caption1>{keepDates(engineText(issue, language))}</Caption1>
              </li>
            ))}
            {issues.length > MAX_ISSUES && (
              <li>
                <Caption1>{format(strings.summaryMoreIssues, { count: n(issues.length - MAX_ISSUES) })}</Caption1>
              </li>
            )}
          </ul>
        </>
      )}
    </section>
  );
}
