/**
 * Drawing a write's charts into the package: a chart part per chart, their
 * anchors in the sheet's drawing part, the relationships (sheet → drawing →
 * charts) and content types. On a sheet PeakStock wrote before, its old charts
 * — the anchors named "PeakStock chart…", their chart parts and the style and
 * colour parts Excel adds to each — are removed first; everything else on the
 * drawing, the seller's pictures and charts included, stays as written.
 */
import type { TableChart } from "../../engine/plan/outputTable";
import { chartAnchor, chartName, CHART_NAME } from "../chartLayout";
import { chartXml, type ChartSource } from "./chartXml";
import { CONTENT_TYPE, CONTENT_TYPES_PART, removeOverride } from "./contentTypes";
import { EMPTY_DRAWING, withChartFrames, withoutPeakStockCharts, type ChartFrame } from "./drawingXml";
import type { PartLabel } from "./fileProblem";
import type { PackageEdit } from "./packageEdit";
import { relsPathOf, resolveTarget } from "./partPaths";
import { parseRelationships, REL_TYPES } from "./relationships";
import { addContentType, addPartRelationship } from "./sheetAppend";

/** Parts a chart owns alone (Excel writes one of each per chart): removed with it. */
const CHART_OWNED = [
  "http://schemas.microsoft.com/office/2011/relationships/chartStyle",
  "http://schemas.microsoft.com/office/2011/relationships/chartColorStyle",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartUserShapes",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/themeOverride",
];

const TYPES: PartLabel = { kind: "other", part: CONTENT_TYPES_PART };

/** Removes a part and its content-type override. */
function removePart(edit: PackageEdit, part: string): void {
  if (!edit.has(part)) return;
  edit.remove(part);
  edit.setText(CONTENT_TYPES_PART, removeOverride(edit.text(CONTENT_TYPES_PART, TYPES), part));
}

/** Removes a chart part with its relationships and the parts it owns alone. */
function removeChart(edit: PackageEdit, chartPart: string, label: PartLabel): void {
  const rels = relsPathOf(chartPart);
  if (edit.has(rels)) {
    for (const rel of parseRelationships(edit.text(rels, label))) {
      if (!rel.external && CHART_OWNED.includes(rel.type)) removePart(edit, resolveTarget(chartPart, rel.target));
    }
    edit.remove(rels);
  }
  removePart(edit, chartPart);
}

/** `xml` (a .rels part) without the relationships whose ids are in `ids`. */
function withoutRelationships(xml: string, ids: ReadonlySet<string>): string {
  return xml.replace(/<(?:[A-Za-z_][\w.-]*:)?Relationship\s[^>]*?\/>/g, (element) => {
    const id = /\sId\s*=\s*"([^"]*)"/.exec(element)?.[1];
    return id !== undefined && ids.has(id) ? "" : element;
  });
}

/**
 * Stages `charts` over the chart table at `source` on the sheet in `sheetPart`,
 * after removing the charts PeakStock drew there before.
 * @param language of the charts' titles
 * @returns the relationship id of a drawing part created for the sheet (its XML must then
 * link it with `<drawing r:id>`), or null when the sheet's own drawing part was used or nothing is drawn
 */
export function stageCharts(edit: PackageEdit, sheetPart: string, source: ChartSource, charts: readonly TableChart[], language: string): string | null {
  const label: PartLabel = { kind: "sheet", sheet: source.sheet };
  const sheetRels = relsPathOf(sheetPart);
  const relation = edit.has(sheetRels) ? parseRelationships(edit.text(sheetRels, label)).find((r) => r.type === REL_TYPES.drawing && !r.external) : undefined;
  let drawingPart: string;
  let drawing: { xml: string; maxId: number };
  let created: string | null = null;
  if (relation) {
    drawingPart = resolveTarget(sheetPart, relation.target);
    const old = withoutPeakStockCharts(edit.text(drawingPart, label));
    const drawingRels = relsPathOf(drawingPart);
    if (old.removedRelIds.length > 0 && edit.has(drawingRels)) {
      const relsXml = edit.text(drawingRels, label);
      const removed = new Set(old.removedRelIds);
      for (const rel of parseRelationships(relsXml)) {
        if (removed.has(rel.id) && !rel.external && rel.type === REL_TYPES.chart) removeChart(edit, resolveTarget(drawingPart, rel.target), label);
      }
      edit.setText(drawingRels, withoutRelationships(relsXml, removed));
    }
    drawing = old;
  } else {
    if (charts.length === 0) return null;
    drawingPart = edit.freeName("xl/drawings/drawing", ".xml");
    drawing = { xml: EMPTY_DRAWING, maxId: 1 };
    addContentType(edit, drawingPart, CONTENT_TYPE.drawing);
    created = addPartRelationship(edit, sheetPart, REL_TYPES.drawing, drawingPart, label);
  }
  const frames: ChartFrame[] = [];
  charts.forEach((chart, k) => {
    const xml = chartXml(source, chart, language);
    if (xml === null) return;
    const chartPart = edit.freeName("xl/charts/chart", ".xml");
    edit.setText(chartPart, xml);
    addContentType(edit, chartPart, CONTENT_TYPE.chart);
    const chartRelId = addPartRelationship(edit, drawingPart, REL_TYPES.chart, chartPart, label);
    frames.push({
      id: drawing.maxId + 1 + k,
      name: chartName(CHART_NAME, k, charts.length),
      description: chart.title,
      anchor: chartAnchor(k, source, source.table.columns.length),
      chartRelId,
    });
  });
  edit.setText(drawingPart, withChartFrames(drawing.xml, frames));
  return created;
}
