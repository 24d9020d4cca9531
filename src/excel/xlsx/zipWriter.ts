/**
 * Writes a zip file entry by entry to a sink: an entry PeakStock did not
 * change is copied raw — its local header, packed data and data descriptor
 * exactly as in the source, its central directory record too (only the
 * offset, which moves, is rewritten) — and a new or changed entry is written
 * from its deflated bytes. APPNOTE.TXT 6.3 §4.3.
 */
import type { PackedPart } from "./packedPart";
import type { ZipEntry } from "./zipDirectory";

/** Where the bytes go: a file (atomic save) or memory (`toBuffer`). */
export interface ByteSink {
  write(bytes: Uint8Array): Promise<void>;
}

/** One entry of the output, in order. */
export type OutputEntry =
  /** Copied raw: `span` is the local header through the data descriptor, as in the source. */
  | { readonly kind: "copy"; readonly entry: ZipEntry; readonly span: Uint8Array }
  | { readonly kind: "new"; readonly name: string; readonly part: PackedPart };

/** DOS date of 1980-01-01, time 00:00 (the zip epoch): new entries carry a fixed time, so output is reproducible. */
const DOS_DATE = 0x0021;
const encoder = new TextEncoder();

function header(size: number): { bytes: Uint8Array; dv: DataView } {
  const bytes = new Uint8Array(size);
  return { bytes, dv: new DataView(bytes.buffer) };
}

/** Writes the entries and the central directory. */
export async function writeZip(sink: ByteSink, entries: readonly OutputEntry[]): Promise<void> {
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    if (e.kind === "copy") {
      await sink.write(e.span);
      const record = new Uint8Array(e.entry.centralRecord);
      new DataView(record.buffer).setUint32(42, offset, true);
      central.push(record);
      offset += e.span.length;
      continue;
    }
    const name = encoder.encode(e.name);
    const utf8 = /[^\x20-\x7e]/.test(e.name) ? 0x800 : 0;
    const local = header(30 + name.length);
    local.dv.setUint32(0, 0x04034b50, true);
    local.dv.setUint16(4, 20, true); // version needed: 2.0 (deflate)
    local.dv.setUint16(6, utf8, true);
    local.dv.setUint16(8, 8, true); // deflated
    local.dv.setUint16(10, 0, true);
    local.dv.setUint16(12, DOS_DATE, true);
    local.dv.setUint32(14, e.part.crc32, true);
    local.dv.setUint32(18, e.part.compressedSize, true);
    local.dv.setUint32(22, e.part.size, true);
    local.dv.setUint16(26, name.length, true);
    local.bytes.set(name, 30);
    await sink.write(local.bytes);
    for (const chunk of e.part.chunks) await sink.write(chunk);

    const record = header(46 + name.length);
    record.dv.setUint32(0, 0x02014b50, true);
    record.dv.setUint16(4, 20, true); // made by: MS-DOS, 2.0
    record.dv.setUint16(6, 20, true);
    record.dv.setUint16(8, utf8, true);
    record.dv.setUint16(10, 8, true);
    record.dv.setUint16(14, DOS_DATE, true);
    record.dv.setUint32(16, e.part.crc32, true);
    record.dv.setUint32(20, e.part.compressedSize, true);
    record.dv.setUint32(24, e.part.size, true);
    record.dv.setUint16(28, name.length, true);
    record.dv.setUint32(42, offset, true);
    record.bytes.set(name, 46);
    central.push(record.bytes);
    offset += local.bytes.length + e.part.compressedSize;
  }
  const directoryStart = offset;
  let directorySize = 0;
  for (const record of central) {
    await sink.write(record);
    directorySize += record.length;
  }
  if (entries.length > 0xfffe || directoryStart + directorySize > 0xfffffffe) {
    throw new RangeError("the workbook would exceed 4 GB or 65,534 parts, beyond the zip form Excel reads without ZIP64");
  }
  const end = header(22);
  end.dv.setUint32(0, 0x06054b50, true);
  end.dv.setUint16(8, entries.length, true);
  end.dv.setUint16(10, entries.length, true);
  end.dv.setUint32(12, directorySize, true);
  end.dv.setUint32(16, directoryStart, true);
  await sink.write(end.bytes);
}
