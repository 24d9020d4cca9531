/**
 * Every message about a workbook file PeakStock cannot read or save, in
 * English and Simplified Chinese, in one place: plain words about the seller's
 * file and what to do, never zip-library jargon or a stack trace.
 */
import { columnLetter } from "../../engine/cells";
import { WorkbookFileError, type FileProblem, type PartLabel } from "./fileProblem";

/** Languages the messages are written in ("zh…" → Chinese). */
export type MessageLanguage = string;

function isChinese(language: MessageLanguage): boolean {
  return language.toLowerCase().startsWith("zh");
}

/**
 * A byte count as a seller reads it: decimal units, one decimal place above 1 kB.
 * @example sizeText(9_800_000_000) // "9.8 GB"
 * @example sizeText(512) // "512 bytes"
 */
export function sizeText(bytes: number): string {
  const units: [number, string][] = [[1e12, "TB"], [1e9, "GB"], [1e6, "MB"], [1e3, "kB"]];
  for (const [size, unit] of units) if (bytes >= size) return `${(bytes / size).toFixed(1)} ${unit}`;
  return `${bytes} bytes`;
}

/** The A1 address of the last cell of a block of rows × columns from A1. */
function lastCell(rows: number, columns: number): string {
  return `${columnLetter(columns - 1)}${rows}`;
}

function cellCount(rows: number, columns: number): string {
  return (rows * columns).toLocaleString("en-US");
}

function partEn(part: PartLabel): string {
  switch (part.kind) {
    case "sheet": return `the sheet '${part.sheet}'`;
    case "sharedText": return "the workbook's shared text";
    case "styles": return "the workbook's styles";
    case "sheetList": return "the workbook's list of sheets";
    case "other": return `the part ${part.part}`;
  }
}

function partZh(part: PartLabel): string {
  switch (part.kind) {
    case "sheet": return `工作表“${part.sheet}”`;
    case "sharedText": return "工作簿的共享文本";
    case "styles": return "工作簿的样式";
    case "sheetList": return "工作簿的工作表列表";
    case "other": return `部件 ${part.part}`;
  }
}

function english(file: string, p: FileProblem): string {
  const stop = "PeakStock stops here.";
  switch (p.kind) {
    case "notFound": return `${file} does not exist; check the name and the folder.`;
    case "isFolder": return `${file} is a folder, not a workbook; give the path of an .xlsx file.`;
    case "noReadPermission": return `${file} cannot be read: permission denied. Check who may open it, or copy it to your own folder.`;
    case "empty": return `${file} is empty (0 bytes); it is not a workbook. Save the workbook from Excel again.`;
    case "text": return p.looksLike === "csv"
      ? `${file} looks like a CSV file, not an Excel workbook; open it in Excel and save it as .xlsx (Excel Workbook).`
      : `${file} looks like a text file, not an Excel workbook; open it in Excel and save it as .xlsx (Excel Workbook).`;
    case "passwordProtected": return `${file} is protected with a password; remove the password (File → Info → Protect Workbook) and try again.`;
    case "oldXls": return `${file} is an old Excel 97–2003 workbook (.xls); open it in Excel and save it as .xlsx (Excel Workbook).`;
    case "unknownFormat": return `${file} is not an Excel workbook (.xlsx); open it in Excel and save it as .xlsx (Excel Workbook).`;
    case "damaged": return `${file} is damaged or incomplete (it may not have finished copying or downloading); open it in Excel, which can often repair it, save it and try again.`;
    case "notWorkbook": return `${file} is a zip file but not an Excel workbook: it holds no workbook. Check that you chose the right file.`;
    case "hugeFile": return `${file} is ${sizeText(p.bytes)} or is stored in the form Excel uses only for files over 4 GB, far larger than any real workbook; ${stop}`;
    case "encryptedParts": return `${file} has encrypted parts; remove the password (File → Info → Protect Workbook) and try again.`;
    case "unusualCompression": return `${file} is compressed in a way Excel never uses; open it in Excel, save it and try again.`;
    case "partTooLarge": return `${file}: ${partEn(p.part)} would unpack to ${sizeText(p.bytes)}, far larger than any real workbook; ${stop}`;
    case "suspiciousCompression": return `${file}: ${partEn(p.part)} would unpack to ${sizeText(p.bytes)} from ${sizeText(p.packedBytes)}, far more than any real workbook compresses to; ${stop}`;
    case "totalTooLarge": return `${file}: its sheets would unpack to ${sizeText(p.bytes)} in all, far larger than any real workbook; ${stop}`;
    case "partDamaged": return `${file} is damaged: ${partEn(p.part)} does not match what the file says it holds; open it in Excel, save it and try again.`;
    case "sheetTooWide": return `${file}: the sheet '${p.sheet}' has values as far as ${lastCell(p.rows, p.columns)}, a block of ${cellCount(p.rows, p.columns)} cells; delete the stray values far to the right or below and try again.`;
    case "folderMissing": return `Cannot save ${file}: the folder ${p.folder} does not exist. Create it or choose another place with --out.`;
    case "readOnly": return `Cannot save ${file}: the folder ${p.folder} is read-only (no permission to write there). Choose another place with --out.`;
    case "diskFull": return `Cannot save ${file}: the disk is full. Free some space and try again; the input is unchanged.`;
    case "outputIsFolder": return `Cannot save ${file}: it is a folder. Give a file name ending in .xlsx.`;
    case "fileBusy": return `Cannot save ${file}: another program (Excel?) has it open. Close it there and try again.`;
    case "otherOutput": return `Cannot save ${file}: the system refused (${p.code}). The input is unchanged.`;
  }
}

