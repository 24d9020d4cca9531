import { Badge, Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { WatchReportRow } from "../../engine/watch/watchFromSheets";
import { renderWatchNote } from "../../engine/watch/watchNotes";
import type { WatchStatus } from "../../engine/watch/watchSku";
import { outputLanguage, type Language, type StringKey, type Strings } from "../i18n";
import { testData, testId } from "../testHooks";
import { keepDates } from "./RichText";

/** Each status's badge: its words and colour. Red only where the advice is to act now. */
export const STATUS_BADGE: Readonly<Record<WatchStatus, { readonly key: StringKey; readonly color: "danger" | "warning" | "brand" | "success" }>> = {
  STOCKOUT: { key: "statusSTOCKOUT", color: "danger" },
  REORDER: { key: "statusREORDER", color: "danger" },
  SHORT: { key: "statusSHORT", color: "warning" },
  SLOW: { key: "statusSLOW", color: "warning" },
  HOT: { key: "statusHOT", color: "brand" },
  OK: { key: "statusOK", color: "success" },
};

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  name: { overflowWrap: "anywhere" },
});

export interface WatchTableProps {
  readonly rows: readonly WatchReportRow[];
  readonly strings: Strings;
  readonly language: Language;
  readonly labelledBy: string;
}

/**
 * The SKUs to act on: SKU (and, for a plan with several destinations, where), a badge that says the
 * advice, and the advice itself (sold against plan, stock, the re-order and its lane and cost).
 */
export function WatchTable({ rows, strings, language, labelledBy }: WatchTableProps) {
  const styles = useStyles();
  const several = new Set(rows.map((r) => r.destination.toLowerCase())).size > 1;
  return (
    <ul className={styles.list} aria-labelledby={labelledBy}>
      {rows.map((r) => (
        <li key={`${r.sku}\u0000${r.destination}`} className={styles.row} {...testId(several ? `watch-row-${r.sku}-${r.destination}` : `watch-row-${r.sku}`)} {...testData({ status: r.status })}>
          <div className={styles.head}>
            <Body1 className={styles.name}>
              <strong>{r.sku}</strong> {r.name}
              {several && r.destination !== "" && <> · {r.destination}</>}
            </Body1>
            <Badge appearance="tint" color={STATUS_BADGE[r.status].color}>
              {strings[STATUS_BADGE[r.status].key]}
            </Badge>
          </div>
          <ul className={styles.notes}>
            {r.notes.map((n, i) => (
              <li key={i}>
                <Caption1 {...(n.key === "reorderInTime" || n.key === "lateStillSaves" ? testId(`watch-reorder-${r.sku}`) : {})}>
                  {keepDates(renderWatchNote(n, outputLanguage(language)))}
                </Caption1>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
