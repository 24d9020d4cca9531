import { Badge, Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { formatDay, formatUnits } from "../formatters";
import { format, type Language, type Strings } from "../i18n";
import type { WatchRow } from "../work/watchReport";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  why: { color: tokens.colorNeutralForeground3 },
});

/** Re-order and slow-mover rows: SKU, alert, sold vs forecast, the re-order and its lane, and the engine's reason. */
export function WatchTable({ rows, strings, language }: { readonly rows: readonly WatchRow[]; readonly strings: Strings; readonly language: Language }) {
  const styles = useStyles();
  const n = (x: number) => formatUnits(x, language);
  return (
    <ul className={styles.list}>
      {rows.map((r) => (
        <li key={r.sku} className={styles.row} data-testid={`watch-row-${r.sku}`} data-alert={r.alert}>
          <div className={styles.head}>
            <Body1>
              <strong>{r.sku}</strong> {r.name}
            </Body1>
            <Badge appearance="tint" color={r.alert === "REORDER" ? "danger" : "warning"}>
              {r.alert === "REORDER" ? strings.alertReorder : strings.alertSlow}
            </Badge>
          </div>
          <Body1>{format(strings.watchSold, { actual: n(r.actualUnits), forecast: n(r.forecastUnits) })}</Body1>
          {r.reorderUnits > 0 && (
            <Body1 data-testid={`watch-reorder-${r.sku}`}>
              {r.lane !== undefined && r.sellableBy !== undefined
                ? format(strings.watchReorderBy, { units: n(r.reorderUnits), lane: r.lane, date: formatDay(r.sellableBy) })
                : format(strings.watchReorderNoLane, { units: n(r.reorderUnits) })}
            </Body1>
          )}
          {r.stockOutDay !== undefined && <Body1>{format(strings.watchStockOut, { date: formatDay(r.stockOutDay) })}</Body1>}
          {r.alert === "SLOW" && r.leftoverUnits > 0 && <Body1>{format(strings.watchLeftover, { units: n(r.leftoverUnits) })}</Body1>}
          {/* The engine's sentence is English; the lines above say the same in the pane's language. */}
          {language === "en" && <Caption1 className={styles.why}>{r.why}</Caption1>}
        </li>
      ))}
    </ul>
  );
}
