import { renderNotes } from "../../engine/plan/planNotes";
import { Badge, Body1, Caption1, Subtitle2, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { ChartSpec } from "../../engine/plan/outputTable";
import type { PlanAlert, PlanAlertKind } from "../../engine/plan/planAlerts";
import { formatDay, formatUnits, formatUsd } from "../formatters";
import type { PaneResult } from "../hooks/usePlanRun";
import type { ChartToSheet } from "../hooks/useResultActions";
import { format, type Language, type StringKey, type Strings } from "../i18n";
import { planFigures } from "../planSummary";
import { LaneTotals } from "./LaneTotals";
import { ScenarioTable } from "./ScenarioTable";
import { SeasonEvents } from "./SeasonEvents";
import { SupplierTotals } from "./SupplierTotals";
import { SheetLinks } from "./SheetLinks";
import { keepDates } from "./RichText";
import { TopSkus } from "./TopSkus";
import { testId } from "../testHooks";

const SEVERITY: Readonly<Record<PlanAlert["severity"], { readonly key: StringKey; readonly color: "danger" | "warning" | "informative" }>> = {
  high: { key: "severityHigh", color: "danger" },
  medium: { key: "severityMedium", color: "warning" },
  low: { key: "severityLow", color: "informative" },
};
const ALERTS_SHOWN = 5;
const KIND: Readonly<Record<PlanAlertKind, StringKey>> = {
  NO_LANE: "alertKindNO_LANE", SKU_ERROR: "alertKindSKU_ERROR", CAPACITY: "alertKindCAPACITY", SHIP_SOON: "alertKindSHIP_SOON",
  FAST_ONLY: "alertKindFAST_ONLY", LOW_SUPPLY: "alertKindLOW_SUPPLY", HIGH_SUPPLY: "alertKindHIGH_SUPPLY", SKIPPED: "alertKindSKIPPED",
  CAPACITY_OPTION: "alertKindCAPACITY_OPTION", MARKETPLACE: "alertKindMARKETPLACE", RUNS_OUT: "alertKindRUNS_OUT", UNPROFITABLE: "alertKindUNPROFITABLE",
  STOCK_DESTINATION: "alertKindSTOCK_DESTINATION", NO_SUPPLIER: "alertKindNO_SUPPLIER", SINGLE_SUPPLIER: "alertKindSINGLE_SUPPLIER",
  FBA_BOX: "alertKindFBA_BOX", LABELS_LIMIT: "alertKindLABELS_LIMIT",
};

const useStyles = makeStyles({
  results: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  figures: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS, margin: 0 },
  figure: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, margin: 0 },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500, margin: 0, whiteSpace: "nowrap" },
  label: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  flush: { margin: 0 },
  alerts: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  alert: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "baseline", minWidth: 0 },
  badge: { flexShrink: 0 },
});

export interface ResultsViewProps {
  readonly result: PaneResult | null;
  readonly strings: Strings;
  readonly language: Language;
  readonly onOpenSheet: (sheet: string) => Promise<boolean>;
  /** Writes a SKU's chart into the workbook; resolves to the sheet written, or null. */
  readonly onChartToSheet: (spec: ChartSpec) => Promise<ChartToSheet>;
}

