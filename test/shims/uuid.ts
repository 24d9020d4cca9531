/**
 * Jest stand-in for `uuid`: office-addin-manifest (pulled in by office-addin-mock)
 * requires uuid 14, which is ESM-only, and jest's CommonJS runtime cannot load it.
 * jest.config.js maps every `uuid` import here, so this offers `v4`, the one
 * function office-addin-manifest and exceljs (uuid 8) call.
 */
import { randomUUID } from "node:crypto";

/** A random (version 4) UUID, as uuid's `v4()`. */
export function v4(): string {
  return randomUUID();
}
