/**
 * A workbook in an .xlsx file: the command line's workbook. Node only (it
 * reads and writes files); the browser preview uses `memoryWorkbook.ts`.
 *
 * The file is handled at the package level (`xlsx/`): sheets are read as
 * streams, PeakStock writes only its own parts (its sheets and tables, its
 * styles appended, the hidden `_PeakStock` sheet, a few inserted lines of
 * workbook.xml, its relationships and content types), and every other part —
 * charts, pivot tables and caches, images, comments, data validation, defined
 * names, custom properties, the add-in's auto-open setting — is copied into
 * the saved file byte for byte, never unpacked.
 */
import type { Grid, OutputLanguage, OutputWrite, TableInfo, WorkbookPort } from "./workbookPort";
import { sameSheetName, SETTINGS_SHEET_NAME } from "./writeChecks";
import { saveAtomically } from "./xlsx/atomicSave";
import { dateStyleIndices } from "./xlsx/dateStyles";
import { fileError } from "./xlsx/fileMessages";
import { stageOutputs } from "./xlsx/outputStaging";
import { PackageEdit } from "./xlsx/packageEdit";
import { appendSheetPart } from "./xlsx/sheetAppend";
import { SharedStringsReader } from "./xlsx/sharedStrings";
import { SheetGridReader } from "./xlsx/sheetGridReader";
import { settingsSheetXml, storedTexts, type StoredTexts } from "./xlsx/settingsSheetXml";
import { readWorkbookFile } from "./xlsx/workbookFile";
import { partsToRead, readWorkbookModel, sheetTables, tableInfoOf, WORKBOOK_PART, type SheetRecord, type WorkbookModel } from "./xlsx/workbookModel";
import { XlsxPackage } from "./xlsx/xlsxPackage";
import { checkDeclaredSizes, ZIP_LIMITS } from "./xlsx/zipLimits";
import { writeZip, type ByteSink } from "./xlsx/zipWriter";

/**
 * Most cells a sheet's grid may span (rows × columns from A1 to the last used
 * cell): 40 million, twice a million rows of 20 columns. A stray value in
 * column XFD would otherwise ask for billions of blank cells.
 */
export const MAX_GRID_CELLS = 40_000_000;

/** {@link WorkbookPort} over an .xlsx package. */
export class XlsxWorkbook implements WorkbookPort {
  private model: WorkbookModel;
  private sharedStrings: string[] | null = null;
  private dateStyles: Set<number> | null = null;

  private constructor(private readonly pkg: XlsxPackage) {
    this.model = readWorkbookModel(pkg);
  }

  /**
   * Reads an .xlsx file (its table of contents; sheets are unpacked when read).
   * @throws WorkbookFileError naming the file and, in plain words, why it cannot be read
   */
  static async open(path: string): Promise<XlsxWorkbook> {
    return XlsxWorkbook.fromBytes(await readWorkbookFile(path), path);
  }

  /**
   * Reads an .xlsx file's bytes.
   * @param name what messages call the file (default "The workbook")
   * @throws WorkbookFileError when they are not a readable .xlsx workbook
   */
  static async fromBuffer(data: ArrayBuffer | Uint8Array, name = "The workbook"): Promise<XlsxWorkbook> {
    return XlsxWorkbook.fromBytes(data instanceof Uint8Array ? data : new Uint8Array(data), name);
  }

  private static fromBytes(bytes: Uint8Array, file: string): XlsxWorkbook {
    const pkg = XlsxPackage.fromBytes(bytes, file);
    const workbookEntry = pkg.sourceEntry(WORKBOOK_PART);
    if (workbookEntry && workbookEntry.uncompressedSize > ZIP_LIMITS.smallPartBytes) {
      throw fileError(file, { kind: "partTooLarge", part: { kind: "sheetList" }, bytes: workbookEntry.uncompressedSize });
    }
    const book = new XlsxWorkbook(pkg);
    const problem = checkDeclaredSizes(partsToRead(pkg, book.model));
    if (problem) throw fileError(file, problem);
    return book;
  }

  /** The workbook as .xlsx bytes, as {@link save} would write them. */
  async toBuffer(): Promise<Buffer> {
    const chunks: Uint8Array[] = [];
    const sink: ByteSink = { write: async (bytes) => void chunks.push(bytes) };
    await writeZip(sink, this.pkg.outputEntries());
    return Buffer.concat(chunks);
  }

  /**
   * Writes the workbook to `path` atomically (`atomicSave.ts`): a temporary
   * file in the same folder, flushed, renamed over `path`.
   * @throws WorkbookFileError naming `path` and the cause; `path` is then as it was
   */
  async save(path: string): Promise<void> {
    await saveAtomically(path, (sink) => writeZip(sink, this.pkg.outputEntries()));
  }

