/**
 * A sheet's drawing part (`xl/drawings/drawingN.xml`, SpreadsheetML Drawing,
 * ECMA-376 Part 1 §20.5): the anchors that place charts, pictures and shapes
 * on the sheet. PeakStock writes one anchor per chart it draws, its frame
 * named "PeakStock chart …" (`chartLayout.ts`); on a re-run it removes exactly
 * those anchors and keeps every other one — the seller's pictures, shapes and
 * charts — as written.
 */
import { isPeakStockChartName, type ChartAnchor } from "../chartLayout";
import { XML_DECLARATION } from "./newSheetXml";
import { escapeXml, unescapeXml } from "./xmlEscape";

const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A drawing part with no anchor yet. */
export const EMPTY_DRAWING = `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}"></xdr:wsDr>`;

/** One chart frame to anchor. */
export interface ChartFrame {
  /** Unique among the drawing's shapes. */
  readonly id: number;
  readonly name: string;
  /** The chart's title, as the frame's description (read by screen readers). */
  readonly description: string;
  readonly anchor: ChartAnchor;
  /** The relationship id, in the drawing's .rels, of the chart part. */
  readonly chartRelId: string;
}

function cell(tag: "from" | "to", row: number, column: number): string {
  return `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/**
 * The anchor of one chart frame: it moves with the cells, not resized by them.
 * @example anchorXml({ id: 2, name: "PeakStock chart 1", description: "KIT-01 …", anchor, chartRelId: "rId1" }) // '<xdr:twoCellAnchor editAs="oneCell">…'
 */
export function anchorXml(frame: ChartFrame): string {
  const { anchor } = frame;
  return `<xdr:twoCellAnchor editAs="oneCell">${cell("from", anchor.fromRow, anchor.fromColumn)}${cell("to", anchor.toRow, anchor.toColumn)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${frame.id}" name="${escapeXml(frame.name)}" descr="${escapeXml(frame.description)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="${escapeXml(frame.chartRelId)}"/></a:graphicData></a:graphic>` +
    "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>";
}

const ANCHOR = /<((?:[A-Za-z_][\w.-]*:)?)(twoCellAnchor|oneCellAnchor|absoluteAnchor)(?=[\s>])[\s\S]*?<\/\1\2\s*>/g;

/** What PeakStock's old charts leave behind in a drawing: the drawing without their anchors, and the chart relationship ids they used. */
export interface DrawingWithoutCharts {
  readonly xml: string;
  readonly removedRelIds: readonly string[];
  /** The highest shape id left, so new frames take the next ones. */
  readonly maxId: number;
}

/**
 * `xml` without the anchors of PeakStock's charts (frames named "PeakStock chart…"), every other anchor kept as written.
 * @example withoutPeakStockCharts(drawing).removedRelIds // ["rId1", "rId2"]
 */
export function withoutPeakStockCharts(xml: string): DrawingWithoutCharts {
  const removedRelIds: string[] = [];
  let maxId = 1;
  const kept = xml.replace(ANCHOR, (anchor) => {
    const name = /<(?:[A-Za-z_][\w.-]*:)?cNvPr\s[^>]*?name\s*=\s*"([^"]*)"/.exec(anchor)?.[1];
    if (name === undefined || !isPeakStockChartName(unescapeXml(name))) {
      for (const m of anchor.matchAll(/<(?:[A-Za-z_][\w.-]*:)?cNvPr\s[^>]*?\bid\s*=\s*"(\d+)"/g)) maxId = Math.max(maxId, Number(m[1]));
      return anchor;
    }
    for (const m of anchor.matchAll(/<(?:[A-Za-z_][\w.-]*:)?chart\s[^>]*?\b[\w.-]+:id\s*=\s*"([^"]*)"/g)) removedRelIds.push(unescapeXml(m[1]));
    return "";
  });
  return { xml: kept, removedRelIds, maxId };
}

/**
 * `xml` (a drawing part) with `frames` anchored after the anchors it has. The
 * anchors are written with the `xdr:` and `a:` prefixes, declared on each anchor
 * when the part's root does not declare them (a drawing another program wrote).
 */
export function withChartFrames(xml: string, frames: readonly ChartFrame[]): string {
  const root = /<((?:[A-Za-z_][\w.-]*:)?)wsDr(\s(?:"[^"]*"|'[^']*'|[^>"'])*?)?(\/?)>/.exec(xml);
  if (!root) throw new Error("the drawing part has no <wsDr> root");
  const declares = (prefix: string, ns: string): boolean => new RegExp(`xmlns:${prefix}\\s*=\\s*["']${ns.replace(/[./]/g, "\\$&")}["']`).test(root[2] ?? "");
  const declared = declares("xdr", XDR_NS) && declares("a", A_NS);
  const added = frames.map((frame) => {
    const anchor = anchorXml(frame);
    return declared ? anchor : anchor.replace("<xdr:twoCellAnchor ", `<xdr:twoCellAnchor xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}" `);
  }).join("");
  if (root[3] === "/") return `${xml.slice(0, root.index)}<${root[1]}wsDr${root[2] ?? ""}>${added}</${root[1]}wsDr>${xml.slice(root.index + root[0].length)}`;
  const close = new RegExp(`</${root[1].replace(".", "\\.")}wsDr\\s*>`).exec(xml);
  if (!close) throw new Error("the drawing part's <wsDr> is not closed");
  return xml.slice(0, close.index) + added + xml.slice(close.index);
}