function chinese(file: string, p: FileProblem): string {
  const stop = "PeakStock 已停止。";
  switch (p.kind) {
    case "notFound": return `${file} 不存在；请检查文件名和文件夹。`;
    case "isFolder": return `${file} 是文件夹，不是工作簿；请给出 .xlsx 文件的路径。`;
    case "noReadPermission": return `无法读取 ${file}：没有权限。请检查谁可以打开它，或把它复制到你自己的文件夹。`;
    case "empty": return `${file} 是空文件（0 字节），不是工作簿。请在 Excel 中重新保存工作簿。`;
    case "text": return p.looksLike === "csv"
      ? `${file} 看起来是 CSV 文件，不是 Excel 工作簿；请在 Excel 中打开并另存为 .xlsx（Excel 工作簿）。`
      : `${file} 看起来是文本文件，不是 Excel 工作簿；请在 Excel 中打开并另存为 .xlsx（Excel 工作簿）。`;
    case "passwordProtected": return `${file} 受密码保护；请先取消密码（文件 → 信息 → 保护工作簿）后再试。`;
    case "oldXls": return `${file} 是旧版 Excel 97–2003 工作簿（.xls）；请在 Excel 中打开并另存为 .xlsx（Excel 工作簿）。`;
    case "unknownFormat": return `${file} 不是 Excel 工作簿（.xlsx）；请在 Excel 中打开并另存为 .xlsx（Excel 工作簿）。`;
    case "damaged": return `${file} 已损坏或不完整（可能没有复制或下载完）；请在 Excel 中打开（Excel 常能修复），保存后再试。`;
    case "notWorkbook": return `${file} 是 zip 文件，但不是 Excel 工作簿：其中没有工作簿。请确认选对了文件。`;
    case "hugeFile": return `${file} 有 ${sizeText(p.bytes)}，或采用了 Excel 只用于 4 GB 以上文件的存储方式，远大于任何真实的工作簿；${stop}`;
    case "encryptedParts": return `${file} 含有加密的部分；请先取消密码（文件 → 信息 → 保护工作簿）后再试。`;
    case "unusualCompression": return `${file} 使用了 Excel 从不使用的压缩方式；请在 Excel 中打开，保存后再试。`;
    case "partTooLarge": return `${file}：${partZh(p.part)}解压后将有 ${sizeText(p.bytes)}，远大于任何真实的工作簿；${stop}`;
    case "suspiciousCompression": return `${file}：${partZh(p.part)}将从 ${sizeText(p.packedBytes)} 解压到 ${sizeText(p.bytes)}，远超真实工作簿的压缩比；${stop}`;
    case "totalTooLarge": return `${file}：各工作表解压后共有 ${sizeText(p.bytes)}，远大于任何真实的工作簿；${stop}`;
    case "partDamaged": return `${file} 已损坏：${partZh(p.part)}与文件记录的内容不符；请在 Excel 中打开，保存后再试。`;
    case "sheetTooWide": return `${file}：工作表“${p.sheet}”的数据一直延伸到 ${lastCell(p.rows, p.columns)}，共 ${cellCount(p.rows, p.columns)} 个单元格；请删除右侧或下方多余的数值后再试。`;
    case "folderMissing": return `无法保存 ${file}：文件夹 ${p.folder} 不存在。请先创建它，或用 --out 选择其他位置。`;
    case "readOnly": return `无法保存 ${file}：文件夹 ${p.folder} 是只读的（没有写入权限）。请用 --out 选择其他位置。`;
    case "diskFull": return `无法保存 ${file}：磁盘已满。请腾出空间后再试；输入文件没有改动。`;
    case "outputIsFolder": return `无法保存 ${file}：这是一个文件夹。请给出以 .xlsx 结尾的文件名。`;
    case "fileBusy": return `无法保存 ${file}：另一个程序（Excel？）正打开着它。请在那里关闭后再试。`;
    case "otherOutput": return `无法保存 ${file}：系统拒绝（${p.code}）。输入文件没有改动。`;
  }
}

/**
 * The message for `problem` with `file`, in `language` ("en", or "zh-CN" for Chinese).
 * @example fileProblemMessage("book.xlsx", { kind: "passwordProtected" }, "en")
 * // "book.xlsx is protected with a password; remove the password (File → Info → Protect Workbook) and try again."
 */
export function fileProblemMessage(file: string, problem: FileProblem, language: MessageLanguage): string {
  return isChinese(language) ? chinese(file, problem) : english(file, problem);
}

/** A {@link WorkbookFileError} for `problem`, its message in English. */
export function fileError(file: string, problem: FileProblem): WorkbookFileError {
  return new WorkbookFileError(file, problem, fileProblemMessage(file, problem, "en"));
}
