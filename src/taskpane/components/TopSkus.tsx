import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { PlanLine } from "../../engine/plan/planSku";
import { notedCells } from "../../excel/noteCollisions";
import { formatDay, formatUnits, formatUsd } from "../formatters";
import type { ChartSpec } from "../../engine/plan/outputTable";
import type { ChartToSheet } from "../hooks/useResultActions";
import { format, outputLanguage, type Language, type Strings } from "../i18n";
import { lineCostUsd, lineShipBy, lineUnits, topSkusByCost } from "../planSummary";
import { TOP_SKUS, type SkuChart as SkuChartData } from "../work/planWithCharts";
import { RichText } from "./RichText";
import { SkuChart } from "./SkuChart";
import { testId } from "../testHooks";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface TopSkusProps {
  readonly lines: readonly PlanLine[];
  readonly charts: readonly SkuChartData[];
  readonly strings: Strings;
  readonly language: Language;
  readonly labelledBy: string;
  /** Writes the SKU's chart into the workbook; resolves to the sheet written, or why not. */
  readonly onChartToSheet: (spec: ChartSpec) => Promise<ChartToSheet>;
}

/** The costliest SKUs, each with its units, cost, ship-by date and a small chart. */
export function TopSkus({ lines, charts, strings, language, labelledBy, onChartToSheet }: TopSkusProps) {
  const styles = useStyles();
  const [written, setWritten] = useState<Readonly<Record<string, ChartToSheet>>>({});
  const toSheet = async (sku: string, spec: ChartSpec) => {
    const outcome = await onChartToSheet(spec);
    setWritten((w) => ({ ...w, [sku]: outcome }));
  };
  const outcomeText = (outcome: ChartToSheet): string => {
    if (outcome.sheet !== null) return format(strings.chartWritten, { sheet: outcome.sheet });
    if (outcome.notes !== null) return format(strings.chartNotesInTheWay, { cells: notedCells(outcome.notes, outputLanguage(language)) });
    return strings.chartNotWritten;
  };
  const chartOf = new Map(charts.map((c) => [c.sku, c.spec]));
  const top = topSkusByCost(lines, TOP_SKUS);
  return (
    <ol {...testId("top-skus")} className={styles.list} aria-labelledby={labelledBy}>
      {top.map((line) => {
        const shipBy = lineShipBy(line);
        const spec = chartOf.get(line.sku);
        return (
          <li key={line.sku} className={styles.item} {...testId(`top-sku-${line.sku}`)}>
            <Body1>
              <strong>{line.sku}</strong> {line.name}
            </Body1>
            <Caption1 className={styles.muted}>
              <RichText
                template={strings.skuSummary}
                values={{ units: formatUnits(lineUnits(line), language), cost: formatUsd(lineCostUsd(line), language), shipBy: shipBy === null ? strings.none : formatDay(shipBy) }}
              />
            </Caption1>
            {spec && <SkuChart sku={line.sku} spec={spec} strings={strings} />}
            {spec && (
              <div>
                <Button size="small" appearance="subtle" {...testId(`chart-to-sheet-${line.sku}`)} onClick={() => void toSheet(line.sku, spec)}>
                  {strings.chartToSheet}
                </Button>
                {written[line.sku] !== undefined && (
                  <Caption1 className={styles.muted} role="status">
                    {outcomeText(written[line.sku])}
                  </Caption1>
                )}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
