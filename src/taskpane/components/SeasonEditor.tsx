import { Button, Caption1, Subtitle2, makeStyles, tokens, useId } from "@fluentui/react-components";
import { format, type Strings } from "../i18n";
import type { SeasonColumn, SeasonRow } from "../planForm";
import { testId } from "../testHooks";
import type { SeasonFieldProblem } from "../validateSeason";
import { TextField } from "./TextField";

const useStyles = makeStyles({
  season: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  flush: { margin: 0 },
  card: {
    display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, minWidth: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  pair: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 140px), 1fr))", alignItems: "start", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", justifyContent: "flex-end" },
  add: { alignSelf: "flex-start" },
});

export interface SeasonEditorProps {
  readonly rows: readonly SeasonRow[];
  readonly problems: readonly SeasonFieldProblem[];
  readonly strings: Strings;
  readonly onChange: (key: number, column: SeasonColumn, value: string) => void;
  readonly onAdd: () => void;
  readonly onRemove: (key: number) => void;
}

/** The Event step's further events of the season (issue 12 §1): name, first and last day and past first days each, added and removed here; none = the Events sheet's. */
export function SeasonEditor({ rows, problems, strings, onChange, onAdd, onRemove }: SeasonEditorProps) {
  const styles = useStyles();
  const title = useId("season");
  const messageAt = (key: number, column: SeasonColumn) => {
    const p = problems.find((x) => x.seasonKey === key && x.column === column);
    return p ? { ...p.message, severity: "error" as const } : undefined;
  };
  return (
    <section className={styles.season} aria-labelledby={title} {...testId("season-editor")}>
      <Subtitle2 as="h3" id={title} className={styles.flush}>{strings.seasonEditorTitle}</Subtitle2>
      <Caption1 as="p" {...testId("season-hint")} className={styles.flush}>{rows.length === 0 ? strings.seasonHint : strings.seasonEditorHint}</Caption1>
      {rows.map((r, i) => {
        const n = i + 1;
        const common = { strings };
        const set = (column: SeasonColumn) => (value: string) => onChange(r.key, column, value);
        return (
          <div key={r.key} role="group" aria-label={format(strings.seasonEventLabel, { n, name: r.name.trim() === "" ? "" : r.name.trim() })} className={styles.card} {...testId(`season-row-${n}`)}>
            <TextField {...common} suffix={`season-${n}-name`} required label={strings.eventName} value={r.name} onChange={set("name")} message={messageAt(r.key, "name")} />
            <div className={styles.pair}>
              <TextField {...common} suffix={`season-${n}-start`} type="date" required label={strings.eventStart} value={r.start} onChange={set("start")} message={messageAt(r.key, "start")} />
              <TextField {...common} suffix={`season-${n}-end`} type="date" required label={strings.eventEnd} value={r.end} onChange={set("end")} message={messageAt(r.key, "end")} />
            </div>
            <TextField {...common} suffix={`season-${n}-past-starts`} label={strings.eventPastStarts} hint={strings.pastStartsHint} value={r.pastStarts} onChange={set("pastStarts")} message={messageAt(r.key, "pastStarts")} />
            <div className={styles.actions}>
              <Button size="small" appearance="subtle" {...testId(`season-remove-${n}`)} onClick={() => onRemove(r.key)}>
                {format(strings.seasonRemove, { name: r.name.trim() === "" ? String(n) : r.name.trim() })}
              </Button>
            </div>
          </div>
        );
      })}
      <Button size="small" className={styles.add} {...testId("season-add")} onClick={onAdd}>{strings.seasonAdd}</Button>
    </section>
  );
}
