import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import type { ScenarioComparison } from "../../engine/scenarios/planScenarios";
import { scenarioChanges } from "../../engine/scenarios/scenarioChanges";
import { formatPercent, formatUsd } from "../formatters";
import { format, type Language, type Strings } from "../i18n";
import { testId } from "../testHooks";
import { Keep } from "./RichText";

const useStyles = makeStyles({
  // Three columns sized by their content, as the supplier totals: the name and what it changes wrap,
  // the two figures never do; what the base plan earns if it happens goes under the name.
  table: { tableLayout: "auto" },
  figure: { whiteSpace: "nowrap", textAlign: "end", width: "1%" },
  name: { display: "flex", flexDirection: "column", paddingBlock: tokens.spacingVerticalXXS, overflowWrap: "anywhere", minWidth: 0 },
  detail: { color: tokens.colorNeutralForeground3 },
});

export interface ScenarioTableProps {
  readonly comparison: ScenarioComparison;
  readonly strings: Strings;
  readonly language: Language;
  readonly labelledBy: string;
}

/**
 * The Scenarios sheet's comparison in the Results view: the base plan, then each scenario's expected
 * profit and fill rate, with what it changes and what the base plan earns if it happens (and what not
 * preparing for it costs) under its name.
 */
export function ScenarioTable({ comparison, strings, language, labelledBy }: ScenarioTableProps) {
  const styles = useStyles();
  const fill = (x: number | null): string => (x === null ? "–" : formatPercent(x, language));
  const base = comparison.base;
  return (
    <Table {...testId("scenario-table")} size="small" className={styles.table} aria-labelledby={labelledBy}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{strings.colScenario}</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>{strings.colExpectedProfit}</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>{strings.colFillRate}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        <TableRow {...testId("scenario-row")}>
          <TableCell>
            <span className={styles.name}>
              <span>{strings.scenarioBase}</span>
              <Caption1 className={styles.detail}>{strings.scenarioBaseHint}</Caption1>
            </span>
          </TableCell>
          <TableCell className={styles.figure}>{formatUsd(base.expectedProfitUsd, language)}</TableCell>
          <TableCell className={styles.figure}>{fill(base.expectedFillRate)}</TableCell>
        </TableRow>
        {comparison.scenarios.map((r) => {
          const under = r.basePlanIfItHappens.expectedProfitUsd;
          return (
            <TableRow key={r.scenario.name} {...testId("scenario-row")}>
              <TableCell>
                <span className={styles.name}>
                  <span>{r.scenario.name}</span>
                  <Caption1 className={styles.detail}>{scenarioChanges(r.scenario, language === "zh" ? "zh-CN" : "en")}</Caption1>
                  <Caption1 className={styles.detail}>
                    {strings.scenarioBaseIfItHappens}: <Keep>{formatUsd(under, language)}</Keep>
                    {language === "zh" ? "" : " "}
                    {format(strings.scenarioNotPreparing, { cost: formatUsd(r.figures.expectedProfitUsd - under, language) })}
                  </Caption1>
                </span>
              </TableCell>
              <TableCell className={styles.figure}>{formatUsd(r.figures.expectedProfitUsd, language)}</TableCell>
              <TableCell className={styles.figure}>{fill(r.figures.expectedFillRate)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
