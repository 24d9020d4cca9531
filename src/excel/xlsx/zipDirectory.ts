/**
 * The table of contents of a zip file (an .xlsx is one): the end-of-central-
 * directory record and the central directory, read straight from the bytes
 * (APPNOTE.TXT 6.3, §4.3.12 and §4.3.16). Nothing is unpacked here.
 */

/** One file inside the zip, as its central directory record describes it. */
export interface ZipEntry {
  /** Path inside the zip, e.g. "xl/worksheets/sheet1.xml". */
  readonly name: string;
  /** General-purpose flags: bit 0 encrypted, bit 3 sizes in a data descriptor, bit 11 UTF-8 name. */
  readonly flags: number;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc32: number;
  /** Bytes of the packed data. */
  readonly compressedSize: number;
  /** Bytes once unpacked, as declared. */
  readonly uncompressedSize: number;
  /** Byte offset of the entry's local header in the file. */
  readonly localHeaderOffset: number;
  /** The central directory record as the file has it (46 bytes + name + extra field + comment). */
  readonly centralRecord: Uint8Array;
}

/** Why a zip's directory cannot be used, for the caller to word. */
export type ZipDirectoryProblem = "damaged" | "zip64" | "encrypted" | "method";

/** The directory, or the first problem found. */
export type ZipDirectoryResult =
  | { readonly ok: true; readonly entries: readonly ZipEntry[] }
  | { readonly ok: false; readonly problem: ZipDirectoryProblem };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
/** A zip comment holds at most 65,535 bytes, so the EOCD starts within this many bytes of the end. */
const EOCD_SEARCH = EOCD_SIZE + 0xffff;
const MAX32 = 0xffffffff;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Offset of the end-of-central-directory record, or −1. */
function findEocd(bytes: Uint8Array, dv: DataView): number {
  const lowest = Math.max(0, bytes.length - EOCD_SEARCH);
  for (let p = bytes.length - EOCD_SIZE; p >= lowest; p--) {
    if (bytes[p] === 0x50 && dv.getUint32(p, true) === EOCD_SIGNATURE && p + EOCD_SIZE + dv.getUint16(p + 20, true) <= bytes.length) return p;
  }
  return -1;
}

const latin1 = new TextDecoder("latin1");
const utf8 = new TextDecoder("utf-8");

/**
 * Reads the central directory of a zip held in `bytes`.
 * Refuses (as a problem, not a throw): a missing or cut-short directory
 * ("damaged"), the ZIP64 form for 4 GB+ files ("zip64"), encrypted entries
 * ("encrypted") and compression other than stored or deflate ("method").
 * @example readZipDirectory(xlsxBytes) // { ok: true, entries: [{ name: "[Content_Types].xml", … }, …] }
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectoryResult {
  const dv = view(bytes);
  const eocd = findEocd(bytes, dv);
  if (eocd < 0) return { ok: false, problem: "damaged" };
  const count = dv.getUint16(eocd + 10, true);
  const size = dv.getUint32(eocd + 12, true);
  const start = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || size === MAX32 || start === MAX32) return { ok: false, problem: "zip64" };
  if (start + size > eocd) return { ok: false, problem: "damaged" };
  const entries: ZipEntry[] = [];
  let p = start;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || dv.getUint32(p, true) !== CENTRAL_SIGNATURE) return { ok: false, problem: "damaged" };
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    const nameLength = dv.getUint16(p + 28, true);
    const recordLength = 46 + nameLength + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
    if (p + recordLength > eocd) return { ok: false, problem: "damaged" };
    const entry: ZipEntry = {
      name: ((flags & 0x800) !== 0 ? utf8 : latin1).decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags,
      method,
      crc32: dv.getUint32(p + 16, true),
      compressedSize: dv.getUint32(p + 20, true),
      uncompressedSize: dv.getUint32(p + 24, true),
      localHeaderOffset: dv.getUint32(p + 42, true),
      centralRecord: bytes.subarray(p, p + recordLength),
    };
    if (entry.compressedSize === MAX32 || entry.uncompressedSize === MAX32 || entry.localHeaderOffset === MAX32) return { ok: false, problem: "zip64" };
    if ((flags & 1) !== 0) return { ok: false, problem: "encrypted" };
    if (method !== 0 && method !== 8) return { ok: false, problem: "method" };
    if (entry.localHeaderOffset + 30 > start || entry.localHeaderOffset + entry.compressedSize > start) return { ok: false, problem: "damaged" };
    entries.push(entry);
    p += recordLength;
  }
  return { ok: true, entries };
}

/**
 * Where an entry's packed data starts and where its raw span (local header,
 * data and any data descriptor) ends, checked against the local header.
 * @returns null when the local header is missing or overruns the file
 */
export function entrySpan(bytes: Uint8Array, entry: ZipEntry): { dataStart: number; spanEnd: number } | null {
  const dv = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== LOCAL_SIGNATURE) return null;
  const dataStart = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  let spanEnd = dataStart + entry.compressedSize;
  if (spanEnd > bytes.length) return null;
  if ((entry.flags & 0x8) !== 0) {
    // Data descriptor: an optional signature, then CRC, packed and unpacked sizes (4 bytes each).
    spanEnd += spanEnd + 4 <= bytes.length && dv.getUint32(spanEnd, true) === 0x08074b50 ? 16 : 12;
    if (spanEnd > bytes.length) return null;
  }
  return { dataStart, spanEnd };
}
