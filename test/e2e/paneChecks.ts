/**
 * Layout and accessibility checks of the task pane in the page, for the browser
 * tests at Excel's pane width and wide: horizontal overflow, one element covering
 * another (the footer over a field or a badge), dates broken across lines,
 * controls the keyboard cannot reach or that have no name, and axe-core's
 * serious and critical violations (axe injected from node_modules, no network).
 * Each returns what is wrong, described for the failure message; [] when all is well.
 */
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const requireHere = createRequire(__filename);

/**
 * What the tests treat as a control a person uses. Fluent's focus manager (tabster) adds
 * invisible `<i tabindex="0" aria-hidden="true">` stops around some widgets; they are no control.
 */
const CONTROLS = 'button, a[href], input, select, textarea, [role="tab"], [role="button"], [role="checkbox"], [tabindex]:not([tabindex="-1"]):not([aria-hidden="true"])';

/**
 * Everything in the pane wider than the window, and any scroll box of the pane that scrolls sideways.
 * @returns "TAG.class right=412" per element past the right edge, and "scrolls sideways: …"
 */
export function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${String((el as HTMLElement).className).split(" ")[0]} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll("#container *")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > width + 0.5 || box.left < -0.5) problems.push(`${describe(el)} spans ${Math.round(box.left)}…${Math.round(box.right)} of ${width}`);
      const style = getComputedStyle(el);
      if ((style.overflowX === "auto" || style.overflowX === "scroll") && el.scrollWidth > el.clientWidth + 1) problems.push(`scrolls sideways: ${describe(el)} ${el.scrollWidth} > ${el.clientWidth}`);
      // Text wider than its own box spills over its neighbours (a nowrap date in a too-narrow table cell).
      // Only text blocks: widgets such as Fluent's Tab keep hidden layout copies of their label.
      const textBlock = el.matches("td, th, dd, dt, li, p, div") && style.display !== "inline" && el.clientWidth > 0;
      if (textBlock && style.overflowX === "visible" && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`spills out of its box: ${describe(el)} ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
    if (document.documentElement.scrollWidth > width + 1) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    return problems.slice(0, 20);
  });
}

/**
 * Every visible control and badge, brought into view at the bottom and at the top of its scroll box,
 * must be what is under its own centre: nothing (the footer, another element) may cover it. Also the
 * footer must start where the scrolling content ends.
 */
export function coveredElements(page: Page): Promise<string[]> {
  return page.evaluate(async (selector) => {
    const problems: string[] = [];
    const scroll = document.querySelector('[data-testid="pane-scroll"]');
    const footer = document.querySelector('[data-testid="pane-footer"]');
    if (scroll && footer && footer.getBoundingClientRect().top < scroll.getBoundingClientRect().bottom - 0.5) {
      problems.push(`the footer (top ${footer.getBoundingClientRect().top}) overlaps the scrolling content (bottom ${scroll.getBoundingClientRect().bottom})`);
    }
    const all = [...document.querySelectorAll(`#container :is(${selector}), #container .fui-Badge`)].filter((el) => {
      if (el.closest('[aria-hidden="true"]')) return false;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== "hidden" && Number(style.opacity) > 0;
    });
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    for (const el of all) {
      for (const block of ["end", "start"] as const) {
        el.scrollIntoView({ block, inline: "nearest" });
        await frame();
        const box = el.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        if (hit !== null && (hit === el || el.contains(hit))) continue;
        const what = hit ? `${hit.tagName.toLowerCase()}.${String((hit as HTMLElement).className).split(" ")[0]} "${(hit.textContent ?? "").trim().slice(0, 30)}"` : "nothing";
        problems.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? (el as HTMLInputElement).value ?? "").trim().slice(0, 30)}" (scrolled to its ${block}) is covered by ${what}`);
        break;
      }
    }
    scroll?.scrollTo({ top: 0 });
    return problems.slice(0, 20);
  }, CONTROLS);
}

/** Dates (yyyy-mm-dd) in the pane whose text runs over two lines. */
export function wrappedDates(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.getElementById("container");
    if (!root) return ["no #container"];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (const match of text.matchAll(/\d{4}-\d{2}-\d{2}/g)) {
        const range = document.createRange();
        range.setStart(node, match.index ?? 0);
        range.setEnd(node, (match.index ?? 0) + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) problems.push(`"${match[0]}" wraps in "${text.trim().slice(0, 60)}"`);
      }
    }
    return problems.slice(0, 20);
  });
}

