/**
 * What a file that is not a readable .xlsx is instead, from its first bytes:
 * empty, text (a CSV renamed .xlsx), an OLE compound file (a password-
 * protected Office file or an old .xls, told apart by the streams in its
 * directory, MS-CFB §2.6), or something else.
 */
import type { InputProblem } from "./fileProblem";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const FREE_SECTOR = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** True when the file starts like a zip (local header "PK\3\4", or an empty zip's "PK\5\6"). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

/**
 * Names of the streams and storages in an OLE compound file's directory
 * (MS-CFB: header, FAT from the header's DIFAT and DIFAT sectors, then the
 * directory sector chain, 128 bytes per entry, names in UTF-16LE).
 * @returns the names, or null when the structure is cut short or inconsistent
 */
export function oleDirectoryNames(bytes: Uint8Array): string[] | null {
  if (!startsWith(bytes, OLE_SIGNATURE) || bytes.length < 512) return null;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = dv.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const sectorOffset = (n: number): number => (n + 1) * sectorSize;
  const readSector = (n: number): DataView | null => {
    const at = sectorOffset(n);
    return at + sectorSize <= bytes.length ? new DataView(bytes.buffer, bytes.byteOffset + at, sectorSize) : null;
  };
  // FAT sector numbers: 109 in the header, more in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(dv.getUint32(0x4c + 4 * i, true));
  let difat = dv.getUint32(0x44, true);
  for (let guard = 0; difat !== END_OF_CHAIN && difat !== FREE_SECTOR && guard < 10_000; guard++) {
    const sector = readSector(difat);
    if (!sector) return null;
    for (let i = 0; i < sectorSize / 4 - 1; i++) fatSectors.push(sector.getUint32(4 * i, true));
    difat = sector.getUint32(sectorSize - 4, true);
  }
  const fat: number[] = [];
  for (const n of fatSectors) {
    if (n === FREE_SECTOR || n === END_OF_CHAIN) continue;
    const sector = readSector(n);
    if (!sector) return null;
    for (let i = 0; i < sectorSize / 4; i++) fat.push(sector.getUint32(4 * i, true));
  }
  const names: string[] = [];
  const seen = new Set<number>();
  for (let n = dv.getUint32(0x30, true); n !== END_OF_CHAIN && n !== FREE_SECTOR; n = fat[n] ?? END_OF_CHAIN) {
    if (seen.has(n)) return null; // a loop in the chain
    seen.add(n);
    const sector = readSector(n);
    if (!sector) return null;
    for (let e = 0; e < sectorSize / 128; e++) {
      const length = Math.min(64, sector.getUint16(e * 128 + 0x40, true));
      if (length < 2) continue;
      let name = "";
      for (let k = 0; k < length / 2 - 1; k++) name += String.fromCharCode(sector.getUint16(e * 128 + 2 * k, true));
      names.push(name);
    }
  }
  return names;
}

/** True when the sample reads as text: no NUL bytes (or UTF-16 with a BOM) and few control characters. */
function isText(sample: Uint8Array): boolean {
  if (startsWith(sample, [0xff, 0xfe]) || startsWith(sample, [0xfe, 0xff])) return true;
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control <= sample.length / 100;
}

/** True when most of the first lines split on the same separator (comma, semicolon or tab) into the same number of fields (two or more). */
function isDelimited(text: string): boolean {
  const lines = text.split(/\r?\n/).slice(0, 20).filter((line) => line.trim() !== "");
  if (lines.length === 0) return false;
  return [",", ";", "\t"].some((sep) => {
    const counts = lines.map((line) => line.split(sep).length);
    return counts[0] >= 2 && counts.filter((c) => c === counts[0]).length >= Math.ceil(lines.length * 0.8);
  });
}

/**
 * What a file that is not a readable zip is, from its bytes.
 * @example sniffNonZip(new TextEncoder().encode("Date,SKU,Units\n2026-01-01,A,3\n")) // { kind: "text", looksLike: "csv" }
 */
export function sniffNonZip(bytes: Uint8Array): InputProblem {
  if (bytes.length === 0) return { kind: "empty" };
  if (startsWith(bytes, OLE_SIGNATURE)) {
    const names = oleDirectoryNames(bytes);
    if (names === null) return { kind: "damaged" };
    const encrypted = names.some((n) => n === "EncryptionInfo" || n === "EncryptedPackage");
    return encrypted ? { kind: "passwordProtected" } : { kind: "oldXls" };
  }
  const sample = bytes.subarray(0, 4096);
  if (isText(sample)) {
    const text = new TextDecoder(startsWith(sample, [0xff, 0xfe]) ? "utf-16le" : startsWith(sample, [0xfe, 0xff]) ? "utf-16be" : "utf-8").decode(sample);
    return { kind: "text", looksLike: isDelimited(text) ? "csv" : "text" };
  }
  return { kind: "unknownFormat" };
}
