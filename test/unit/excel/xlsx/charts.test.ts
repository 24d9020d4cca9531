/**
 * Native charts in the .xlsx file: DrawingML chart parts for a table's charts
 * (the Charts sheet, the pane's chart), linked sheet → drawing → charts with
 * their content types, replaced cleanly on a re-run — PeakStock's old chart
 * parts removed, the seller's drawings on the same sheet never touched.
 */
import { Workbook } from "exceljs";
import { CHART_COLUMNS } from "../../../../src/engine/plan/chartTable";
import type { OutputTable } from "../../../../src/engine/plan/outputTable";
import type { OutputWrite } from "../../../../src/excel/workbookPort";
import { XlsxWorkbook } from "../../../../src/excel/xlsxWorkbook";
import { withoutPeakStockCharts } from "../../../../src/excel/xlsx/drawingXml";
import { parseXml } from "../../../helpers/xml";
import { partText, rezip, unzipParts } from "../../../helpers/zipBytes";

// Two SKUs: A on days 46350–46352 (the event on 46352), B on 46350–46351.
const CHARTS: OutputTable = {
  kind: "Charts",
  columns: CHART_COLUMNS,
  rows: [
    [46350, "A", 3, null, null, null, null], [46351, "A", null, 4, 2, 6, null], [46352, "A", null, 5, 3, 7, 7.35],
    [46350, "B", 1, null, null, null, null], [46351, "B", null, 2, 1, 3, null],
  ],
  charts: [{ title: "A: history, forecast and BF", firstRow: 0, rows: 3 }, { title: "B: history, forecast and BF", firstRow: 3, rows: 2 }],
};

const write = (table: OutputTable, mode: "create" | "replace"): OutputWrite => ({ table, target: { kind: "Charts", sheet: "Charts", tableName: "PeakStock_Charts", mode } });

async function planned(table: OutputTable, mode: "create" | "replace", bytes?: Buffer): Promise<Buffer> {
  let source = bytes;
  if (!source) {
    const book = new Workbook();
    book.addWorksheet("Sales").getCell("A1").value = "Date";
    source = Buffer.from(await book.xlsx.writeBuffer());
  }
  const book = await XlsxWorkbook.fromBuffer(source);
  await book.writeOutputs([write(table, mode)], "en", "{}");
  return book.toBuffer();
}

/** Every relationship target exists, every Override names a part, every XML part is well-formed. */
function checkPackage(zip: Buffer): void {
  const parts = unzipParts(zip);
  for (const [name, part] of parts) {
    if (/\.(xml|rels)$/.test(name)) parseXml(part.data.toString("utf8"));
    if (!name.endsWith(".rels")) continue;
    const source = name === "_rels/.rels" ? "" : name.replace(/_rels\/([^/]+)\.rels$/, "$1"); // the package's own rels point from the root
    const folder = source.includes("/") ? source.slice(0, source.lastIndexOf("/") + 1) : "";
    for (const m of part.data.toString("utf8").matchAll(/<Relationship [^>]*Target="([^"]+)"[^>]*\/>/g)) {
      if (m[0].includes('TargetMode="External"')) continue;
      const target = m[1].startsWith("/") ? m[1].slice(1) : new URL(m[1], `http://x/${folder}`).pathname.slice(1);
      expect(parts.has(target)).toBe(true);
    }
  }
  for (const m of partText(zip, "[Content_Types].xml").matchAll(/PartName="\/([^"]+)"/g)) expect(parts.has(m[1])).toBe(true);
}

const chartParts = (zip: Buffer): string[] => [...unzipParts(zip).keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).sort();

