/**
 * Zip files built byte by byte for tests (APPNOTE.TXT 6.3 §4.3), independent
 * of PeakStock's writer: stored or deflated entries, data descriptors, and
 * lies on purpose (declared sizes, flags, ZIP64 markers) for hostile files.
 */
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";

/** One entry to write. */
export interface TestEntry {
  readonly name: string;
  readonly data: Uint8Array | string;
  /** Default deflated. */
  readonly stored?: boolean;
  /** Sizes and CRC in a data descriptor after the data (flag bit 3), zeros in the local header. */
  readonly dataDescriptor?: boolean;
  /** Overrides of what the headers declare. */
  readonly declaredSize?: number;
  readonly flags?: number;
  readonly method?: number;
}

/** A zip of `entries`; `options.zip64Eocd` writes 0xFFFF entry counts as a ZIP64 writer does. */
export function zipBytes(entries: readonly TestEntry[], options: { zip64Eocd?: boolean; comment?: string } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : Buffer.from(e.data);
    const packed = e.stored ? raw : deflateRawSync(raw);
    const crc = crc32(raw);
    const size = e.declaredSize ?? raw.length;
    const flags = (e.flags ?? 0) | (e.dataDescriptor ? 0x8 : 0) | 0x800;
    const method = e.method ?? (e.stored ? 0 : 8);
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(e.dataDescriptor ? 0 : crc, 14);
    local.writeUInt32LE(e.dataDescriptor ? 0 : packed.length, 18);
    local.writeUInt32LE(e.dataDescriptor ? 0 : size, 22);
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(e.dataDescriptor ? 16 : 0);
    if (e.dataDescriptor) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(packed.length, 8);
      descriptor.writeUInt32LE(size, 12);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    const entryBytes = Buffer.concat([local, name, packed, descriptor]);
    locals.push(entryBytes);
    centrals.push(Buffer.concat([central, name]));
    offset += entryBytes.length;
  }
  const directory = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? "", "utf8");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64Eocd ? 0xffff : entries.length, 8);
  end.writeUInt16LE(options.zip64Eocd ? 0xffff : entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...locals, directory, end, comment]);
}

/** The smallest parts of an .xlsx with one sheet (named `sheet`) holding `sheetData` rows, plus `extra` parts. */
export function minimalXlsxEntries(sheetXml: string, extra: readonly TestEntry[] = [], sheet = "Sales"): TestEntry[] {
  return [
    { name: "[Content_Types].xml", data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>' },
    { name: "_rels/.rels", data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' },
    { name: "xl/workbook.xml", data: `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    { name: "xl/_rels/workbook.xml.rels", data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
    { name: "xl/worksheets/sheet1.xml", data: sheetXml },
    ...extra,
  ];
}

/** A worksheet part around `rows` (the inside of `<sheetData>`). */
export function worksheet(rows: string, after = ""): string {
  return `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${after}</worksheet>`;
}

/** Every entry of a zip, by name: unpacked bytes and the raw bytes from local header through the packed data (read independently of src/). */
export function unzipParts(zip: Buffer): Map<string, { data: Buffer; raw: Buffer; crc: number }> {
  const parts = new Map<string, { data: Buffer; raw: Buffer; crc: number }>();
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip");
  let p = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const packedSize = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const name = zip.subarray(p + 46, p + 46 + nameLength).toString("utf8");
    const local = zip.readUInt32LE(p + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const packed = zip.subarray(start, start + packedSize);
    const data = method === 0 ? Buffer.from(packed) : inflateRawSync(packed);
    if (crc32(data) !== crc) throw new Error(`CRC mismatch in ${name}`);
    parts.set(name, { data, raw: Buffer.from(zip.subarray(local, start + packedSize)), crc });
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return parts;
}

/** The text of one entry. */
export function partText(zip: Buffer, name: string): string {
  const part = unzipParts(zip).get(name);
  if (!part) throw new Error(`no part ${name}`);
  return part.data.toString("utf8");
}

/**
 * A zip rebuilt from another with some parts changed, added (`string`) or removed (`null`), order kept, additions last.
 * @example rezip(bytes, { "xl/calcChain.xml": "<calcChain …/>" })
 */
export function rezip(zip: Buffer, changes: Readonly<Record<string, string | null>>): Buffer {
  const entries: TestEntry[] = [];
  for (const [name, part] of unzipParts(zip)) {
    if (name in changes) {
      const change = changes[name];
      if (change !== null) entries.push({ name, data: change });
    } else entries.push({ name, data: part.data });
  }
  const present = new Set(entries.map((e) => e.name));
  for (const [name, change] of Object.entries(changes)) if (change !== null && !present.has(name) && !unzipParts(zip).has(name)) entries.push({ name, data: change });
  return zipBytes(entries);
}
