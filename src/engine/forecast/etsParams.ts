/**
 * Fixed-parameter reading shared by the exponential-smoothing models (`ses`,
 * `holtDamped`, `holtWinters`), so that all three report bad parameters the same way.
 */
import { err, ok, type Result } from "../errors";
import type { FitOptions } from "./model";

/** Fixed parameters of an exponential-smoothing model, read by {@link readEtsParams}. */
export interface EtsFixedParams {
  /** The smoothing weights in the order asked for when all are fixed; undefined when none is (the fit optimises them). */
  readonly smoothing: number[] | undefined;
  /** The initial states in the order asked for; undefined where not given (the fit estimates it). */
  readonly states: (number | undefined)[];
}

/**
 * Reads fixed parameters: every given one among `smoothingKeys` and `stateKeys` must be a
 * finite number (NOT_A_NUMBER), and the smoothing weights come all together or not at
 * all (MISSING_VALUE), since they are optimised jointly. Ranges are each model's to check
 * (see {@link checkWeight}).
 * @param modelLabel the model's name, for messages
 * @example readEtsParams("Holt", { alpha: 0.5, beta: 0.1, phi: 0.9, l0: 3 }, ["alpha", "beta", "phi"], ["l0", "b0"])
 *   // ok({ smoothing: [0.5, 0.1, 0.9], states: [3, undefined] })
 */
export function readEtsParams(
  modelLabel: string,
  params: FitOptions["params"],
  smoothingKeys: readonly string[],
  stateKeys: readonly string[],
): Result<EtsFixedParams> {
  const given = params ?? {};
  const smoothing: number[] = [];
  for (const key of smoothingKeys) {
    const v = given[key];
    if (v === undefined) continue;
    if (!Number.isFinite(v)) return notANumber(modelLabel, key);
    smoothing.push(v);
  }
  const states: (number | undefined)[] = [];
  for (const key of stateKeys) {
    const v = given[key];
    if (v !== undefined && !Number.isFinite(v)) return notANumber(modelLabel, key);
    states.push(v);
  }
  if (smoothing.length > 0 && smoothing.length < smoothingKeys.length) {
    const list = smoothingKeys.filter((key) => given[key] === undefined).join(", ");
    const all = smoothingKeys.join(smoothingKeys.length === 2 ? " and " : ", ");
    return err("MISSING_VALUE", `${modelLabel}: fixed parameters need ${all} together; missing ${list}`, { argument: list });
  }
  return ok({ smoothing: smoothing.length > 0 ? smoothing : undefined, states });
}

function notANumber(modelLabel: string, key: string): Result<never> {
  return err("NOT_A_NUMBER", `${modelLabel}: parameter ${key} is not a number`, { argument: key });
}

/**
 * OUT_OF_RANGE unless lo ≤ value ≤ hi (lo < value when `aboveLo`); `hiText` names the
 * upper bound when it depends on another weight, e.g. "alpha (0.3)".
 * @example checkWeight("Holt", "beta", 0.4, 0, 0.3, false, "alpha (0.3)")
 *   // err OUT_OF_RANGE "Holt: parameter beta = 0.4 must be between 0 and alpha (0.3)"
 */
export function checkWeight(modelLabel: string, key: string, value: number, lo: number, hi: number, aboveLo = false, hiText = String(hi)): Result<true> {
  if ((aboveLo ? value > lo : value >= lo) && value <= hi) return ok(true);
  const range = aboveLo ? `above ${lo} and at most ${hiText}` : `between ${lo} and ${hiText}`;
  return err("OUT_OF_RANGE", `${modelLabel}: parameter ${key} = ${value} must be ${range}`, { argument: key });
}
