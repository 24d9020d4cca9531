/**
 * The edits PeakStock makes to a workbook's own XML by inserting text:
 * styles appended at the end of their lists (indices kept, counts right,
 * idempotent), a sheet appended, calcPr set in schema order, relationships
 * and content types added or removed — every other byte as it was.
 */
import { addOverride, removeOverride } from "../../../../src/excel/xlsx/contentTypes";
import { dateStyleIndices, isDateFormat } from "../../../../src/excel/xlsx/dateStyles";
import { ensurePeakStockStyles, MINIMAL_STYLES } from "../../../../src/excel/xlsx/peakStockStyles";
import { relativeTarget, relsPathOf, resolveTarget } from "../../../../src/excel/xlsx/partPaths";
import { addRelationship, freeRelationshipId, parseRelationships } from "../../../../src/excel/xlsx/relationships";
import { appendSheet, parseWorkbookXml, setFullCalcOnLoad } from "../../../../src/excel/xlsx/workbookXml";
import { appendToList, findList } from "../../../../src/excel/xlsx/xmlList";
import { parseRange, rangeRef } from "../../../../src/excel/xlsx/cellAddress";

/** A styles part as LibreOffice writes one: custom formats, three cell formats, no dxfs list. */
const USER_STYLES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="General"/><numFmt numFmtId="170" formatCode="&quot;¥&quot;#,##0"/></numFmts>' +
  '<fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="164" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0"><alignment horizontal="right"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><extLst><ext uri="{x}"><x14:dxfs count="0"/></ext></extLst></styleSheet>';