describe("charts in the .xlsx file", () => {
  it("draws one chart part per chart, anchored right of the table, linked and typed", async () => {
    const zip = await planned(CHARTS, "create");
    checkPackage(zip);
    expect(chartParts(zip)).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
    const sheet = partText(zip, "xl/worksheets/sheet2.xml");
    expect(sheet).toMatch(/<headerFooter>.*<\/headerFooter><drawing r:id="rId2"\/><tableParts/);
    expect(partText(zip, "xl/worksheets/_rels/sheet2.xml.rels")).toContain('Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"');
    const types = partText(zip, "[Content_Types].xml");
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(types).toContain('<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    const drawing = partText(zip, "xl/drawings/drawing1.xml");
    // hand: 7 columns → charts from column I (index 8); chart 2 starts 22 rows below chart 1's row 1
    expect(drawing).toContain("<xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>");
    expect(drawing).toContain("<xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>23</xdr:row>");
    expect([...drawing.matchAll(/name="([^"]+)"/g)].map((m) => m[1])).toEqual(["PeakStock chart 1", "PeakStock chart 2"]);
  });

  it("draws each chart over its own block of rows, with the event as a band of columns behind the lines", async () => {
    const zip = await planned(CHARTS, "create");
    const second = partText(zip, "xl/charts/chart2.xml");
    // hand: B's rows are data rows 4–5 → sheet rows 5–6; dates in column A, History in C
    expect(second).toContain("<c:f>'Charts'!$A$5:$A$6</c:f>");
    expect(second).toContain("<c:f>'Charts'!$C$5:$C$6</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"2\"/><c:pt idx=\"0\"><c:v>1</c:v></c:pt></c:numCache>");
    const first = partText(zip, "xl/charts/chart1.xml");
    expect(first).toContain("<a:t>A: history, forecast and BF</a:t>");
    const bar = /<c:barChart>[\s\S]*<\/c:barChart>/.exec(first)?.[0] ?? "";
    expect(bar).toContain("<c:f>'Charts'!$G$1</c:f>"); // the Event column's header names the band
    expect(bar).toContain('<c:gapWidth val="0"/>');
    expect(bar).toContain('<c:pt idx="2"><c:v>7.35</c:v></c:pt>');
    expect(first.indexOf("<c:barChart>")).toBeLessThan(first.indexOf("<c:lineChart>")); // the lines are drawn over the band
    expect((/<c:lineChart>[\s\S]*<\/c:lineChart>/.exec(first)?.[0] ?? "").match(/<c:ser>/g)).toHaveLength(4); // History, Forecast, Lower80, Upper80
    expect(first).toContain('<a:prstDash val="dash"/>'); // the 80 % band
  });

  it("replaces its own charts on a re-run and leaves the seller's picture and its parts alone", async () => {
    const first = await planned(CHARTS, "create");
    // The seller puts a logo on the Charts sheet and Excel gives chart 1 a style part, as it does on save.
    const drawing = partText(first, "xl/drawings/drawing1.xml");
    const logo = '<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>40</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="9525" cy="9525"/>' +
      '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="7" name="Seller logo"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rId9"/></xdr:blipFill><xdr:spPr/></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>';
    const drawingRels = partText(first, "xl/drawings/_rels/drawing1.xml.rels");
    const edited = rezip(first, {
      "xl/drawings/drawing1.xml": drawing.replace("</xdr:wsDr>", `${logo}</xdr:wsDr>`),
      "xl/drawings/_rels/drawing1.xml.rels": drawingRels.replace("</Relationships>", '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/image1.png"/></Relationships>'),
      "xl/media/image1.png": "png bytes",
      "xl/charts/style1.xml": '<cs:chartStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" id="201"/>',
      "xl/charts/_rels/chart1.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/chartStyle" Target="style1.xml"/></Relationships>',
      "[Content_Types].xml": partText(first, "[Content_Types].xml").replace("</Types>", '<Default Extension="png" ContentType="image/png"/><Override PartName="/xl/charts/style1.xml" ContentType="application/vnd.ms-office.chartstyle+xml"/></Types>'),
    });
    checkPackage(edited);
    const oneChart: OutputTable = { ...CHARTS, rows: CHARTS.rows.slice(0, 3), charts: [CHARTS.charts?.[0] ?? { title: "", firstRow: 0, rows: 3 }] };
    const again = await planned(oneChart, "replace", edited);
    checkPackage(again);
    const after = partText(again, "xl/drawings/drawing1.xml");
    expect(after).toContain(logo); // the seller's anchor, byte for byte
    expect([...after.matchAll(/name="([^"]+)"/g)].map((m) => m[1])).toEqual(["Seller logo", "PeakStock chart"]);
    expect(partText(again, "xl/drawings/_rels/drawing1.xml.rels")).toContain('Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/image1.png"');
    expect(unzipParts(again).get("xl/media/image1.png")?.data.toString()).toBe("png bytes");
    // the old chart parts and the style part Excel gave chart 1 are gone; one new chart part
    expect(chartParts(again)).toEqual(["xl/charts/chart3.xml"]);
    expect(unzipParts(again).has("xl/charts/style1.xml")).toBe(false);
    expect(partText(again, "[Content_Types].xml")).not.toContain("style1.xml");
    expect(partText(again, "xl/worksheets/sheet2.xml").match(/<drawing /g)).toHaveLength(1);
  });

  it("adds a drawing to a replaced sheet that had none (a Charts sheet from before charts were drawn)", async () => {
    const bare = await planned({ ...CHARTS, charts: [] }, "create");
    expect(partText(bare, "xl/worksheets/sheet2.xml")).not.toContain("<drawing");
    const again = await planned(CHARTS, "replace", bare);
    checkPackage(again);
    expect(partText(again, "xl/worksheets/sheet2.xml")).toMatch(/<\/headerFooter><drawing r:id="rId\d+"\/><tableParts/);
    expect(chartParts(again)).toHaveLength(2);
  });

  it("finds PeakStock's frames by name only", () => {
    const xml = '<xdr:wsDr><xdr:twoCellAnchor><xdr:graphicFrame><xdr:nvGraphicFramePr><xdr:cNvPr id="3" name="PeakStock chart 12"/></xdr:nvGraphicFramePr><c:chart r:id="rId4"/></xdr:graphicFrame></xdr:twoCellAnchor>' +
      '<xdr:twoCellAnchor><xdr:graphicFrame><xdr:nvGraphicFramePr><xdr:cNvPr id="5" name="PeakStock chart copy"/></xdr:nvGraphicFramePr><c:chart r:id="rId6"/></xdr:graphicFrame></xdr:twoCellAnchor></xdr:wsDr>';
    const result = withoutPeakStockCharts(xml);
    expect(result.removedRelIds).toEqual(["rId4"]);
    expect(result.maxId).toBe(5); // the seller's chart named like ours but not ours stays, and its id is kept free
    expect(result.xml).toContain('name="PeakStock chart copy"');
  });
});
