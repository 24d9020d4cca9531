/**
 * writeTable and writeChart over Office.js: checks, then a new sheet built
 * under a temporary name (values and formats in chunks, the table, frozen
 * header, conditional formats, chart), swapped in for the old one at the end.
 */
import { columnLetter } from "../../engine/cells";
import type { OutputTable } from "../../engine/plan/outputTable";
import { columnWidth } from "../columnLayout";
import type { OutputLanguage } from "../workbookPort";
import { checkTableWrite, ownedTableName, sameSheetName, tableElsewhereMessage, userSheetMessage } from "../writeChecks";
import type { ExcelSteps } from "./excelSteps";
import { addHighlights } from "./highlightRules";
import { addLineChart } from "./lineChart";
import { replaceSheet } from "./sheetSwap";
import { excelRow, widthPoints } from "./tableCells";
import { findSheetInfo, freeName, isOwnedIn, loadInventory } from "./workbookInventory";
import { writeRowsInChunks } from "./writeRows";

/** The name a new output sheet is built under before it takes its own. */
export const TEMP_SHEET_NAME = "_PeakStock_new";

/** The style of PeakStock's tables, as in the .xlsx writer. */
export const TABLE_STYLE = "TableStyleMedium2";

export interface TableWrite {
  readonly sheetName: string;
  readonly table: OutputTable;
  readonly language: OutputLanguage;
  /** Title of a line chart drawn beside the table (writeChart), or none. */
  readonly chartTitle?: string;
  /** Most bytes per chunk of rows. */
  readonly limitBytes?: number;
}

/**
 * Writes `table` as the Excel table `PeakStock_<kind>` on `sheetName`, replacing
 * that sheet whole when PeakStock owns it. Refuses, before anything changes, a
 * bad table ({@link checkTableWrite}), a sheet the user made, and a table name
 * another sheet holds. Steps: 1 to look at the workbook, 1 to add the new sheet
 * (column widths, header row frozen), 1 per chunk of rows, 1 for the table,
 * conditional formats and chart, 1 to swap.
 * @throws Error with writeChecks' messages, or Excel's
 * @example await writeOwnedTable(steps, { sheetName: "Alerts", table: alerts, language: "en" }) // 5 syncs for a small table
 */
export async function writeOwnedTable(steps: ExcelSteps, write: TableWrite): Promise<void> {
  const { sheetName, table, language } = write;
  const headers = checkTableWrite(sheetName, table, language);
  const inventory = await loadInventory(steps);
  const existing = findSheetInfo(inventory, sheetName) ?? null;
  if (existing && !isOwnedIn(inventory, existing.name)) throw new Error(userSheetMessage(existing.name));
  const tableName = ownedTableName(table.kind);
  const other = inventory.tables.find((t) => sameSheetName(t.name, tableName) && !(existing && sameSheetName(t.sheet, existing.name)));
  if (other) throw new Error(tableElsewhereMessage(tableName, other.sheet, sheetName));

  const tempName = freeName(TEMP_SHEET_NAME, inventory.sheets.map((s) => s.name));
  // Table names are unique in a workbook: the new table takes its final name only once the old sheet is gone.
  const tempTable = freeName(`${tableName}_new`, inventory.tables.map((t) => t.name));
  const formats = table.columns.map((column) => column.format);
  const lastCell = `${columnLetter(headers.length - 1)}${table.rows.length + 1}`;

  await replaceSheet(steps, {
    finalName: sheetName,
    existing,
    tempName,
    activate: existing !== null && sameSheetName(inventory.activeSheet, existing.name),
    create: (sheet) => {
      formats.forEach((format, j) => {
        const chars = columnWidth(headers[j], table.rows.map((row) => row[j]), format);
        sheet.getRangeByIndexes(0, j, 1, 1).format.columnWidth = widthPoints(chars);
      });
      sheet.freezePanes.freezeRows(1);
    },
    build: async () => {
      await writeRowsInChunks(steps, {
        sheetName: tempName,
        firstRow: 0,
        count: table.rows.length + 1,
        width: headers.length,
        rowAt: (i) => excelRow(i === 0 ? headers : table.rows[i - 1], formats),
        limitBytes: write.limitBytes,
      });
      await steps.step(async (step) => {
        step.pauseForWrite();
        const sheet = step.context.workbook.worksheets.getItem(tempName);
        // A header-only range: Excel adds one blank data row under it.
        const excelTable = sheet.tables.add(`A1:${lastCell}`, true);
        excelTable.name = tempTable;
        excelTable.style = TABLE_STYLE;
        addHighlights(sheet, table);
        if (write.chartTitle !== undefined) addLineChart(sheet, table, headers, write.chartTitle);
        await step.sync();
      });
    },
    onSwap: (sheet) => {
      sheet.tables.getItem(tempTable).name = tableName;
    },
  });
}