  private find(name: string): SheetRecord | undefined {
    return this.model.sheets.find((sheet) => sameSheetName(sheet.name, name));
  }

  async sheetNames(): Promise<string[]> {
    return this.model.sheets.map((sheet) => sheet.name).filter((name) => !sameSheetName(name, SETTINGS_SHEET_NAME));
  }

  private async sharedStringTable(): Promise<string[]> {
    if (this.sharedStrings) return this.sharedStrings;
    const part = this.model.sharedStringsPart;
    const reader = new SharedStringsReader();
    if (part !== null) await this.pkg.stream(part, { kind: "sharedText" }, (piece) => reader.write(piece));
    this.sharedStrings = reader.finish();
    return this.sharedStrings;
  }

  private dateStyleSet(): Set<number> {
    if (this.dateStyles) return this.dateStyles;
    const part = this.model.stylesPart;
    this.dateStyles = part === null ? new Set() : dateStyleIndices(this.pkg.text(part, { kind: "styles" }));
    return this.dateStyles;
  }

  async readSheet(name: string): Promise<Grid> {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`The workbook has no sheet named "${name}"`);
    if (sheet.part === null) return [];
    const sharedStrings = await this.sharedStringTable();
    const reader = new SheetGridReader({ sharedStrings, date1904: this.model.date1904, dateStyles: this.model.date1904 ? this.dateStyleSet() : new Set() });
    await this.pkg.stream(sheet.part, { kind: "sheet", sheet: sheet.name }, (piece) => reader.write(piece));
    const read = reader.finish(MAX_GRID_CELLS);
    if ("tooLarge" in read) throw fileError(this.pkg.file, { kind: "sheetTooWide", sheet: sheet.name, ...read.tooLarge });
    return read.grid;
  }

  async listTables(): Promise<TableInfo[]> {
    return this.model.sheets.flatMap((sheet) => sheetTables(this.pkg, sheet).map(tableInfoOf));
  }

  private async storedTexts(): Promise<StoredTexts> {
    const sheet = this.find(SETTINGS_SHEET_NAME);
    return sheet ? storedTexts(await this.readSheet(sheet.name)) : { settings: null, ownership: null };
  }

  /** Stages the `_PeakStock` sheet holding `texts`: its part rewritten, or a very hidden sheet appended. */
  private stageStoredTexts(edit: PackageEdit, texts: StoredTexts): void {
    const sheet = this.find(SETTINGS_SHEET_NAME);
    if (sheet?.part) edit.setText(sheet.part, settingsSheetXml(texts));
    else appendSheetPart(edit, SETTINGS_SHEET_NAME, "veryHidden", [settingsSheetXml(texts)]);
  }

  /** Packs the edit and applies it at once; the workbook's map is read again. */
  private async commit(edit: PackageEdit): Promise<void> {
    const changes = await edit.pack();
    this.pkg.commit(changes);
    this.model = readWorkbookModel(this.pkg);
    this.dateStyles = null;
  }

  /**
   * Writes every output (see {@link WorkbookPort.writeOutputs}) into the
   * package held in memory; the file changes only at {@link save}. All parts
   * are built and packed first, then swapped in at once, so a failure leaves
   * the workbook as it was. Charts (the pane's chart, the Charts sheet's) are
   * drawn as DrawingML chart parts (`xlsx/chartStaging.ts`).
   */
  async writeOutputs(writes: readonly OutputWrite[], language: OutputLanguage, ownership: string): Promise<void> {
    const edit = new PackageEdit(this.pkg);
    const texts = await this.storedTexts();
    await stageOutputs(edit, { pkg: this.pkg, model: this.model, tables: this.model.sheets.flatMap((s) => sheetTables(this.pkg, s)) }, writes, language);
    this.stageStoredTexts(edit, { settings: texts.settings, ownership });
    await this.commit(edit);
  }

  async loadOwnership(): Promise<string | null> {
    return (await this.storedTexts()).ownership;
  }

  /** The settings JSON from column A of the very hidden `_PeakStock` sheet, or null. */
  async loadSettings(): Promise<string | null> {
    return (await this.storedTexts()).settings;
  }

  /**
   * Stores the settings JSON in column A of the very hidden `_PeakStock` sheet
   * (pieces of at most 32,767 characters, Excel's limit per cell), keeping the
   * ownership registry in column B. A sheet, rather than document properties
   * (255 characters each in Excel) or Office.js settings (the command line
   * cannot reach them), is the store Office.js, Excel and this file all share.
   */
  async saveSettings(json: string): Promise<void> {
    const edit = new PackageEdit(this.pkg);
    const texts = await this.storedTexts();
    this.stageStoredTexts(edit, { settings: json, ownership: texts.ownership });
    await this.commit(edit);
  }
}
