/**
 * Size limits checked before PeakStock unpacks anything, so a decompression
 * bomb (a small file that unpacks to gigabytes) is refused at once instead of
 * after minutes and gigabytes. Only the parts PeakStock reads are checked:
 * images, charts and pivot caches are copied packed, never unpacked.
 *
 * Why these numbers:
 * - A sheet: 2 GiB unpacked. Excel's own grid is 1,048,576 rows; a sheet of a
 *   million rows × 6 columns (the largest Sales sheet PeakStock is measured on)
 *   is about 0.2 GB, and even 20 columns of long text stay under 1.5 GB.
 * - Shared strings: 512 MiB — a million distinct product titles of 200 characters.
 * - Styles, the sheet list, relationships, content types, tables: 64 MiB. Real
 *   styles parts bloated by years of copy-and-paste reach about 10–20 MB.
 * - All parts read, together: 4 GiB.
 * - Compression: real sheets pack about 8 : 1 (the demo workbook's Sales 8.3,
 *   the benchmark's 1,000,000-row sheet 7.6, its 5,000 × 730 sheet 8.5: see
 *   bench/cliSize.ts); even a sheet of zeros stays far below 200 : 1, because
 *   every cell carries its own address. Deflate cannot exceed 1,032 : 1. A
 *   part over 64 MiB unpacked that packs better than 200 : 1 is a bomb.
 * While unpacking, more bytes than declared stop the read (`zipInflate.ts`).
 */
import type { InputProblem, PartLabel } from "./fileProblem";
import type { ZipEntry } from "./zipDirectory";

const MiB = 1024 * 1024;

/** The limits, bytes; exported for tests and the benchmark's report. */
export const ZIP_LIMITS = {
  sheetBytes: 2048 * MiB,
  sharedStringsBytes: 512 * MiB,
  smallPartBytes: 64 * MiB,
  totalBytes: 4096 * MiB,
  /** Parts at least this large (unpacked) must not pack better than {@link ZIP_LIMITS.maxRatio}. */
  ratioCheckedFromBytes: 64 * MiB,
  maxRatio: 200,
} as const;

/** How PeakStock uses a part it reads, for its limit. */
export type ReadPartKind = "sheet" | "sharedStrings" | "small";

/** A part PeakStock may read: its entry, kind and words for messages. */
export interface ReadPart {
  readonly entry: ZipEntry;
  readonly kind: ReadPartKind;
  readonly label: PartLabel;
}

function limitOf(kind: ReadPartKind): number {
  return kind === "sheet" ? ZIP_LIMITS.sheetBytes : kind === "sharedStrings" ? ZIP_LIMITS.sharedStringsBytes : ZIP_LIMITS.smallPartBytes;
}

/**
 * The first size problem among the parts PeakStock may read, from their
 * declared sizes alone, or null.
 * @example checkDeclaredSizes([{ entry: { uncompressedSize: 9.8e9 … }, kind: "sheet", label: { kind: "sheet", sheet: "Sales" } }])
 * // { kind: "partTooLarge", part: { kind: "sheet", sheet: "Sales" }, bytes: 9800000000 }
 */
export function checkDeclaredSizes(parts: readonly ReadPart[]): InputProblem | null {
  let total = 0;
  for (const { entry, kind, label } of parts) {
    const bytes = entry.uncompressedSize;
    if (bytes > limitOf(kind)) return { kind: "partTooLarge", part: label, bytes };
    if (bytes >= ZIP_LIMITS.ratioCheckedFromBytes && bytes > ZIP_LIMITS.maxRatio * Math.max(1, entry.compressedSize)) {
      return { kind: "suspiciousCompression", part: label, bytes, packedBytes: entry.compressedSize };
    }
    total += bytes;
  }
  return total > ZIP_LIMITS.totalBytes ? { kind: "totalTooLarge", bytes: total } : null;
}
