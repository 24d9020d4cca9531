/**
 * The Watch sheet PeakStock writes: one row per watched SKU, what to do first at
 * the top, the advice in the workbook's language.
 */
import type { OutputCell, OutputColumn, OutputTable } from "../plan/outputTable";
import type { WatchReport } from "./watchFromSheets";
import { renderWatchNotes } from "./watchNotes";
import type { WatchStatus } from "./watchSku";

const col = (key: string, zh: string, format: OutputColumn["format"]): OutputColumn => ({ key, zh, format });

/** The Watch sheet's columns (headers in English, or Chinese with `zh-CN`). */
export const WATCH_COLUMNS: readonly OutputColumn[] = [
  col("SKU", "SKU", "text"), col("Name", "品名", "text"), col("Destination", "目的地", "text"), col("Status", "状态", "text"), col("AsOf", "截至日期", "date"),
  col("Sold", "实际销量", "integer"), col("Forecast", "预测销量", "integer"), col("Deviation", "偏差", "percent"),
  col("StockOutDays", "断货天数", "integer"), col("StockNow", "当前库存", "integer"), col("RunsOutOn", "预计断货日", "date"),
  col("ShortUnits", "缺货数量", "integer"), col("ReorderQty", "建议补货数量", "integer"), col("Lane", "物流渠道", "text"),
  col("ReadyOn", "生产完成日", "date"), col("SellableBy", "最晚可售日", "date"), col("InTime", "是否及时", "text"),
  col("Freight", "运费", "currency"), col("Saves", "可挽回利润", "currency"), col("Leftover", "活动后剩余", "integer"), col("Advice", "建议", "text"),
];

/** The Status cell in each language. */
export const STATUS_TEXT: Readonly<Record<"en" | "zh", Readonly<Record<WatchStatus, string>>>> = {
  en: { STOCKOUT: "STOCKOUT", REORDER: "REORDER", SHORT: "SHORT", SLOW: "SLOW", HOT: "HOT", OK: "OK" },
  zh: { STOCKOUT: "断货", REORDER: "补货", SHORT: "缺货", SLOW: "滞销", HOT: "热销", OK: "正常" },
};

const r1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * The Watch table of a report: SKU, name, destination (blank for a one-destination book, as the Plan's), status, the day the data runs to, sold and forecast on the
 * days in stock, deviation, stock-out days, stock now, projected stock-out, shortfall, the re-order
 * (units, lane, ready and sellable days, in time or late, freight, what a late one saves), leftover and
 * the advice in `language`. Stock-outs and re-orders are highlighted red, short and slow amber.
 * @example watchTable(report, "zh-CN").rows[0][2] // "断货"
 */
export function watchTable(report: WatchReport, language = "en"): OutputTable {
  const zh = language.toLowerCase().startsWith("zh");
  const words = STATUS_TEXT[zh ? "zh" : "en"];
  const yes = zh ? "是" : "yes";
  const no = zh ? "否" : "no";
  const rows: OutputCell[][] = report.rows.map((r) => {
    const c = r.reorder;
    const option = c.kind === "inTime" || c.kind === "late" ? c.option : null;
    return [
      r.sku, r.name, r.destination, words[r.status], report.toSerial, Math.round(r.actualUnits), Math.round(r.forecastUnits), r.deviation === null ? null : r1(r.deviation * 100) / 100,
      r.stockOutDays, Math.round(r.stockNowUnits), r.stockOutDay, Math.round(r.shortUnits), option ? option.units : 0, option ? option.lane.name : null,
      option ? option.readyDay : null, option ? option.sellableDay : null, option ? (c.kind === "inTime" ? yes : no) : null,
      option ? Math.round(option.freightUsd * 100) / 100 : null, c.kind === "late" ? Math.round(c.option.savesUsd * 100) / 100 : null,
      Math.round(r.leftoverUnits), renderWatchNotes(r.notes, language),
    ];
  });
  return {
    kind: "Watch",
    columns: WATCH_COLUMNS,
    rows,
    highlights: [
      { column: "Status", equals: words.STOCKOUT, tone: "danger" },
      { column: "Status", equals: words.REORDER, tone: "danger" },
      { column: "Status", equals: words.SHORT, tone: "warning" },
      { column: "Status", equals: words.SLOW, tone: "warning" },
    ],
  };
}
