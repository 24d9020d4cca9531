import {
  Button, Caption1, Checkbox, Input, Select, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens, useId,
} from "@fluentui/react-components";
import { DEFAULT_LANES } from "../../engine/plan/defaultLanes";
import type { LaneMode } from "../../engine/plan/types";
import type { PlanRunApi } from "../hooks/usePlanRun";
import { format, say, type StringKey } from "../i18n";
import { LANE_COLUMNS, LANE_MODES, LANE_TEXT_COLUMNS, type LaneColumn } from "../planForm";
import { testId } from "./TextField";

const COLUMN_LABEL: Readonly<Record<LaneColumn, StringKey>> = {
  name: "laneName", destination: "laneDestination", transitDays: "laneTransit", transitDaysWorst: "laneWorst", handlingDays: "laneHandling",
  ratePerKg: "laneRateKg", ratePerCbm: "laneRateCbm", minCharge: "laneMinCharge", volumetricDivisor: "laneDivisor",
};
const MODE_LABEL: Readonly<Record<LaneMode, StringKey>> = { sea: "modeSea", "fast-sea": "modeFastSea", rail: "modeRail", air: "modeAir", express: "modeExpress" };

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { minWidth: "1130px" },
  name: { minWidth: "150px" },
  number: { width: "72px", minWidth: "72px" },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
  flush: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The lanes the plan may use, editable cell by cell (prefilled from the Lanes sheet or the default lanes). */
export function LanesTable({ pane }: { readonly pane: PlanRunApi }) {
  const styles = useStyles();
  const { strings, form, check, dispatch } = pane;
  const titleId = useId("lanes-title");
  const problems = check.lanes;
  const bad = new Set(problems.map((p) => `${p.laneKey}:${p.column}`));
  const origin =
    form.lanesOrigin === "sheet" ? format(strings.lanesFromSheet, { sheet: form.lanesSheet ?? "" })
      : form.lanesOrigin === "defaults" ? strings.lanesFromDefaults
        : form.lanesOrigin === "settings" ? strings.lanesFromSettings
          : strings.lanesEdited;
  const reset = () => {
    const sheetLanes = pane.data.findings?.lanes;
    if (sheetLanes?.ok) dispatch({ type: "resetLanes", lanes: sheetLanes.value, origin: "sheet", sheet: pane.data.findings?.sources.Lanes ?? "" });
    else dispatch({ type: "resetLanes", lanes: DEFAULT_LANES, origin: "defaults" });
  };
  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId} className={styles.flush}>
        {strings.lanesTitle}
      </Subtitle2>
      <Caption1 className={styles.muted}>{origin}</Caption1>
      <div className={styles.scroll}>
        <Table data-testid="lanes-table" size="extra-small" className={styles.table} aria-labelledby={titleId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{strings.laneName}</TableHeaderCell>
              <TableHeaderCell>{strings.laneMode}</TableHeaderCell>
              {LANE_COLUMNS.slice(1).map((c) => (
                <TableHeaderCell key={c}>{strings[COLUMN_LABEL[c]]}</TableHeaderCell>
              ))}
              <TableHeaderCell>{strings.laneSensitive}</TableHeaderCell>
              <TableHeaderCell />
            </TableRow>
          </TableHeader>
          <TableBody>
            {form.lanes.map((lane, i) => {
              const label = (column: string) => format(strings.laneCellLabel, { column, lane: lane.name || String(i + 1) });
              return (
                <TableRow key={lane.key} data-testid={`lane-row-${i + 1}`}>
                  {LANE_COLUMNS.map((c, j) => {
                    const cell = (
                      <TableCell key={c}>
                        <Input
                          size="small"
                          className={LANE_TEXT_COLUMNS.has(c) ? styles.name : styles.number}
                          inputMode={LANE_TEXT_COLUMNS.has(c) ? "text" : "decimal"}
                          aria-label={label(strings[COLUMN_LABEL[c]])}
                          aria-invalid={bad.has(`${lane.key}:${c}`) || undefined}
                          value={lane[c]}
                          onChange={(_, data) => dispatch({ type: "setLane", key: lane.key, column: c, value: data.value })}
                        />
                      </TableCell>
                    );
                    if (j !== 0) return cell;
                    return [
                      cell,
                      <TableCell key="mode">
                        <Select size="small" aria-label={label(strings.laneMode)} value={lane.mode} onChange={(_, data) => dispatch({ type: "setLaneMode", key: lane.key, mode: data.value as LaneMode })}>
                          {LANE_MODES.map((m) => (
                            <option key={m} value={m}>
                              {strings[MODE_LABEL[m]]}
                            </option>
                          ))}
                        </Select>
                      </TableCell>,
                    ];
                  })}
                  <TableCell>
                    <Checkbox aria-label={label(strings.laneSensitive)} checked={lane.allowsSensitive} onChange={(_, data) => dispatch({ type: "setLaneSensitive", key: lane.key, allowed: data.checked === true })} />
                  </TableCell>
                  <TableCell>
                    <Button size="small" appearance="subtle" aria-label={format(strings.laneRemove, { lane: lane.name || String(i + 1) })} onClick={() => dispatch({ type: "removeLane", key: lane.key })}>
                      ✕
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      {(problems.length > 0 || check.lanesMessage) && (
        <ul className={styles.errors} role="alert" {...testId("error-lanes-table")}>
          {check.lanesMessage && <li>{say(strings, check.lanesMessage)}</li>}
          {problems.map((p) => (
            <li key={`${p.laneKey}:${p.column}`}>{format(strings.laneProblem, { lane: p.row, column: strings[COLUMN_LABEL[p.column]], message: say(strings, p.message) })}</li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        <Button size="small" onClick={() => dispatch({ type: "addLane", name: `${strings.laneNew} ${form.nextLaneKey}` })}>
          {strings.laneAdd}
        </Button>
        <Button size="small" appearance="subtle" onClick={reset}>
          {strings.lanesReset}
        </Button>
      </div>
    </section>
  );
}