describe("PeakStock's styles", () => {
  it("appends its formats after the user's, keeping every existing index, with the counts updated", () => {
    const { xml, styles } = ensurePeakStockStyles(USER_STYLES);
    expect(findList(xml, "numFmts")?.children.slice(0, 2)).toEqual(findList(USER_STYLES, "numFmts")?.children); // the user's formats first, unchanged
    const xfs = findList(xml, "cellXfs");
    expect(xfs?.children.slice(0, 3)).toEqual(findList(USER_STYLES, "cellXfs")?.children);
    expect(xml).toContain('<cellXfs count="12">'); // hand: 3 + text, integer, decimal, currency, date, percent + wrapped text + 2 turned headers
    expect(styles.cellStyle).toEqual({ text: 3, integer: 4, decimal: 5, currency: 6, date: 7, percent: 8 });
    expect(styles.wrapStyle).toBe(9);
    expect(styles.headerStyle).toEqual({ across: 0, upward: 10, stacked: 11 });
    expect(xfs?.children[11]).toBe('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="center" textRotation="255"/></xf>');
    expect(xfs?.children[9]).toBe('<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment wrapText="1"/></xf>');
    expect(xml).toContain('<numFmts count="5">'); // hand: 2 + $#,##0.00, yyyy-mm-dd, 0.0% (ids 171–173 after the user's 170)
    expect(xml).toContain('<numFmt numFmtId="171" formatCode="$#,##0.00"/><numFmt numFmtId="172" formatCode="yyyy-mm-dd"/><numFmt numFmtId="173" formatCode="0.0%"/>');
    expect(xml).toContain('<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'); // "@" is built in (49)
    expect(styles.highlightStyle).toEqual({ danger: 0, warning: 1, success: 2 });
    expect(xml.indexOf("<dxfs")).toBeLessThan(xml.indexOf("<extLst")); // a new list goes where the schema wants it
    expect(xml).toContain('<x14:dxfs count="0"/>'); // the extension's own list untouched
  });

  it("is idempotent: a second pass adds nothing", () => {
    const once = ensurePeakStockStyles(USER_STYLES);
    const twice = ensurePeakStockStyles(once.xml);
    expect(twice.xml).toBe(once.xml);
    expect(twice.styles).toEqual(once.styles);
  });

  it("reuses an equal entry Excel re-wrote in its own attribute order", () => {
    const { xml } = ensurePeakStockStyles(MINIMAL_STYLES);
    const rewritten = xml.replace(/<xf numFmtId="(\d+)" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"\/>/g, '<xf applyNumberFormat="1" xfId="0" borderId="0" fillId="0" fontId="0" numFmtId="$1"/>')
      .replace(/patternType="solid"/g, "");
    expect(rewritten).not.toBe(xml);
    expect(ensurePeakStockStyles(rewritten).xml).toBe(rewritten);
  });

  it("finds which cell styles show dates (for 1904 workbooks)", () => {
    expect([...dateStyleIndices(USER_STYLES)]).toEqual([1]); // built-in 14 is a date; "¥"#,##0 is not
    expect(isDateFormat("yyyy\"年\"m\"月\"d\"日\"")).toBe(true);
    expect(isDateFormat('[Red]#,##0 "days"')).toBe(false);
    expect(isDateFormat("General")).toBe(false);
    expect(isDateFormat("h:mm AM/PM")).toBe(true);
  });
});

describe("workbook.xml edits", () => {
  const WORKBOOK = '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<workbookPr date1904="true"/><sheets><sheet name="R&amp;D" sheetId="4" r:id="rId2"/><sheet name="Hidden" sheetId="7" state="hidden" r:id="rId1"/></sheets>' +
    '<definedNames><definedName name="Rate">Sales!$B$1</definedName></definedNames><pivotCaches><pivotCache cacheId="1" r:id="rId9"/></pivotCaches></workbook>';

  it("reads sheets in tab order with ids and states, and the 1904 date system", () => {
    expect(parseWorkbookXml(WORKBOOK)).toEqual({
      sheets: [{ name: "R&D", sheetId: 4, relId: "rId2", state: "visible" }, { name: "Hidden", sheetId: 7, relId: "rId1", state: "hidden" }],
      date1904: true,
    });
  });

  it("appends a sheet at the end of <sheets> and reads it back", () => {
    const xml = appendSheet(WORKBOOK, { name: "计划 <1>", sheetId: 8, relId: "rId10", state: "veryHidden" });
    expect(xml).toContain('<sheet name="计划 &lt;1&gt;" sheetId="8" state="veryHidden" r:id="rId10"/></sheets>');
    expect(parseWorkbookXml(xml).sheets[2]).toEqual({ name: "计划 <1>", sheetId: 8, relId: "rId10", state: "veryHidden" });
  });

  it("opens a <sheets> list in a workbook saved without one", () => {
    const empty = '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews/><calcPr calcId="1"/></workbook>';
    expect(appendSheet(empty, { name: "Plan", sheetId: 1, relId: "rId3", state: "visible" })).toBe(empty.replace("<calcPr", '<sheets><sheet name="Plan" sheetId="1" r:id="rId3"/></sheets><calcPr'));
  });

  it("inserts calcPr after definedNames and before pivotCaches, or sets the attribute on an existing one", () => {
    const added = setFullCalcOnLoad(WORKBOOK);
    expect(added).toContain('</definedNames><calcPr fullCalcOnLoad="1"/><pivotCaches>');
    expect(added.replace('<calcPr fullCalcOnLoad="1"/>', "")).toBe(WORKBOOK);
    expect(setFullCalcOnLoad('<workbook><calcPr calcId="191029" fullCalcOnLoad="0"/></workbook>')).toBe('<workbook><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>');
    expect(setFullCalcOnLoad(added)).toBe(added);
    expect(setFullCalcOnLoad("<x:workbook><x:sheets/></x:workbook>")).toBe('<x:workbook><x:sheets/><x:calcPr fullCalcOnLoad="1"/></x:workbook>');
  });
});

describe("relationships, content types and lists", () => {
  it("adds a relationship with a free id and parses it back", () => {
    const xml = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="t/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Type="t/hyperlink" Target="https://x" TargetMode="External"/></Relationships>';
    const id = freeRelationshipId(parseRelationships(xml));
    expect(id).toBe("rId8");
    const added = addRelationship(xml, { id, type: "t/table", target: "../tables/table1.xml" });
    expect(parseRelationships(added).map((r) => [r.id, r.target, r.external])).toEqual([["rId3", "worksheets/sheet1.xml", false], ["rId7", "https://x", true], ["rId8", "../tables/table1.xml", false]]);
    expect(addRelationship("<Relationships/>", { id: "rId1", type: "t", target: "a.xml" })).toBe('<Relationships><Relationship Id="rId1" Type="t" Target="a.xml"/></Relationships>');
  });

  it("resolves and writes relationship targets between parts", () => {
    expect(relsPathOf("xl/worksheets/sheet3.xml")).toBe("xl/worksheets/_rels/sheet3.xml.rels");
    expect(resolveTarget("xl/worksheets/sheet3.xml", "../drawings/drawing%201.xml")).toBe("xl/drawings/drawing 1.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/styles.xml")).toBe("xl/styles.xml");
    expect(relativeTarget("xl/worksheets/sheet3.xml", "xl/tables/table2.xml")).toBe("../tables/table2.xml");
    expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet9.xml")).toBe("worksheets/sheet9.xml");
  });

  it("adds an Override once and removes it by part name, ignoring case", () => {
    const types = '<Types xmlns="x"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/calcChain.xml" ContentType="c"/></Types>';
    const added = addOverride(types, "xl/tables/table1.xml", "t");
    expect(added).toBe(types.replace("</Types>", '<Override PartName="/xl/tables/table1.xml" ContentType="t"/></Types>'));
    expect(addOverride(added, "XL/Tables/Table1.xml", "t")).toBe(added);
    expect(removeOverride(added, "xl/CALCCHAIN.xml")).toBe(added.replace('<Override PartName="/xl/calcChain.xml" ContentType="c"/>', ""));
  });

  it("finds a list's direct children and appends with the count updated", () => {
    const xml = '<a><dxfs count="1"><dxf><fill><x/></fill></dxf><!-- c --></dxfs><b/></a>';
    const list = findList(xml, "dxfs");
    expect(list?.children).toEqual(["<dxf><fill><x/></fill></dxf>"]);
    expect(appendToList(xml, list as NonNullable<typeof list>, ["<dxf/>"])).toBe('<a><dxfs count="2"><dxf><fill><x/></fill></dxf><!-- c --><dxf/></dxfs><b/></a>');
    const empty = '<a><dxfs count="0"/></a>';
    expect(appendToList(empty, findList(empty, "dxfs") as NonNullable<ReturnType<typeof findList>>, ["<dxf/>"])).toBe('<a><dxfs count="1"><dxf/></dxfs></a>');
  });

  it("reads and writes A1 ranges", () => {
    expect(parseRange("$B$2:AA10")).toEqual({ top: 1, left: 1, bottom: 9, right: 26 });
    expect(rangeRef({ top: 0, left: 0, bottom: 1_048_575, right: 16_383 })).toBe("A1:XFD1048576");
    expect(parseRange("nonsense")).toBeNull();
  });
});
