/** Test helpers for engine Results: fail loudly when the wrong branch comes back. */
import type { EngineError, Result } from "../../../../src/engine/errors";

/** The value of an ok Result; throws with the engine's message otherwise. */
export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

/**
 * The error of a failed Result as the seller reads it in English (code, message,
 * place), without its message key: the keys and their Chinese are checked by
 * test/unit/engine/errorText.test.ts. Throws when the Result was ok.
 */
export function errorOf<T>(r: Result<T>): EngineError {
  if (r.ok) throw new Error(`expected an error, got ok: ${JSON.stringify(r.value)}`);
  return withoutText(r.error);
}

/** An engine error without its message key and parameters. */
export function withoutText(error: EngineError): EngineError {
  return { code: error.code, message: error.message, ...(error.where ? { where: error.where } : {}) };
}
