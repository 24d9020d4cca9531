/**
 * Browser preview entry (preview.html): PeakStock without Excel. Makes a
 * MemoryWorkbook (PreviewWorkbook), registers it for the task pane, fills it with the scenario's
 * sheets (`?scenario=demo|bad-units|no-sales|synthetic&skus=N&days=D`), shows it
 * as a grid and then runs the task pane bundle beside it. With `?layout=pane`
 * the grid is left out and the pane alone fills the window, as Excel shows it
 * (try it, and test it, at any width). Sets `document.body.dataset.preview` to
 * "loading", then "ready" (or "error").
 */
import { createRoot } from "react-dom/client";
import { PreviewApp, PreviewMessage } from "./components/PreviewApp";
import { loadScenarioData } from "./loadScenario";
import type { SheetFormats } from "./previewData";
import { PreviewWorkbook } from "./previewWorkbook";
import { loadTaskPane, registerPreviewWorkbook } from "./registerWorkbook";
import { parseLayout, parseScenario } from "./scenario";

/** The pane alone, filling the window: its container moved to the body, the grid's page hidden. */
function showPaneAlone(): void {
  const container = document.getElementById("container");
  const layout = document.querySelector<HTMLElement>(".preview-layout");
  if (!container || !layout) throw new Error("preview.html has no #container or .preview-layout");
  document.body.insertBefore(container, layout);
  layout.hidden = true;
  document.title = "PeakStock";
}

async function main(): Promise<void> {
  const state = document.body.dataset;
  state.preview = "loading";
  const book = new PreviewWorkbook();
  registerPreviewWorkbook(book);
  const host = document.getElementById("preview-root");
  if (!host) throw new Error("preview.html has no #preview-root");
  const root = createRoot(host);

  const search = window.location.search;
  const paneAlone = parseLayout(search) === "pane";
  if (paneAlone) showPaneAlone();
  const scenario = parseScenario(search);
  if (typeof scenario === "string") {
    root.render(<PreviewMessage title="This preview link is not valid" detail={scenario} />);
    state.preview = "error";
    return;
  }
  try {
    const data = await loadScenarioData(scenario);
    const formats = new Map<string, SheetFormats>();
    for (const sheet of data.sheets) {
      book.setSheet(sheet.name, sheet.rows);
      formats.set(sheet.name.toLowerCase(), sheet.formats);
    }
    if (!paneAlone) root.render(<PreviewApp book={book} formats={formats} source={data.source} search={search} />);
  } catch (error) {
    root.render(<PreviewMessage title="The workbook could not be loaded" detail={error instanceof Error ? error.message : String(error)} />);
    state.preview = "error";
  }
  // The pane runs either way: with no data it shows its own messages.
  await loadTaskPane();
  if (state.preview === "loading") state.preview = "ready";
}

main().catch((error: unknown) => {
  document.body.dataset.preview = "error";
  console.error(error);
});
