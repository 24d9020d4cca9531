import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from "@fluentui/react-components";
import type { PlanShipment } from "../../engine/plan/groupBatches";
import { formatDay, formatUnits, formatUsd } from "../formatters";
import type { Language, Strings } from "../i18n";
import { laneTotals } from "../planSummary";
import { testId } from "../testHooks";

const useStyles = makeStyles({
  /** Columns sized by their content (Fluent's Table is fixed-layout: equal columns would let a date spill over its neighbour). */
  table: { tableLayout: "auto" },
  /** Numbers and dates stay whole on one line; the lane's name takes what is left and wraps between words. */
  value: { whiteSpace: "nowrap", width: "1%" },
  lane: { overflowWrap: "anywhere" },
});

/** One row per lane: units, cost and the earliest ship-by date (four columns fit a 320 px pane). */
export function LaneTotals({ shipments, strings, language, labelledBy }: { readonly shipments: readonly PlanShipment[]; readonly strings: Strings; readonly language: Language; readonly labelledBy: string }) {
  const styles = useStyles();
  const totals = laneTotals(shipments);
  return (
    <Table {...testId("lane-totals")} className={styles.table} size="small" aria-labelledby={labelledBy}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{strings.colLane}</TableHeaderCell>
          <TableHeaderCell className={styles.value}>{strings.colUnits}</TableHeaderCell>
          <TableHeaderCell className={styles.value}>{strings.colCost}</TableHeaderCell>
          <TableHeaderCell className={styles.value}>{strings.colShipBy}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {totals.map((t) => (
          <TableRow key={t.lane} {...testId("lane-total")}>
            <TableCell className={styles.lane}>{t.lane}</TableCell>
            <TableCell className={styles.value}>{formatUnits(t.units, language)}</TableCell>
            <TableCell className={styles.value}>{formatUsd(t.costUsd, language)}</TableCell>
            <TableCell className={styles.value}>{formatDay(t.shipBy)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
