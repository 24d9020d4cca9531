import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { PlanShipment } from "../../engine/plan/groupBatches";
import { formatDay, formatUnits, formatUsd } from "../formatters";
import type { Language, Strings } from "../i18n";
import { laneTotals } from "../planSummary";

/** One row per lane: units, cost and the earliest ship-by date. */
export function LaneTotals({ shipments, strings, language, labelledBy }: { readonly shipments: readonly PlanShipment[]; readonly strings: Strings; readonly language: Language; readonly labelledBy: string }) {
  const totals = laneTotals(shipments);
  return (
    <Table data-testid="lane-totals" size="small" aria-labelledby={labelledBy}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{strings.colLane}</TableHeaderCell>
          <TableHeaderCell>{strings.colUnits}</TableHeaderCell>
          <TableHeaderCell>{strings.colCost}</TableHeaderCell>
          <TableHeaderCell>{strings.colShipBy}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {totals.map((t) => (
          <TableRow key={t.lane} data-testid="lane-total">
            <TableCell>{t.lane}</TableCell>
            <TableCell>{formatUnits(t.units, language)}</TableCell>
            <TableCell>{formatUsd(t.costUsd, language)}</TableCell>
            <TableCell>{formatDay(t.shipBy)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
