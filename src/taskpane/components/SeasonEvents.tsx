import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import type { SeasonEventPlan } from "../../engine/season/seasonEventPlan";
import { formatDay, formatUnits, formatUsd } from "../formatters";
import { format, type Language, type Strings } from "../i18n";
import { testId } from "../testHooks";
import { Keep } from "./RichText";

const useStyles = makeStyles({
  // Three columns, as the supplier totals: the event's name wraps anywhere, its dates and carry-over under it.
  table: { tableLayout: "auto" },
  figure: { whiteSpace: "nowrap", textAlign: "end", width: "1%" },
  event: { display: "flex", flexDirection: "column", paddingBlock: tokens.spacingVerticalXXS, overflowWrap: "anywhere", minWidth: 0 },
  detail: { color: tokens.colorNeutralForeground3 },
});

export interface SeasonEventsProps {
  readonly events: readonly SeasonEventPlan[];
  readonly strings: Strings;
  readonly language: Language;
  readonly labelledBy: string;
}

/** A season's events in date order: units and cost of each one's batches, with its dates, the stock carried in and the first ship-by under its name. */
export function SeasonEvents({ events, strings, language, labelledBy }: SeasonEventsProps) {
  const styles = useStyles();
  return (
    <Table {...testId("season-events")} size="small" className={styles.table} aria-labelledby={labelledBy}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{strings.colEvent}</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>{strings.colUnits}</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>{strings.colCost}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {events.map((e) => (
          <TableRow key={e.name} {...testId("season-event")}>
            <TableCell>
              <span className={styles.event}>
                <span>{e.name}</span>
                <Caption1 className={styles.detail}>
                  <Keep>{formatDay(e.start)}</Keep> – <Keep>{formatDay(e.end)}</Keep>
                </Caption1>
                {e.index > 0 && <Caption1 className={styles.detail}>{format(strings.seasonCarried, { units: formatUnits(e.carryInUnits, language) })}</Caption1>}
                <Caption1 className={styles.detail}>
                  {strings.colShipBy}: <Keep>{e.earliestShipBy === null ? strings.none : formatDay(e.earliestShipBy)}</Keep>
                </Caption1>
                {e.mergedBatches > 0 && <Caption1 className={styles.detail}>{format(strings.seasonMerged, { batches: e.mergedBatches, saving: formatUsd(e.mergeSavingUsd, language) })}</Caption1>}
              </span>
            </TableCell>
            <TableCell className={styles.figure}>{formatUnits(e.units, language)}</TableCell>
            <TableCell className={styles.figure}>{formatUsd(e.costUsd, language)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