/**
 * Tabs through the page from the top and lists the visible, enabled controls the focus never
 * reached (the step tabs are one stop, as WAI-ARIA's tabs pattern has them: arrows move between them).
 */
export async function unreachableByKeyboard(page: Page, maxPresses = 400): Promise<string[]> {
  await page.evaluate((selector) => {
    (document.activeElement as HTMLElement | null)?.blur();
    const controls = [...document.querySelectorAll<HTMLElement>(`#container :is(${selector})`)].filter((el) => {
      const box = el.getBoundingClientRect();
      const disabled = (el as HTMLButtonElement).disabled === true;
      const rovingTab = el.getAttribute("role") === "tab" && el.getAttribute("aria-selected") !== "true";
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== "hidden" && !disabled && !rovingTab && el.tabIndex >= 0;
    });
    controls.forEach((el, i) => el.setAttribute("data-keyboard-probe", String(i)));
    (window as unknown as { __reached: Set<string> }).__reached = new Set();
    document.addEventListener("focusin", (event) => {
      const probe = (event.target as HTMLElement).getAttribute?.("data-keyboard-probe");
      if (probe !== null && probe !== undefined) (window as unknown as { __reached: Set<string> }).__reached.add(probe);
    });
  }, CONTROLS);
  let first: string | null = null;
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    const now = await page.evaluate(() => {
      const el = document.activeElement;
      return el && el !== document.body ? `${el.tagName}:${el.getAttribute("data-keyboard-probe") ?? ""}:${el.id}` : "";
    });
    if (now === "") continue;
    if (first === null) first = now;
    else if (now === first) break; // round the page once
  }
  return page.evaluate(() => {
    const reached = (window as unknown as { __reached: Set<string> }).__reached;
    const missing = [...document.querySelectorAll<HTMLElement>("[data-keyboard-probe]")]
      .filter((el) => !reached.has(el.getAttribute("data-keyboard-probe") ?? ""))
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute("aria-label") ?? "").trim().slice(0, 40)}"`);
    document.querySelectorAll("[data-keyboard-probe]").forEach((el) => el.removeAttribute("data-keyboard-probe"));
    return missing;
  });
}

/** Controls with no accessible name: no aria-label, aria-labelledby text, label, title or text of their own. */
export function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const nameOf = (el: HTMLElement): string => {
      const labelled = el.getAttribute("aria-labelledby");
      if (labelled) return labelled.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" ").trim();
      const aria = el.getAttribute("aria-label");
      if (aria) return aria.trim();
      const labels = (el as HTMLInputElement).labels;
      if (labels && labels.length > 0) return [...labels].map((l) => l.textContent ?? "").join(" ").trim();
      return (el.getAttribute("title") ?? el.textContent ?? "").trim();
    };
    return [...document.querySelectorAll<HTMLElement>(`#container :is(${selector})`)]
      .filter((el) => el.getBoundingClientRect().width > 0 && nameOf(el) === "")
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(" ")[0]}`);
  }, CONTROLS);
}

/**
 * axe-core's violations of `impacts` on the page (WCAG 2.x A and AA rules and best practices), as
 * "rule (impact): target …". Fluent's tabster focus "dummies" (`<i data-tabster-dummy aria-hidden tabindex=0>`)
 * are left out: focusable by design to pass focus on, hidden so screen readers skip them — a known false
 * positive of aria-hidden-focus (microsoft/fluentui#27517 "By Design", microsoft/tabster#288; Accessibility
 * Insights suppresses it, microsoft/accessibility-insights-web#7605). Nothing else is excluded.
 */
export async function axeViolations(page: Page, impacts: readonly string[] = ["serious", "critical"]): Promise<string[]> {
  await page.addScriptTag({ path: requireHere.resolve("axe-core/axe.min.js") });
  return page.evaluate(async (wanted) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const context = { include: [document], exclude: [["[data-tabster-dummy]"]] };
    const result = await axe.run(context as unknown as Document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] }, resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact !== null && wanted.includes(v.impact))
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(", ")}`);
  }, impacts);
}
