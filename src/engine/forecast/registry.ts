/**
 * The one table of forecast models. `auto`, the custom functions and the task
 * pane all read it; adding a model is one file plus one row here.
 */
import { err, ok, type Result } from "../errors";
import { croston, sba } from "./croston";
import { holtDamped } from "./holtDamped";
import { holtWinters } from "./holtWinters";
import type { ForecastModel, ModelName } from "./model";
import { movingAverage } from "./movingAverage";
import { naive } from "./naive";
import { seasonalNaive } from "./seasonalNaive";
import { ses } from "./ses";
import { tsb } from "./tsb";
import { weightedAverage } from "./weightedAverage";

/** Every registered model, in the order lists show them. */
export const MODELS: readonly ForecastModel[] = [
  naive,
  seasonalNaive,
  movingAverage,
  weightedAverage,
  ses,
  holtDamped,
  holtWinters,
  croston,
  sba,
  tsb,
];

const BY_LOWER_NAME = new Map(MODELS.map((m) => [m.name.toLowerCase(), m]));

/** Names of every registered model. */
export function modelNames(): ModelName[] {
  return MODELS.map((m) => m.name);
}

/**
 * Finds a model by name, ignoring case, spaces, `-` and `_` ("Holt-Winters",
 * "HOLTWINTERS" and "holt_winters" all find `holtWinters`).
 */
export function findModel(name: string): Result<ForecastModel> {
  const key = name.replace(/[\s_-]/g, "").toLowerCase();
  const model = BY_LOWER_NAME.get(key);
  if (model) return ok(model);
  return err("UNKNOWN_MODEL", `Unknown forecast model '${name}'. Use AUTO or one of: ${MODELS.map((m) => m.name).join(", ")}`);
}
