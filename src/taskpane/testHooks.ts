/**
 * Hooks for the browser tests that never reach the add-in's own markup: webpack
 * defines `__PEAKSTOCK_TEST_HOOKS__` as true only in the preview build (`--env
 * preview`, which the e2e tests drive), so `npm run build` renders no
 * `data-testid` at all. Components spread {@link testId}; ESLint refuses a
 * literal `data-testid` in src/taskpane.
 */

declare const __PEAKSTOCK_TEST_HOOKS__: boolean | undefined;

/** `data-*` attributes, which any element and Fluent slot accepts. */
export type TestAttributes = { readonly [name: `data-${string}`]: string };

/** True in the preview build only (webpack's DefinePlugin; undefined, so false, anywhere else). */
export const TEST_HOOKS: boolean = typeof __PEAKSTOCK_TEST_HOOKS__ !== "undefined" && __PEAKSTOCK_TEST_HOOKS__ === true;

/**
 * `{ "data-testid": id }` in the preview build, `{}` in the add-in's.
 * @example <Button {...testId("generate")}>…</Button>
 */
export function testId(id: string): TestAttributes {
  return TEST_HOOKS ? { "data-testid": id } : {};
}

/**
 * Data attributes for the tests (`data-run-id` …), in the preview build only.
 * @example <div {...testData({ "run-id": 3 })} /> // data-run-id="3" in the preview, nothing in the add-in
 */
export function testData(values: Readonly<Record<string, string | number>>): TestAttributes {
  if (!TEST_HOOKS) return {};
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [`data-${k}`, String(v)]));
}
