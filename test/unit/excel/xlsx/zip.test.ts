/**
 * The zip layer: the directory reader, checked unpacking and the writer that
 * copies untouched entries raw. Zips come from test/helpers/zipBytes.ts, built
 * byte by byte with Node's zlib, independently of the code under test.
 */
import { randomBytes } from "node:crypto";
import { crc32 as nodeCrc32 } from "node:zlib";
import { crc32, portableCrc32 } from "../../../../src/excel/xlsx/crc32";
import { packText } from "../../../../src/excel/xlsx/packedPart";
import { entrySpan, readZipDirectory, type ZipEntry } from "../../../../src/excel/xlsx/zipDirectory";
import { inflateEntry, inflateEntrySync } from "../../../../src/excel/xlsx/zipInflate";
import { writeZip, type OutputEntry } from "../../../../src/excel/xlsx/zipWriter";
import { zipBytes } from "../../../helpers/zipBytes";


function directory(bytes: Uint8Array): ZipEntry[] {
  const read = readZipDirectory(bytes);
  if (!read.ok) throw new Error(`directory: ${read.problem}`);
  return [...read.entries];
}

function packedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const span = entrySpan(bytes, entry);
  if (!span) throw new Error("no span");
  return bytes.subarray(span.dataStart, span.dataStart + entry.compressedSize);
}

async function unpack(bytes: Uint8Array, entry: ZipEntry): Promise<{ data: string; problem: string | null; delivered: number }> {
  const chunks: Uint8Array[] = [];
  const problem = await inflateEntry(entry, packedData(bytes, entry), (c) => chunks.push(Buffer.from(c)));
  const all = Buffer.concat(chunks);
  return { data: all.toString("utf8"), problem, delivered: all.length };
}

async function memoryZip(entries: readonly OutputEntry[]): Promise<Buffer> {
  const out: Uint8Array[] = [];
  await writeZip({ write: async (b) => void out.push(Buffer.from(b)) }, entries);
  return Buffer.concat(out);
}

describe("crc32", () => {
  it("gives the standard check value for '123456789' (0xCBF43926, ISO 3309), native and portable", () => {
    const check = new TextEncoder().encode("123456789");
    expect(crc32(check)).toBe(0xcbf43926);
    expect(portableCrc32(check)).toBe(0xcbf43926);
  });

  it("continues across pieces and agrees with Node's zlib on random data", () => {
    const data = randomBytes(10_000);
    expect(portableCrc32(data.subarray(3000), portableCrc32(data.subarray(0, 3000)))).toBe(nodeCrc32(data));
    expect(crc32(data)).toBe(nodeCrc32(data));
  });
});

describe("readZipDirectory", () => {
  it("lists entries with names, methods and sizes, past a trailing zip comment", () => {
    const bytes = zipBytes([
      { name: "a.xml", data: "<a/>".repeat(100) },
      { name: "b/计划.xml", data: "plain", stored: true },
    ], { comment: "made by a test" });
    const entries = directory(bytes);
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([["a.xml", 8, 400], ["b/计划.xml", 0, 5]]);
    expect(entries[0].compressedSize).toBeLessThan(400);
  });

  it("refuses a cut-short file, the ZIP64 form, encrypted entries and unusual compression", () => {
    const good = zipBytes([{ name: "a.xml", data: "hello" }]);
    expect(readZipDirectory(good.subarray(0, good.length - 30))).toEqual({ ok: false, problem: "damaged" });
    expect(readZipDirectory(Buffer.from("PK\u0003\u0004 not really"))).toEqual({ ok: false, problem: "damaged" });
    expect(readZipDirectory(zipBytes([{ name: "a.xml", data: "x" }], { zip64Eocd: true }))).toEqual({ ok: false, problem: "zip64" });
    expect(readZipDirectory(zipBytes([{ name: "a.xml", data: "x", flags: 1 }]))).toEqual({ ok: false, problem: "encrypted" });
    expect(readZipDirectory(zipBytes([{ name: "a.xml", data: "x", method: 12 }]))).toEqual({ ok: false, problem: "method" });
  });
});

