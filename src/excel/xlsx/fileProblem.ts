/**
 * What can be wrong with a workbook file PeakStock reads or writes, as data:
 * the .xlsx reader and the atomic save throw a {@link WorkbookFileError}
 * carrying one of these, and each edge words it once in the seller's language
 * (`fileMessages.ts`). No zip or XML jargon leaves this layer.
 */

/** Which part of the workbook a size problem is about, in words a seller knows. */
export type PartLabel =
  | { readonly kind: "sheet"; readonly sheet: string }
  | { readonly kind: "sharedText" }
  | { readonly kind: "styles" }
  | { readonly kind: "sheetList" }
  | { readonly kind: "other"; readonly part: string };

/** A problem reading the input workbook. */
export type InputProblem =
  | { readonly kind: "notFound" }
  | { readonly kind: "isFolder" }
  | { readonly kind: "noReadPermission" }
  | { readonly kind: "empty" }
  /** Text (a CSV export renamed, a report saved as .txt …) rather than a workbook. */
  | { readonly kind: "text"; readonly looksLike: "csv" | "text" }
  /** An Office file protected with a password (an OLE file holding EncryptedPackage). */
  | { readonly kind: "passwordProtected" }
  /** An Excel 97–2003 .xls file (an OLE file without encryption streams). */
  | { readonly kind: "oldXls" }
  /** Neither a zip, an Office file nor text. */
  | { readonly kind: "unknownFormat" }
  /** Starts like a zip but its directory is missing, cut short or inconsistent. */
  | { readonly kind: "damaged" }
  /** A zip without `xl/workbook.xml`. */
  | { readonly kind: "notWorkbook" }
  /** A zip in the 4 GB+ (ZIP64) form, or a file over the size PeakStock reads. */
  | { readonly kind: "hugeFile"; readonly bytes: number }
  /** Parts encrypted at the zip level. */
  | { readonly kind: "encryptedParts" }
  /** A compression method Excel never writes. */
  | { readonly kind: "unusualCompression" }
  /** A part whose declared unpacked size is beyond any real workbook. */
  | { readonly kind: "partTooLarge"; readonly part: PartLabel; readonly bytes: number }
  /** A part that unpacks to far more than any real workbook compresses to (a "zip bomb"). */
  | { readonly kind: "suspiciousCompression"; readonly part: PartLabel; readonly bytes: number; readonly packedBytes: number }
  /** The parts PeakStock reads would unpack to more than any real workbook in all. */
  | { readonly kind: "totalTooLarge"; readonly bytes: number }
  /** A part that unpacks to more bytes than the file declares, or fails its checksum. */
  | { readonly kind: "partDamaged"; readonly part: PartLabel }
  /** A sheet whose used cells span a block far larger than any real sheet (a stray value in column XFD …). */
  | { readonly kind: "sheetTooWide"; readonly sheet: string; readonly rows: number; readonly columns: number };

/** A problem saving the output workbook; `folder` is the folder of the output path. */
export type OutputProblem =
  | { readonly kind: "folderMissing"; readonly folder: string }
  | { readonly kind: "readOnly"; readonly folder: string }
  | { readonly kind: "diskFull" }
  | { readonly kind: "outputIsFolder" }
  | { readonly kind: "fileBusy" }
  | { readonly kind: "otherOutput"; readonly code: string };

export type FileProblem = InputProblem | OutputProblem;

/**
 * An error about a workbook file: `file` is the path as the user gave it,
 * `problem` what is wrong. The message is the English text; edges that speak
 * Chinese render `problem` with `fileProblemMessage`.
 */
export class WorkbookFileError extends Error {
  constructor(readonly file: string, readonly problem: FileProblem, message: string) {
    super(message);
    this.name = "WorkbookFileError";
  }
}
