/** Test helpers for engine Results: fail loudly when the wrong branch comes back. */
import type { EngineError, Result } from "../../../../src/engine/errors";

/** The value of an ok Result; throws with the engine's message otherwise. */
export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** The error of a failed Result; throws when it was ok. */
export function errorOf<T>(r: Result<T>): EngineError {
  if (r.ok) throw new Error(`expected an error, got ok: ${JSON.stringify(r.value)}`);
  return r.error;
}
