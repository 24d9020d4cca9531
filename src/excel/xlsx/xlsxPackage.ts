/**
 * An .xlsx package as PeakStock holds it: the file's bytes and zip directory,
 * plus the parts PeakStock has written (deflated, waiting for the save). A
 * part is read from whichever is current; changes arrive in one
 * {@link XlsxPackage.commit}, all or nothing; the save copies every untouched
 * entry raw (`zipWriter.ts`).
 */
import { fileError } from "./fileMessages";
import type { InputProblem, PartLabel } from "./fileProblem";
import { looksLikeZip, sniffNonZip } from "./fileSniff";
import type { PackedPart } from "./packedPart";
import { partKey } from "./partPaths";
import { entrySpan, readZipDirectory, type ZipEntry } from "./zipDirectory";
import { inflateEntry, inflateEntrySync } from "./zipInflate";
import { ZIP_LIMITS } from "./zipLimits";
import type { OutputEntry } from "./zipWriter";

/** A change to one part: new content, or null to remove it. */
export type PartChange = { readonly name: string; readonly part: PackedPart } | null;

/** The text decoder for a part's bytes: UTF-8, or UTF-16 when it starts with a byte order mark. */
function decoderFor(first: Uint8Array): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder("utf-16le");
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder("utf-16be");
  return new TextDecoder("utf-8");
}

/** A zip entry standing for a part PeakStock packed, so both kinds unpack the same way. */
function entryOf(name: string, part: PackedPart): ZipEntry {
  return { name, flags: 0, method: 8, crc32: part.crc32, compressedSize: part.compressedSize, uncompressedSize: part.size, localHeaderOffset: 0, centralRecord: new Uint8Array(0) };
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

/** The package of one .xlsx file. */
export class XlsxPackage {
  private readonly source = new Map<string, ZipEntry>();
  private readonly written = new Map<string, { name: string; part: PackedPart }>();
  private readonly removed = new Set<string>();
  private readonly addedOrder: string[] = [];

  private constructor(readonly file: string, private readonly bytes: Uint8Array, private readonly entries: readonly ZipEntry[]) {
    for (const e of entries) this.source.set(partKey(e.name), e);
  }

  /**
   * The package in `bytes`.
   * @param file the path or name used in messages
   * @throws WorkbookFileError when the bytes are not a readable .xlsx package
   */
  static fromBytes(bytes: Uint8Array, file: string): XlsxPackage {
    if (!looksLikeZip(bytes)) throw fileError(file, sniffNonZip(bytes));
    const directory = readZipDirectory(bytes);
    if (!directory.ok) {
      const problem: InputProblem = directory.problem === "zip64" ? { kind: "hugeFile", bytes: bytes.length }
        : directory.problem === "encrypted" ? { kind: "encryptedParts" }
        : directory.problem === "method" ? { kind: "unusualCompression" }
        : { kind: "damaged" };
      throw fileError(file, problem);
    }
    for (const e of directory.entries) if (!entrySpan(bytes, e)) throw fileError(file, { kind: "damaged" });
    const pkg = new XlsxPackage(file, bytes, directory.entries);
    if (!pkg.has("[Content_Types].xml") || !pkg.has("xl/workbook.xml")) throw fileError(file, { kind: "notWorkbook" });
    return pkg;
  }

  /** True when the part exists now. */
  has(name: string): boolean {
    const key = partKey(name);
    return this.written.has(key) || (this.source.has(key) && !this.removed.has(key));
  }

  /** The source zip entry of a part not written by PeakStock (for size checks), or undefined. */
  sourceEntry(name: string): ZipEntry | undefined {
    const key = partKey(name);
    return this.written.has(key) || this.removed.has(key) ? undefined : this.source.get(key);
  }

  /** The names of every part now, in output order. */
  partNames(): string[] {
    const names = this.entries.filter((e) => !this.removed.has(partKey(e.name))).map((e) => this.written.get(partKey(e.name))?.name ?? e.name);
    return [...names, ...this.addedOrder.map((key) => (this.written.get(key) as { name: string }).name)];
  }

  private current(name: string): { entry: ZipEntry; packed: Uint8Array } {
    const key = partKey(name);
    const mine = this.written.get(key);
    if (mine) return { entry: entryOf(mine.name, mine.part), packed: concat(mine.part.chunks, mine.part.compressedSize) };
    const entry = this.removed.has(key) ? undefined : this.source.get(key);
    if (!entry) throw new Error(`The workbook has no part ${name}`);
    const span = entrySpan(this.bytes, entry) as { dataStart: number };
    return { entry, packed: this.bytes.subarray(span.dataStart, span.dataStart + entry.compressedSize) };
  }

  /**
   * A small part's text, whole (workbook, relationships, styles, tables).
   * @throws WorkbookFileError naming `label` when the part declares more than
   * the small-part limit, is damaged, or is larger than declared
   */
  text(name: string, label: PartLabel): string {
    const { entry, packed } = this.current(name);
    if (entry.uncompressedSize > ZIP_LIMITS.smallPartBytes) throw fileError(this.file, { kind: "partTooLarge", part: label, bytes: entry.uncompressedSize });
    const data = inflateEntrySync(entry, packed);
    if (typeof data === "string") throw fileError(this.file, { kind: "partDamaged", part: label });
    return decoderFor(data).decode(data);
  }

  /**
   * Streams a part's text to `onText` in pieces (sheets, shared strings).
   * @throws WorkbookFileError naming `label` when the part is damaged or larger than declared
   */
  async stream(name: string, label: PartLabel, onText: (piece: string) => void): Promise<void> {
    const { entry, packed } = this.current(name);
    let decoder: TextDecoder | null = null;
    const problem = await inflateEntry(entry, packed, (chunk) => {
      decoder ??= decoderFor(chunk);
      onText(decoder.decode(chunk, { stream: true }));
    });
    if (problem !== null) throw fileError(this.file, { kind: "partDamaged", part: label });
    if (decoder) onText((decoder as TextDecoder).decode());
  }

  /** Applies every change at once: new or replaced parts, and removals (null). */
  commit(changes: ReadonlyMap<string, PartChange>): void {
    for (const [name, change] of changes) {
      const key = partKey(name);
      if (change === null) {
        this.written.delete(key);
        this.removed.add(key);
        const i = this.addedOrder.indexOf(key);
        if (i >= 0) this.addedOrder.splice(i, 1);
        continue;
      }
      if (!this.source.has(key) && !this.written.has(key)) this.addedOrder.push(key);
      this.removed.delete(key);
      this.written.set(key, change);
    }
  }

  /** The entries of the package as it would be saved, in order: source entries copied or replaced, then new ones. */
  outputEntries(): OutputEntry[] {
    const out: OutputEntry[] = [];
    for (const entry of this.entries) {
      const key = partKey(entry.name);
      if (this.removed.has(key)) continue;
      const mine = this.written.get(key);
      if (mine) out.push({ kind: "new", name: entry.name, part: mine.part });
      else {
        const span = entrySpan(this.bytes, entry) as { spanEnd: number };
        out.push({ kind: "copy", entry, span: this.bytes.subarray(entry.localHeaderOffset, span.spanEnd) });
      }
    }
    for (const key of this.addedOrder) {
      const mine = this.written.get(key) as { name: string; part: PackedPart };
      out.push({ kind: "new", name: mine.name, part: mine.part });
    }
    return out;
  }
}
