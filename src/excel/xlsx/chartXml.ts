/**
 * One chart part (`xl/charts/chartN.xml`, DrawingML charts, ECMA-376 Part 1
 * §21.2): a line chart over a block of a chart table's rows — its numeric
 * columns as series against its date column on a date axis — drawn as
 * `chartLayout.ts` says: lines for history, forecast and the 80 % band, the
 * event window as a band of gap-less columns behind them. Each series refers to
 * its cells on the sheet and carries a cache of their values, so Excel,
 * LibreOffice and file previewers draw it before any recalculation.
 */
import { columnLetter } from "../../engine/cells";
import type { OutputCell, OutputTable, TableChart } from "../../engine/plan/outputTable";
import { chartColumns, seriesLook, type SeriesLook } from "../chartLayout";
import { sheetRef } from "./printTitlesXml";
import { XML_DECLARATION } from "./newSheetXml";
import { escapeXml } from "./xmlEscape";

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** EMUs per point (DrawingML lengths). */
const EMU_PER_PT = 12700;
/** The axes' ids, shared by the band and the lines so both draw on one pair of axes. */
const DATE_AXIS = 500100;
const VALUE_AXIS = 500200;
/** Days between the date axis' labels (two weeks). */
const DATE_LABEL_DAYS = 14;

/** The chart table and where it is: its sheet, its header's top-left cell (zero-based) and its header texts. */
export interface ChartSource {
  readonly sheet: string;
  readonly table: OutputTable;
  readonly headers: readonly string[];
  readonly top: number;
  readonly left: number;
}

/** `'Sheet'!$C$5:$C$95`: a column's cells from zero-based sheet row `from` to `to`. */
function cellsRef(sheet: string, column: number, from: number, to: number): string {
  const c = columnLetter(column);
  return `${sheetRef(sheet)}!$${c}$${from + 1}:$${c}$${to + 1}`;
}

function numCache(values: readonly OutputCell[], formatCode: string): string {
  const points = values.flatMap((v, i) => (typeof v === "number" && Number.isFinite(v) ? [`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`] : []));
  return `<c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode><c:ptCount val="${values.length}"/>${points.join("")}</c:numCache>`;
}

function lineProperties(look: SeriesLook): string {
  if (look.kind === "band") return `<c:spPr><a:solidFill><a:srgbClr val="${look.color}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>`;
  const dash = look.dashed ? '<a:prstDash val="dash"/>' : "";
  return `<c:spPr><a:ln w="${Math.round(look.widthPt * EMU_PER_PT)}" cap="rnd"><a:solidFill><a:srgbClr val="${look.color}"/></a:solidFill>${dash}<a:round/></a:ln></c:spPr>`;
}

/**
 * The chart part's XML for `chart` over `source`.
 * @param language "zh-CN" tags the title's text as Chinese
 * @returns null when the table has nothing to draw (no date or numeric column)
 * @example chartXml({ sheet: "Charts", table, headers, top: 0, left: 0 }, { title: "KIT-01: …", firstRow: 0, rows: 120 }, "en") // '<?xml …><c:chartSpace …>'
 */
export function chartXml(source: ChartSource, chart: TableChart, language: string): string | null {
  const columns = chartColumns(source.table);
  if (columns === null) return null;
  const { sheet, table, headers, top, left } = source;
  const first = top + 1 + chart.firstRow;
  const last = first + chart.rows - 1;
  const rows = table.rows.slice(chart.firstRow, chart.firstRow + chart.rows);
  const categories = `<c:cat><c:numRef><c:f>${escapeXml(cellsRef(sheet, left + columns.date, first, last))}</c:f>${numCache(rows.map((r) => r[columns.date]), "yyyy-mm-dd")}</c:numRef></c:cat>`;
  const series = columns.series.map((j, i) => {
    const look = seriesLook(table.columns[j].key);
    const name = `<c:tx><c:strRef><c:f>${escapeXml(`${sheetRef(sheet)}!$${columnLetter(left + j)}$${top + 1}`)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(headers[j])}</c:v></c:pt></c:strCache></c:strRef></c:tx>`;
    const values = `<c:val><c:numRef><c:f>${escapeXml(cellsRef(sheet, left + j, first, last))}</c:f>${numCache(rows.map((r) => r[j]), "General")}</c:numRef></c:val>`;
    const head = `<c:idx val="${i}"/><c:order val="${i}"/>${name}${lineProperties(look)}`;
    return { look, xml: look.kind === "band" ? `<c:ser>${head}<c:invertIfNegative val="0"/>${categories}${values}</c:ser>` : `<c:ser>${head}<c:marker><c:symbol val="none"/></c:marker>${categories}${values}<c:smooth val="0"/></c:ser>` };
  });
  const bands = series.filter((s) => s.look.kind === "band").map((s) => s.xml).join("");
  const lines = series.filter((s) => s.look.kind === "line").map((s) => s.xml).join("");
  const axes = `<c:axId val="${DATE_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;
  // The band first, so the lines are drawn over it.
  const barChart = bands === "" ? "" : `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bands}<c:gapWidth val="0"/><c:overlap val="100"/>${axes}</c:barChart>`;
  const lineChart = lines === "" ? "" : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines}<c:marker val="1"/>${axes}</c:lineChart>`;
  const lang = language.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="${lang}" sz="1200" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const gridline = '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>';
  const dateAxis = `<c:dateAx><c:axId val="${DATE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="mm-dd" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="0"/><c:lblOffset val="100"/><c:baseTimeUnit val="days"/>` +
    `<c:majorUnit val="${DATE_LABEL_DAYS}"/><c:majorTimeUnit val="days"/></c:dateAx>`;
  const valueAxis = `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>${gridline}` +
    `<c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${DATE_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return `${XML_DECLARATION}<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${barChart}${lineChart}${dateAxis}${valueAxis}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>';
}
