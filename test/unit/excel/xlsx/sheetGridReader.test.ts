/**
 * The streaming sheet reader on hand-written SpreadsheetML: every cell type of
 * ECMA-376 §18.18.11, escapes, merges, the 1904 date system, prefixes, cells
 * without addresses, and any split of the text into pieces.
 */
import fc from "fast-check";
import { SharedStringsReader } from "../../../../src/excel/xlsx/sharedStrings";
import { DATE_1904_OFFSET_DAYS, SheetGridReader, type SheetReadContext } from "../../../../src/excel/xlsx/sheetGridReader";

const CONTEXT: SheetReadContext = { sharedStrings: ["SKU", "A-1", ""], date1904: false, dateStyles: new Set() };

function read(xml: string, context: SheetReadContext = CONTEXT, pieces: number[] = []): unknown {
  const reader = new SheetGridReader(context);
  let at = 0;
  for (const cut of [...pieces].sort((a, b) => a - b)) {
    reader.write(xml.slice(at, cut));
    at = cut;
  }
  reader.write(xml.slice(at));
  const result = reader.finish(1_000_000);
  return "grid" in result ? result.grid : result;
}

const sheet = (rows: string, after = ""): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:F3"/><sheetData>${rows}</sheetData>${after}</worksheet>`;

const EVERY_TYPE = sheet(
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2.5</v></c><c r="C1" t="n"><v>-1E-3</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c><c r="F1" t="e"><v>#N/A</v></c></row>' +
  '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve"> a &amp; b_x000D_</t></is></c><c r="B2" t="str"><f>A1&amp;"!"</f><v>SKU!</v></c>' +
  '<c r="C2"><f>NA()</f></c><c r="D2" t="d"><v>2026-11-27T12:00:00</v></c><c r="E2" t="inlineStr"><is><r><rPr><b/></rPr><t>SKU-</t></r><r><t>1</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></is></c>' +
  '<c r="F2" t="s"><v>2</v></c></row>' +
  '<row r="4"><c r="B4"><f>B1*2</f><v>5</v></c><c r="C4" t="s"><v>1</v></c></row>',
);

describe("SheetGridReader", () => {
  it("reads every cell type as the plain value WorkbookPort.readSheet promises", () => {
    expect(read(EVERY_TYPE)).toEqual([
      ["SKU", 2.5, -0.001, true, false, "#N/A"],
      [" a & b\r", "SKU!", null, 46353.5, "SKU-1", null], // hand: 2026-11-27 = 46353, noon = .5; "" from the shared table is blank
      [null, null, null, null, null, null],
      [null, 5, "A-1", null, null, null],
    ]);
  });

  it("gives the same grid however the text is cut into pieces (property)", () => {
    const whole = read(EVERY_TYPE);
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: EVERY_TYPE.length }), { maxLength: 40 }), (cuts) => {
      expect(read(EVERY_TYPE, CONTEXT, cuts)).toEqual(whole);
    }), { numRuns: 200 });
    expect(read(EVERY_TYPE, CONTEXT, Array.from({ length: EVERY_TYPE.length }, (_, i) => i))).toEqual(whole); // one character at a time
  });

  it("blanks cells merged into another, keeping the merge's top-left value", () => {
    const xml = sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>7</v></c><c r="C1"><v>8</v></c></row><row r="2"><c r="A2"><v>9</v></c><c r="B2"><v>10</v></c></row>',
      '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>');
    expect(read(xml)).toEqual([["SKU", null, 8]]); // hand: B1, A2, B2 are inside A1:B2; row 2 is then blank and trimmed
  });

  it("moves date-formatted numbers of a 1904 workbook to the 1900 system, and only those", () => {
    const xml = sheet('<row r="1"><c r="A1" s="1"><v>44888</v></c><c r="B1" s="0"><v>44888</v></c><c r="C1" s="1" t="s"><v>1</v></c></row>');
    const context = { ...CONTEXT, date1904: true, dateStyles: new Set([1]) };
    expect(DATE_1904_OFFSET_DAYS).toBe(1462); // ECMA-376 §18.17.4.1: 1904-01-01 is 1900-system serial 1,462
    expect(read(xml, context)).toEqual([[46350, 44888, "A-1"]]); // hand: 44888 + 1462 = 46350 = 2026-11-24 (46353 is 2026-11-27)
  });

  it("reads prefixed SpreadsheetML and cells or rows without addresses", () => {
    const xml = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>1</x:v></x:c></x:row><x:row><x:c r="C2"><x:v>3</x:v></x:c><x:c><x:v>4</x:v></x:c></x:row>' +
      "</x:sheetData></x:worksheet>";
    expect(read(xml)).toEqual([["a", 1, null, null], [null, null, 3, 4]]);
  });

  it("skips comments, processing instructions and CDATA markup but keeps CDATA text", () => {
    const xml = sheet('<!-- a note --><row r="1"><?pi x?><c r="A1" t="inlineStr"><is><t><![CDATA[<b>&]]></t></is></c></row>');
    expect(read(xml)).toEqual([["<b>&"]]);
  });

  it("reports the extent instead of a grid when the used block is beyond the limit", () => {
    const reader = new SheetGridReader(CONTEXT);
    reader.write(sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'));
    expect(reader.finish(40_000_000)).toEqual({ tooLarge: { rows: 1_048_576, columns: 16_384 } });
  });
});

describe("SharedStringsReader", () => {
  it("joins rich text runs, leaves out phonetic guides, decodes entities and _xHHHH_ escapes", () => {
    const reader = new SharedStringsReader();
    const xml = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">' +
      "<si><t>plain</t></si><si><r><t>SKU-</t></r><r><rPr><i/></rPr><t xml:space=\"preserve\">1 </t></r></si>" +
      "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si><si><t>a&lt;b&#x4E2D;_x000D__x005F_x0041_</t></si><si><t/></si></sst>";
    for (const piece of xml.match(/[\s\S]{1,7}/g) ?? []) reader.write(piece);
    expect(reader.finish()).toEqual(["plain", "SKU-1 ", "東京", "a<b中\r_x0041_", ""]);
  });
});
