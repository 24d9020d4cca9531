/**
 * One sheet as a spreadsheet grid: column letters, row numbers, row 1 frozen,
 * numbers formatted as the sheet's formats say and PeakStock's highlights
 * (Alerts by severity) coloured. Rows are virtualised: only those in view (and
 * a few around them) are in the DOM, so a 40,000-row Sales sheet scrolls as
 * fast as a 60-row Plan. Cells carry `data-testid="grid-cell-<row>-<col>"`, 1-based.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { columnLetter } from "../../engine/cells";
import type { CellFormat, Highlight } from "../../engine/plan/outputTable";
import type { MemorySheet } from "../../excel/memoryWorkbook";
import { alignsRight, formatCell } from "../formatCell";

/** Pixel height of a row; rows are fixed-height so the grid can be virtualised. */
export const ROW_HEIGHT = 24;
const ROW_HEADER_WIDTH = 56;
/** Rows rendered above and below the visible ones. */
const OVERSCAN = 12;
/** Rows sampled to size columns (the header plus the first ones). */
const WIDTH_SAMPLE = 400;
/** Width of the empty columns drawn past the data, pixels. */
const FILLER_WIDTH = 80;

const useStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    minHeight: 0,
    overflow: "auto",
    position: "relative",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  cell: {
    height: `${ROW_HEIGHT}px`,
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    lineHeight: `${ROW_HEIGHT - 1}px`,
  },
  right: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  corner: {
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: 4,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  letter: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    textAlign: "center",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  rowNumber: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    textAlign: "center",
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  frozenNumber: { top: `${ROW_HEIGHT}px`, zIndex: 3 },
  frozen: {
    position: "sticky",
    top: `${ROW_HEIGHT}px`,
    zIndex: 2,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `2px solid ${tokens.colorNeutralStroke1}`,
  },
  tableHeader: {
    color: tokens.colorNeutralForegroundOnBrand,
    backgroundColor: tokens.colorBrandBackground,
    borderRight: `1px solid ${tokens.colorBrandStroke2}`,
  },
  stripe: { backgroundColor: tokens.colorNeutralBackground2 },
  fillerHeader: { backgroundColor: tokens.colorNeutralBackground1, fontWeight: tokens.fontWeightRegular, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  danger: { backgroundColor: tokens.colorPaletteRedBackground2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  success: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  empty: {
    padding: tokens.spacingHorizontalXXL,
    color: tokens.colorNeutralForeground3,
  },
});

export interface SheetGridProps {
  readonly sheet: MemorySheet;
  /** Format of an input sheet's cell (1-based); output tables use their own formats. */
  readonly formatAt: (row: number, column: number) => CellFormat | null;
}

/** The tone of each sheet row (0-based, so index i is grid row i + 1) that a highlight of the sheet's output table matches. */
function rowTones(sheet: MemorySheet): (Highlight["tone"] | undefined)[] {
  const table = sheet.table;
  if (!table || table.highlights.length === 0) return [];
  const tones: (Highlight["tone"] | undefined)[] = new Array(table.top + 1 + table.rows.length);
  for (const h of table.highlights) {
    const j = table.columns.findIndex((c) => c.key === h.column);
    if (j < 0) continue;
    table.rows.forEach((row, i) => {
      const at = table.top + 1 + i;
      if (tones[at] === undefined && row[j] === h.equals) tones[at] = h.tone;
    });
  }
  return tones;
}

/** Column widths in pixels that fit the header and a sample of the values as shown. */
function columnWidths(values: MemorySheet["values"], formatOf: (row: number, column: number) => CellFormat | null): number[] {
  const width = values[0]?.length ?? 0;
  const widths: number[] = [];
  for (let c = 1; c <= width; c++) {
    let chars = 4;
    for (let r = 1; r <= Math.min(values.length, WIDTH_SAMPLE); r++) {
      const text = formatCell(values[r - 1][c - 1], formatOf(r, c));
      let w = 0;
      for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
      chars = Math.max(chars, w + (r === 1 ? 1 : 0));
    }
    widths.push(Math.min(360, Math.max(64, Math.round(chars * 7.6 + 22))));
  }
  return widths;
}

/** The sheet's grid, virtualised by rows. */
export function SheetGrid({ sheet, formatAt }: SheetGridProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800, width: 1000 });
  const values = sheet.values;
  const table = sheet.table;

  // Cells of the output table take its formats (its header is text); the others, the sheet's.
  const formatOf = useCallback(
    (row: number, column: number): CellFormat | null => {
      if (!table) return formatAt(row, column);
      const r = row - 1 - table.top;
      const c = column - 1 - table.left;
      if (r < 0 || c < 0 || c >= table.formats.length || r > table.rows.length) return null;
      return r === 0 ? "text" : table.formats[c];
    },
    [table, formatAt],
  );
  const widths = useMemo(() => columnWidths(values, formatOf), [values, formatOf]);
  const tones = useMemo(() => rowTones(sheet), [sheet]);

  const measure = useCallback(() => {
    const el = scroller.current;
    if (el) setView({ top: el.scrollTop, height: el.clientHeight, width: el.clientWidth });
  }, []);
  useEffect(() => {
    measure();
    const el = scroller.current;
    if (!el) return undefined;
    const observer = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(measure);
    observer?.observe(el);
    return () => observer?.disconnect();
  }, [measure]);
  // A new sheet starts at its top.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    measure();
  }, [sheet.name, measure]);

  if (values.length === 0) {
    return <div className={styles.scroller}><div className={styles.empty}>This sheet is empty.</div></div>;
  }

  // Like a spreadsheet, empty rows and columns fill the window past the data.
  const dataWidth = ROW_HEADER_WIDTH + widths.reduce((a, b) => a + b, 0);
  const fillerColumns = Math.min(40, Math.max(0, Math.ceil((view.width - dataWidth) / FILLER_WIDTH)));
  const bodyRows = Math.max(values.length - 1, Math.ceil(view.height / ROW_HEIGHT));
  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(bodyRows, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);
  const columns = widths.length;
  const fillers = (key: string, className: string) =>
    Array.from({ length: fillerColumns }, (_, j) => <td key={`${key}${j}`} className={className} aria-hidden="true" />);

  const cell = (row: number, column: number, extra?: string) => {
    if (row > values.length) return <td key={column} className={styles.cell} />;
    const value = values[row - 1][column - 1];
    const text = formatCell(value, formatOf(row, column));
    return (
      <td
        key={column}
        data-testid={`grid-cell-${row}-${column}`}
        className={mergeClasses(styles.cell, row > 1 && alignsRight(value) && styles.right, extra)}
        title={text.length > 24 ? text : undefined}
      >
        {text}
      </td>
    );
  };

  const spacer = (height: number) => (
    <tr aria-hidden="true"><td colSpan={columns + 1 + fillerColumns} style={{ height, padding: 0, border: 0 }} /></tr>
  );
  const rows = [];
  for (let i = first; i < last; i++) {
    const row = i + 2;
    const tone = tones[row - 1];
    const toneClass = tone === "danger" ? styles.danger : tone === "warning" ? styles.warning : tone === "success" ? styles.success : undefined;
    const inData = row <= values.length;
    rows.push(
      <tr key={row} className={toneClass ?? (table && inData && i % 2 === 1 ? styles.stripe : undefined)}>
        <th scope="row" className={mergeClasses(styles.cell, styles.rowNumber)}>{row}</th>
        {Array.from({ length: columns }, (_, j) => cell(row, j + 1))}
        {fillers("f", styles.cell)}
      </tr>,
    );
  }

  return (
    <div ref={scroller} className={styles.scroller} onScroll={measure} data-testid="grid" data-sheet={sheet.name} data-rows={values.length}>
      <table className={styles.table} style={{ width: dataWidth + fillerColumns * FILLER_WIDTH }}>
        <colgroup>
          <col style={{ width: ROW_HEADER_WIDTH }} />
          {widths.map((w, j) => <col key={j} style={{ width: w }} />)}
          {Array.from({ length: fillerColumns }, (_, j) => <col key={`f${j}`} style={{ width: FILLER_WIDTH }} />)}
        </colgroup>
        <thead>
          <tr>
            <th className={mergeClasses(styles.cell, styles.corner)} aria-hidden="true" />
            {Array.from({ length: columns + fillerColumns }, (_, j) => (
              <th key={j} scope="col" className={mergeClasses(styles.cell, styles.letter)}>{columnLetter(j)}</th>
            ))}
          </tr>
          <tr>
            <th scope="row" className={mergeClasses(styles.cell, styles.rowNumber, styles.frozen, styles.frozenNumber)}>1</th>
            {Array.from({ length: columns }, (_, j) => cell(1, j + 1, mergeClasses(styles.frozen, table ? styles.tableHeader : undefined)))}
            {fillers("h", mergeClasses(styles.cell, styles.frozen, styles.fillerHeader))}
          </tr>
        </thead>
        <tbody>
          {first > 0 && spacer(first * ROW_HEIGHT)}
          {rows}
          {last < bodyRows && spacer((bodyRows - last) * ROW_HEIGHT)}
        </tbody>
      </table>
    </div>
  );
}
