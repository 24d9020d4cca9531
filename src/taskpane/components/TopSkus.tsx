import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { PlanLine } from "../../engine/plan/planSku";
import { formatDay, formatUnits, formatUsd } from "../formatters";
import { format, type Language, type Strings } from "../i18n";
import { lineCostUsd, lineShipBy, lineUnits, topSkusByCost } from "../planSummary";
import { TOP_SKUS, type SkuChart as SkuChartData } from "../work/planWithCharts";
import { SkuChart } from "./SkuChart";

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
}

/** The costliest SKUs, each with its units, cost, ship-by date and a small chart. */
export function TopSkus({ lines, charts, strings, language, labelledBy }: TopSkusProps) {
  const styles = useStyles();
  const chartOf = new Map(charts.map((c) => [c.sku, c.spec]));
  const top = topSkusByCost(lines, TOP_SKUS);
  return (
    <ol data-testid="top-skus" className={styles.list} aria-labelledby={labelledBy}>
      {top.map((line) => {
        const shipBy = lineShipBy(line);
        const spec = chartOf.get(line.sku);
        return (
          <li key={line.sku} className={styles.item} data-testid={`top-sku-${line.sku}`}>
            <Body1>
              <strong>{line.sku}</strong> {line.name}
            </Body1>
            <Caption1 className={styles.muted}>
              {format(strings.skuSummary, {
                units: formatUnits(lineUnits(line), language),
                cost: formatUsd(lineCostUsd(line), language),
                shipBy: shipBy === null ? strings.none : formatDay(shipBy),
              })}
            </Caption1>
            {spec && <SkuChart sku={line.sku} spec={spec} strings={strings} />}
          </li>
        );
      })}
    </ol>
  );
}
