/**
 * The preview's workbook side: a title bar (what data this is, the scenarios),
 * the active sheet's grid and Excel-like sheet tabs (`grid-tab-<name>`). The
 * task pane is not part of this tree: it is its own bundle (taskpane.js) in
 * the page's `#container`, talking to the same MemoryWorkbook.
 */
import {
  FluentProvider, makeStyles, mergeClasses, tokens, webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useMemo } from "react";
import type { CellFormat } from "../../engine/plan/outputTable";
import { formatLookup, NO_FORMATS, type SheetFormats } from "../previewData";
import type { PreviewWorkbook } from "../previewWorkbook";
import { useWorkbookView } from "../useWorkbookView";
import { SheetGrid } from "./SheetGrid";

const useStyles = makeStyles({
  provider: {
    height: "100%",
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
  bar: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForegroundOnBrand,
    backgroundColor: tokens.colorBrandBackground,
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalXS,
  },
  brand: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  source: { fontSize: tokens.fontSizeBase200, opacity: 0.9 },
  spacer: { flexGrow: 1 },
  scenarios: { display: "flex", columnGap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200 },
  scenario: {
    color: tokens.colorNeutralForegroundOnBrand,
    textDecorationLine: "none",
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorBrandBackgroundHover },
  },
  current: { backgroundColor: tokens.colorBrandBackgroundPressed },
  formula: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    minHeight: "28px",
    padding: `0 ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  tableName: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  tabs: {
    display: "flex",
    alignItems: "stretch",
    overflowX: "auto",
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    minHeight: "32px",
  },
  tab: {
    border: "none",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalL}`,
    background: "transparent",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    whiteSpace: "nowrap",
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  activeTab: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: `inset 0 -3px 0 ${tokens.colorBrandStroke1}`,
  },
  ownedDot: {
    width: "8px",
    height: "8px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorPaletteGreenBackground3,
  },
  status: {
    marginLeft: "auto",
    alignSelf: "center",
    padding: `0 ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    whiteSpace: "nowrap",
  },
  message: {
    margin: tokens.spacingHorizontalXXL,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
  },
});

/** The scenario links of the title bar. */
const SCENARIO_LINKS: readonly { readonly label: string; readonly search: string }[] = [
  { label: "Demo seller", search: "?scenario=demo" },
  { label: "Bad units", search: "?scenario=bad-units" },
  { label: "No Sales sheet", search: "?scenario=no-sales" },
  { label: "1,000 SKUs × 365 days", search: "?scenario=synthetic&skus=1000&days=365" },
];

export interface PreviewAppProps {
  readonly book: PreviewWorkbook;
  /** Number formats of the input sheets, by name (lower case). */
  readonly formats: ReadonlyMap<string, SheetFormats>;
  /** Where the data came from. */
  readonly source: string;
  /** The query string of the current scenario, to mark its link. */
  readonly search: string;
}

/** Title bar, grid and sheet tabs. */
export function PreviewApp({ book, formats, source, search }: PreviewAppProps) {
  const styles = useStyles();
  const view = useWorkbookView(book, "Sales");
  const sheet = view.sheet;
  const lookup = useMemo(() => formatLookup((sheet && formats.get(sheet.name.toLowerCase())) ?? NO_FORMATS), [sheet, formats]);
  const formatAt = useCallback((row: number, column: number): CellFormat | null => lookup(row, column), [lookup]);
  const current = new URLSearchParams(search).get("scenario") ?? "demo";

  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <header className={styles.bar}>
        <span className={styles.brand}>PeakStock preview</span>
        <span className={styles.source} data-testid="preview-source">{source}</span>
        <span className={styles.spacer} />
        <nav className={styles.scenarios} aria-label="Scenarios">
          {SCENARIO_LINKS.map((link) => {
            const kind = new URLSearchParams(link.search).get("scenario");
            return (
              <a key={link.search} href={link.search} className={mergeClasses(styles.scenario, kind === current && styles.current)}>
                {link.label}
              </a>
            );
          })}
        </nav>
      </header>
      <div className={styles.formula}>
        {sheet?.table ? (
          <>
            <span className={styles.tableName}>{sheet.table.name}</span>
            <span>
              written by PeakStock · {sheet.table.rows.length.toLocaleString("en-US")} rows · headers in{" "}
              {sheet.table.language === "en" ? "English" : "Chinese"}
              {sheet.table.chartTitle ? ` · chart: ${sheet.table.chartTitle}` : ""}
            </span>
          </>
        ) : (
          <span>{sheet ? `${sheet.name}: your data (the task pane reads it; PeakStock never changes it)` : ""}</span>
        )}
      </div>
      {sheet ? <SheetGrid sheet={sheet} formatAt={formatAt} /> : <div className={styles.message}>The workbook has no sheets.</div>}
      <nav className={styles.tabs} aria-label="Sheets">
        {view.names.map((name) => {
          const active = sheet !== undefined && sheet.name === name;
          return (
            <button
              key={name}
              type="button"
              role="tab"
              aria-selected={active}
              data-testid={`grid-tab-${name}`}
              className={mergeClasses(styles.tab, active && styles.activeTab)}
              onClick={() => view.select(name)}
              title={view.owned.has(name) ? "Written by PeakStock" : undefined}
            >
              {view.owned.has(name) && <span className={styles.ownedDot} aria-hidden="true" />}
              {name}
            </button>
          );
        })}
        <span className={styles.status}>
          {sheet ? `${Math.max(0, sheet.values.length).toLocaleString("en-US")} rows × ${(sheet.values[0]?.length ?? 0).toLocaleString("en-US")} columns` : ""}
        </span>
      </nav>
    </FluentProvider>
  );
}

/** A full-height message in place of the grid (data that cannot be loaded, a bad query string). */
export function PreviewMessage({ title, detail }: { readonly title: string; readonly detail: string }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <header className={styles.bar}>
        <span className={styles.brand}>PeakStock preview</span>
      </header>
      <div className={styles.message} role="alert" data-testid="preview-error">
        <strong>{title}</strong>
        <div>{detail}</div>
      </div>
    </FluentProvider>
  );
}
