import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { supplierLabel } from "../../engine/orders/orderLabels";
import type { PurchaseOrder } from "../../engine/orders/purchaseOrders";
import { supplierTotals } from "../../engine/orders/supplierTotals";
import { formatDay, formatUnits, formatUsd } from "../formatters";
import { format, type Language, type Strings } from "../i18n";
import { testId } from "../testHooks";
import { Keep } from "./RichText";

const useStyles = makeStyles({
  // Three columns sized by their content fit a 320 px pane: long factory names wrap anywhere, figures never
  // do, and the last balance day goes under the name (a fourth column spilled past 350 px, in Chinese most).
  table: { tableLayout: "auto" },
  figure: { whiteSpace: "nowrap", textAlign: "end", width: "1%" },
  supplier: { display: "flex", flexDirection: "column", paddingBlock: tokens.spacingVerticalXXS, overflowWrap: "anywhere", minWidth: 0 },
  detail: { color: tokens.colorNeutralForeground3 },
});

export interface SupplierTotalsProps {
  readonly orders: readonly PurchaseOrder[];
  readonly strings: Strings;
  readonly language: Language;
  readonly labelledBy: string;
}

/** The purchase orders per supplier, largest first: amount and deposit, with its units, orders and last balance day under the name. */
export function SupplierTotals({ orders, strings, language, labelledBy }: SupplierTotalsProps) {
  const styles = useStyles();
  const totals = supplierTotals(orders);
  return (
    <Table {...testId("supplier-totals")} size="small" className={styles.table} aria-labelledby={labelledBy}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{strings.colSupplier}</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>{strings.colAmount}</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>{strings.colDeposit}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {totals.map((t) => (
          <TableRow key={t.supplier} {...testId("supplier-total")}>
            <TableCell>
              <span className={styles.supplier}>
                <span>{supplierLabel(t.supplier, language === "zh" ? "zh-CN" : "en")}</span>
                <Caption1 className={styles.detail}>{format(strings.supplierOrders, { orders: t.orders, units: formatUnits(t.units, language) })}</Caption1>
                <Caption1 className={styles.detail}>
                  {strings.colLastBalance}: <Keep>{formatDay(t.lastPaymentSerial)}</Keep>
                </Caption1>
              </span>
            </TableCell>
            <TableCell className={styles.figure}>{formatUsd(t.amountUsd, language)}</TableCell>
            <TableCell className={styles.figure}>{formatUsd(t.depositUsd, language)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
