/**
 * Part names in an .xlsx package (Open Packaging Conventions, ECMA-376 Part 2):
 * zip entry names without the leading "/", compared ignoring case, and the
 * relationship part that belongs to each.
 */

/**
 * The relationships part of `part`.
 * @example relsPathOf("xl/workbook.xml") // "xl/_rels/workbook.xml.rels"
 * @example relsPathOf("") // "_rels/.rels" (the package's own)
 */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * The part a relationship target points at, from the part that holds the
 * relationship: relative targets resolve against its folder, "/…" against the root.
 * @example resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml") // "xl/worksheets/sheet1.xml"
 * @example resolveTarget("xl/worksheets/sheet1.xml", "../tables/table1.xml") // "xl/tables/table1.xml"
 * @example resolveTarget("xl/workbook.xml", "/xl/styles.xml") // "xl/styles.xml"
 */
export function resolveTarget(source: string, target: string): string {
  const decoded = safeDecode(target);
  const base = decoded.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

/**
 * The target to write in `source`'s relationships for `part`, relative to its folder.
 * @example relativeTarget("xl/workbook.xml", "xl/worksheets/sheet9.xml") // "worksheets/sheet9.xml"
 * @example relativeTarget("xl/worksheets/sheet9.xml", "xl/tables/table3.xml") // "../tables/table3.xml"
 */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A key for looking a part up ignoring case (OPC part names are case-insensitive). */
export function partKey(name: string): string {
  return name.replace(/^\//, "").toLowerCase();
}