/** Step 4: a season's events, the plan's totals per lane and per supplier, the scenarios beside it, earliest ship-by, cost, alerts, costliest SKUs and links to the sheets. */
export function ResultsView({ result, strings, language, onOpenSheet, onChartToSheet }: ResultsViewProps) {
  const styles = useStyles();
  const ids = { season: useId("season"), lanes: useId("lanes"), suppliers: useId("suppliers"), scenarios: useId("scenarios"), top: useId("top"), sheets: useId("sheets"), alerts: useId("alerts") };
  if (!result) return <Body1>{strings.resultsEmpty}</Body1>;
  const { plan, policy, sheets, scenarios } = result.run;
  const f = planFigures(plan, policy);
  return (
    <div {...testId("results")} className={styles.results}>
      <dl className={styles.figures}>
        <div className={styles.figure}>
          <dt className={styles.label}>{strings.earliestShipBy}</dt>
          <dd {...testId("earliest-shipby")} className={styles.value}>{f.earliestShipBy === null ? strings.none : formatDay(f.earliestShipBy)}</dd>
        </div>
        <div className={styles.figure}>
          <dt className={styles.label}>{strings.totalCost}</dt>
          <dd {...testId("total-cost")} className={styles.value}>{formatUsd(f.totalCostUsd, language)}</dd>
          <dd className={styles.label}>{format(strings.totalCostHint, { contingency: formatUsd(f.contingencyUsd, language) })}</dd>
        </div>
        <div className={styles.figure}>
          <dt className={styles.label}>{strings.alertsCount}</dt>
          <dd {...testId("alerts-count")} className={styles.value}>{formatUnits(f.alerts.total, language)}</dd>
          <dd className={styles.label}>{format(strings.alertsBreakdown, f.alerts)}</dd>
        </div>
      </dl>
      {plan.events.length > 1 && (
        <section className={styles.section}>
          <Subtitle2 as="h3" id={ids.season} className={styles.flush}>{strings.seasonTitle}</Subtitle2>
          <Body1 className={styles.flush}>{strings.seasonIntro}</Body1>
          <SeasonEvents events={plan.events} strings={strings} language={language} labelledBy={ids.season} />
        </section>
      )}
      <section className={styles.section}>
        <Subtitle2 as="h3" id={ids.lanes} className={styles.flush}>{strings.laneTotalsTitle}</Subtitle2>
        {plan.shipments.length === 0 ? <Body1>{plan.lines.some((l) => l.noLaneInTime) ? strings.nothingInTime : strings.nothingShips}</Body1> : <LaneTotals shipments={plan.shipments} strings={strings} language={language} labelledBy={ids.lanes} />}
      </section>
      {plan.orders.length > 0 && (
        <section className={styles.section}>
          <Subtitle2 as="h3" id={ids.suppliers} className={styles.flush}>{strings.supplierTotalsTitle}</Subtitle2>
          <SupplierTotals orders={plan.orders} strings={strings} language={language} labelledBy={ids.suppliers} />
        </section>
      )}
      {scenarios && (
        <section className={styles.section} {...testId("scenarios")}>
          <Subtitle2 as="h3" id={ids.scenarios} className={styles.flush}>{strings.scenariosTitle}</Subtitle2>
          <Caption1>{strings.scenariosHint}</Caption1>
          <ScenarioTable comparison={scenarios} strings={strings} language={language} labelledBy={ids.scenarios} />
        </section>
      )}
      {plan.alerts.length > 0 && (
        <section className={styles.section}>
          <Subtitle2 as="h3" id={ids.alerts} className={styles.flush}>{strings.alertsTitle}</Subtitle2>
          <ul className={styles.alerts} aria-labelledby={ids.alerts}>
            {plan.alerts.slice(0, ALERTS_SHOWN).map((a, i) => (
              <li key={i} className={styles.alert}>
                <Badge className={styles.badge} appearance="tint" color={SEVERITY[a.severity].color}>{strings[SEVERITY[a.severity].key]}</Badge>
                <Caption1>
                  <strong>{strings[KIND[a.kind]]}</strong>
                  {a.sku ? ` · ${a.sku}` : ""}
                  {a.destination ? ` · ${a.destination}` : ""}: {keepDates(renderNotes([a.note, ...a.details], language))}
                </Caption1>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className={styles.section}>
        <Subtitle2 as="h3" id={ids.top} className={styles.flush}>{strings.topSkusTitle}</Subtitle2>
        <TopSkus lines={plan.lines} charts={result.charts} strings={strings} language={language} labelledBy={ids.top} onChartToSheet={onChartToSheet} />
      </section>
      <section className={styles.section}>
        <Subtitle2 as="h3" id={ids.sheets} className={styles.flush}>{strings.sheetsTitle}</Subtitle2>
        <SheetLinks sheets={sheets} strings={strings} onOpen={onOpenSheet} labelledBy={ids.sheets} />
      </section>
    </div>
  );
}