describe("inflateEntry", () => {
  it("unpacks stored and deflated entries, and entries with a data descriptor", async () => {
    const body = "<row>1</row>".repeat(50_000); // 600,000 bytes: several inflater chunks
    const bytes = zipBytes([{ name: "d.xml", data: body }, { name: "s.xml", data: "stored", stored: true }, { name: "dd.xml", data: body, dataDescriptor: true }]);
    const [d, s, dd] = directory(bytes);
    expect(await unpack(bytes, d)).toEqual({ data: body, problem: null, delivered: 600_000 });
    expect(await unpack(bytes, s)).toEqual({ data: "stored", problem: null, delivered: 6 });
    expect((await unpack(bytes, dd)).data).toBe(body);
    const span = entrySpan(bytes, dd);
    expect(span && span.spanEnd - span.dataStart).toBe(dd.compressedSize + 16); // hand: the descriptor with its signature is 4 × 4 bytes
  });

  it("stops at the declared size when the data unpacks to more (a lying header), delivering no more than declared", async () => {
    const body = "0".repeat(5_000_000); // packs to about 5 kB
    const bytes = zipBytes([{ name: "bomb.xml", data: body, declaredSize: 1000 }]);
    const [entry] = directory(bytes);
    const result = await unpack(bytes, entry);
    expect(result.problem).toBe("overrun");
    expect(result.delivered).toBeLessThanOrEqual(1000);
    expect(inflateEntrySync(entry, packedData(bytes, entry))).toBe("overrun");
  });

  it("reports a checksum mismatch or corrupt data as damaged", async () => {
    const bytes = zipBytes([{ name: "s.xml", data: "abcdef", stored: true }, { name: "d.xml", data: "x".repeat(1000) }]);
    const [s, d] = directory(bytes);
    const spoiled = Buffer.from(bytes);
    spoiled[(entrySpan(bytes, s)?.dataStart ?? 0) + 2] ^= 0xff; // one byte of the stored data
    expect((await unpack(spoiled, s)).problem).toBe("damaged");
    expect(inflateEntrySync(s, packedData(spoiled, s))).toBe("damaged");
    const garbage = Buffer.from(bytes);
    garbage.fill(0xff, entrySpan(bytes, d)?.dataStart ?? 0, (entrySpan(bytes, d)?.dataStart ?? 0) + d.compressedSize);
    expect((await unpack(garbage, d)).problem).toBe("damaged");
  });
});

describe("writeZip", () => {
  it("copies untouched entries byte for byte and writes new ones that read back with matching CRC", async () => {
    const source = zipBytes([
      { name: "keep/chart1.xml", data: "<c:chart/>".repeat(300) },
      { name: "keep/image1.png", data: randomBytes(2000), stored: true },
      { name: "keep/descriptor.xml", data: "<x/>".repeat(50), dataDescriptor: true },
      { name: "change.xml", data: "<old/>" },
    ]);
    const entries = directory(source);
    const span = (bytes: Uint8Array, e: ZipEntry): Buffer => Buffer.from(bytes.subarray(e.localHeaderOffset, entrySpan(bytes, e)?.spanEnd));
    const output: OutputEntry[] = [
      ...entries.slice(0, 3).map((entry): OutputEntry => ({ kind: "copy", entry, span: span(source, entry) })),
      { kind: "new", name: "change.xml", part: await packText(["<new>", "计划", "</new>"]) },
      { kind: "new", name: "xl/新.xml", part: await packText(["<b/>"]) },
    ];
    const written = await memoryZip(output);
    const again = directory(written);
    expect(again.map((e) => e.name)).toEqual(["keep/chart1.xml", "keep/image1.png", "keep/descriptor.xml", "change.xml", "xl/新.xml"]);
    for (let i = 0; i < 3; i++) {
      expect(span(written, again[i]).equals(span(source, entries[i]))).toBe(true); // local header, data and descriptor as in the source
      expect(Buffer.from(again[i].centralRecord.subarray(0, 42)).equals(Buffer.from(entries[i].centralRecord.subarray(0, 42)))).toBe(true);
    }
    expect(await unpack(written, again[3])).toEqual({ data: "<new>计划</new>", problem: null, delivered: 17 }); // hand: 5 + 6 (two CJK × 3 bytes) + 6
    expect(again[3].crc32).toBe(nodeCrc32(Buffer.from("<new>计划</new>")));
    expect((await unpack(written, again[4])).data).toBe("<b/>");
  });
});
