/**
 * Excel refuses every API call while the user is typing in a cell (error code
 * `InvalidOperationInCellEditMode`). PeakStock waits and tries the step again a
 * few times, then tells the user what to do.
 */

/** Office.js's code for "the user is editing a cell" (`Excel.ErrorCodes.invalidOperationInCellEditMode`). */
export const CELL_EDIT_MODE_CODE = "InvalidOperationInCellEditMode";

/** What the user reads when Excel stays in cell-edit mode through every retry. */
export const CELL_EDIT_MESSAGE =
  "Excel is busy: a cell is being edited. Press Enter or Esc to finish editing the cell, then try again.";

/** Waits before each retry, milliseconds: 4 tries in all over about 2 seconds. */
export const CELL_EDIT_DELAYS_MS: readonly number[] = [250, 500, 1000];

export interface RetryOptions {
  /** Waits before retry 1, 2, …, milliseconds; its length is the number of retries. */
  readonly delaysMs?: readonly number[];
  /** Waits `ms` milliseconds (tests pass one that does not wait). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Called before each retry (the workbook counts them). */
  readonly onRetry?: (attempt: number, delayMs: number) => void;
}

/**
 * True when `error` is Office.js refusing a call because a cell is being edited.
 * @example isCellEditModeError({ code: "InvalidOperationInCellEditMode" }) // true
 */
export function isCellEditModeError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === CELL_EDIT_MODE_CODE;
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs `attempt`; while it fails because Excel is in cell-edit mode, waits
 * (backing off, {@link CELL_EDIT_DELAYS_MS}) and runs it again. Other errors pass
 * through at once. A step must be safe to repeat: a refused sync changes nothing.
 * @throws Error with {@link CELL_EDIT_MESSAGE} when Excel is still editing after the last retry
 * @example await withCellEditRetry(() => writeChunk()) // retried up to 3 times over ~1.75 s
 */
export async function withCellEditRetry<T>(attempt: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const delays = options.delaysMs ?? CELL_EDIT_DELAYS_MS;
  const sleep = options.sleep ?? wait;
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isCellEditModeError(error)) throw error;
      if (retry >= delays.length) throw new Error(CELL_EDIT_MESSAGE);
      options.onRetry?.(retry + 1, delays[retry]);
      await sleep(delays[retry]);
    }
  }
}
