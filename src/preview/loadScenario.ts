/**
 * The data of a scenario: the demo workbook's JSON (fetched from the same
 * origin; `preview-demo.json`, made at build time), edited for the scenario,
 * or synthetic data made here.
 */
import { isPreviewData, type PreviewData } from "./previewData";
import { applyScenario, type Scenario } from "./scenario";
import { syntheticData } from "./syntheticData";

/** The demo data's file, next to preview.html. */
export const DEMO_DATA_FILE = "preview-demo.json";

/**
 * Loads the scenario's workbook data.
 * @throws Error saying what could not be loaded and how to build it
 */
export async function loadScenarioData(scenario: Scenario, fetchText: (url: string) => Promise<Response> = fetch): Promise<PreviewData> {
  if (scenario.kind === "synthetic") return syntheticData(scenario.skus, scenario.days, scenario.seed);
  let response: Response;
  try {
    response = await fetchText(DEMO_DATA_FILE);
  } catch (error) {
    throw new Error(`Cannot load ${DEMO_DATA_FILE}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw new Error(`Cannot load ${DEMO_DATA_FILE} (HTTP ${response.status}): build the preview with \`npm run preview\``);
  const data: unknown = await response.json();
  if (!isPreviewData(data)) throw new Error(`${DEMO_DATA_FILE} is not preview data: rebuild with \`npm run preview\``);
  return applyScenario(data, scenario.kind);
}
