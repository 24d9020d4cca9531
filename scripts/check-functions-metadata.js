// Checks custom-function metadata (functions.json, functions.zh-CN.json) against the rules
// Microsoft documents, so a bad name or translation fails the build instead of silently breaking
// registration in Excel. scripts/localize-functions-metadata.js runs it on both files of every
// build; test/unit/functions/metadataRules.test.ts runs it on the generated files and on crafted
// bad ones. Returns problems as values (an empty list when the file is fine).
//
// The rules and where they come from:
// [naming] "Custom functions naming and localization"
//   https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming
//   - id and name both start with a letter and have at least three characters;
//   - id: only A–Z, 0–9, underscore and period; name: Unicode alphabetic characters, underscore, period;
//   - avoid names that are a cell reference (A1 … XFD1048576, R1C1 … R1048576C16384) or an
//     Excel 4.0 macro function (RUN, ECHO …); a name that clashes with another function gives #REF!.
// [json] "Manually create JSON metadata for custom functions"
//   https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json
//   - the properties a function, parameter, result and options object may have (result has only
//     `dimensionality` and `type`: there is no result description);
//   - each id is unique within the file; dimensionality is `scalar` or `matrix`; type is
//     `boolean`, `number`, `string` or `any`.
// [spec] custom-functions-metadata Specification (the generator this build uses)
//   https://github.com/OfficeDev/Office-Addin-Scripts/blob/master/packages/custom-functions-metadata/Specification.md
//   - a name has at most 128 characters (the generator also caps an id at 128).
// [ours] PeakStock's own rules where Microsoft documents none: display names unique (Excel matches
//   them case-insensitively), no Excel built-in worksheet function name either
//   (scripts/excel-reserved-names.js), every function and parameter described in at most 255
//   characters (a tooltip, not a manual), parameter names present and unique within a function.
/* global require, module, URL */

const { EXCEL_WORKSHEET_FUNCTIONS, EXCEL4_MACRO_FUNCTIONS } = require("./excel-reserved-names");

const MIN_NAME_LENGTH = 3; // [naming]
const MAX_NAME_LENGTH = 128; // [spec]
const MAX_DESCRIPTION_LENGTH = 255; // [ours]

const TOP_LEVEL_KEYS = ["$schema", "allowCustomDataForDataTypeAny", "allowErrorForDataTypeAny", "functions", "enums"];
const FUNCTION_KEYS = ["description", "helpUrl", "id", "name", "options", "parameters", "result"];
const PARAMETER_KEYS = ["description", "dimensionality", "name", "type", "cellValueType", "customEnumId", "optional", "repeating"];
const RESULT_KEYS = ["dimensionality", "type"];
const OPTION_KEYS = [
  "cancelable", "capturesCallingObject", "excludeFromAutoComplete", "linkedEntityLoadService", "requiresAddress",
  "requiresParameterAddresses", "requiresStreamAddress", "requiresStreamParameterAddresses", "stream", "volatile",
];
const DIMENSIONALITIES = ["scalar", "matrix"];
const TYPES = ["boolean", "number", "string", "any"];

const WORKSHEET = new Set(EXCEL_WORKSHEET_FUNCTIONS);
const MACRO = new Set(EXCEL4_MACRO_FUNCTIONS);

/** Characters as Excel counts them (code points, so 销量预警 is 4). */
const length = (text) => [...text].length;

const COLUMN_MAX = 16384; // XFD
const ROW_MAX = 1048576;

/** The 1-based column number of letters A … XFD (and beyond), e.g. "XFD" → 16384. */
function columnNumber(letters) {
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0);
}

/**
 * True when `name` is an A1 cell reference (A1 … XFD1048576) or an R1C1 one (R1C1 … R1048576C16384).
 * @example isCellReference("AB12") // true
 * @example isCellReference("ABC") // false
 */
function isCellReference(name) {
  const a1 = /^([A-Za-z]{1,3})([1-9][0-9]{0,6})$/.exec(name);
  if (a1 && columnNumber(a1[1]) <= COLUMN_MAX && Number(a1[2]) <= ROW_MAX) return true;
  const r1c1 = /^[Rr]([1-9][0-9]{0,6})[Cc]([1-9][0-9]{0,4})$/.exec(name);
  return Boolean(r1c1 && Number(r1c1[1]) <= ROW_MAX && Number(r1c1[2]) <= COLUMN_MAX);
}

/** Why `name` may not be an Excel function's display name ([naming], [spec], [ours]); [] when fine. */
function nameProblems(name) {
  if (typeof name !== "string" || name === "") return ["has no name [json]"];
  const problems = [];
  const shown = `name "${name}"`;
  if (length(name) < MIN_NAME_LENGTH) problems.push(`${shown} has ${length(name)} characters; Excel needs at least ${MIN_NAME_LENGTH} [naming]`);
  if (length(name) > MAX_NAME_LENGTH) problems.push(`${shown} has ${length(name)} characters; at most ${MAX_NAME_LENGTH} are allowed [spec]`);
  if (!/^\p{Alphabetic}/u.test(name)) problems.push(`${shown} must start with a letter [naming]`);
  const bad = [...name].filter((c) => !/^[\p{Alphabetic}_.]$/u.test(c));
  if (bad.length > 0) problems.push(`${shown} has characters Excel does not allow in a name: ${[...new Set(bad)].map((c) => `'${c}'`).join(" ")} (letters, '_' and '.' only) [naming]`);
  if (isCellReference(name)) problems.push(`${shown} is a cell reference [naming]`);
  const upper = name.toUpperCase();
  if (MACRO.has(upper)) problems.push(`${shown} is an Excel 4.0 macro function [naming]`);
  if (WORKSHEET.has(upper)) problems.push(`${shown} is an Excel built-in worksheet function [ours]`);
  return problems;
}

/** Why `id` may not be a custom function's id ([naming], [spec]); [] when fine. */
function idProblems(id) {
  if (typeof id !== "string" || id === "") return ["has no id [json]"];
  const problems = [];
  if (id.length < MIN_NAME_LENGTH) problems.push(`id "${id}" has ${id.length} characters; Excel needs at least ${MIN_NAME_LENGTH} [naming]`);
  if (id.length > MAX_NAME_LENGTH) problems.push(`id "${id}" has ${id.length} characters; at most ${MAX_NAME_LENGTH} are allowed [spec]`);
  if (!/^[A-Z]/.test(id)) problems.push(`id "${id}" must start with a letter A–Z [naming]`);
  if (!/^[A-Z0-9._]*$/.test(id)) problems.push(`id "${id}" may use only A–Z, 0–9, '_' and '.' [naming]`);
  return problems;
}

/** Why a description is not acceptable ([ours]); [] when fine. */
function descriptionProblems(description, what) {
  if (typeof description !== "string" || description.trim() === "") return [`${what} has no description [ours]`];
  if (length(description) > MAX_DESCRIPTION_LENGTH) {
    return [`${what} description has ${length(description)} characters; at most ${MAX_DESCRIPTION_LENGTH} [ours]`];
  }
  return [];
}

/** Keys of `object` that the documentation does not define for it ([json]). */
function unknownKeys(object, allowed, what) {
  if (typeof object !== "object" || object === null) return [];
  return Object.keys(object)
    .filter((key) => !allowed.includes(key))
    .map((key) => `${what} has the undocumented property "${key}" [json]`);
}

/** Problems with one parameter of a function. */
function parameterProblems(parameter, what) {
  const problems = unknownKeys(parameter, PARAMETER_KEYS, what);
  if (typeof parameter.name !== "string" || parameter.name.trim() === "") problems.push(`${what} has no name [json]`);
  else if (/\s/.test(parameter.name)) problems.push(`${what} name "${parameter.name}" contains a space [ours]`);
  problems.push(...descriptionProblems(parameter.description, what));
  if (parameter.dimensionality !== undefined && !DIMENSIONALITIES.includes(parameter.dimensionality)) {
    problems.push(`${what} dimensionality "${parameter.dimensionality}" is not scalar or matrix [json]`);
  }
  if (parameter.type !== undefined && !TYPES.includes(parameter.type)) problems.push(`${what} type "${parameter.type}" is not boolean, number, string or any [json]`);
  return problems;
}

/** Problems with one function object (not counting clashes with the others). */
function functionProblems(fn) {
  const label = `${typeof fn.id === "string" && fn.id ? fn.id : "a function"}`;
  const problems = [...unknownKeys(fn, FUNCTION_KEYS, label), ...idProblems(fn.id), ...nameProblems(fn.name)];
  problems.push(...descriptionProblems(fn.description, label));
  if (fn.helpUrl !== undefined && !URL.canParse(fn.helpUrl)) problems.push(`${label} helpUrl "${fn.helpUrl}" is not a URL [json]`);
  problems.push(...unknownKeys(fn.options, OPTION_KEYS, `${label} options`));
  if (typeof fn.result !== "object" || fn.result === null) problems.push(`${label} has no result [json]`);
  else {
    problems.push(...unknownKeys(fn.result, RESULT_KEYS, `${label} result`));
    if (fn.result.dimensionality !== undefined && !DIMENSIONALITIES.includes(fn.result.dimensionality)) problems.push(`${label} result dimensionality "${fn.result.dimensionality}" is not scalar or matrix [json]`);
    if (fn.result.type !== undefined && !TYPES.includes(fn.result.type)) problems.push(`${label} result type "${fn.result.type}" is not boolean, number, string or any [json]`);
  }
  if (!Array.isArray(fn.parameters)) return [...problems, `${label} has no parameters array [json]`];
  const seen = new Set();
  fn.parameters.forEach((parameter, i) => {
    const what = `${label} parameter ${i + 1}${typeof parameter.name === "string" ? ` (${parameter.name})` : ""}`;
    problems.push(...parameterProblems(parameter, what));
    const key = String(parameter.name).toUpperCase();
    if (seen.has(key)) problems.push(`${what}: the name "${parameter.name}" is used twice in ${label} [ours]`);
    seen.add(key);
  });
  return problems.map((problem) => (problem.startsWith(label) ? problem : `${label} ${problem}`));
}

/** Each value of `keyOf` that more than one function shares, with the ids that share it. */
function duplicates(functions, keyOf) {
  const byKey = new Map();
  for (const fn of functions) {
    const key = keyOf(fn);
    if (typeof key !== "string") continue;
    byKey.set(key.toUpperCase(), [...(byKey.get(key.toUpperCase()) ?? []), fn]);
  }
  return [...byKey.values()].filter((group) => group.length > 1);
}

/**
 * Every way `metadata` breaks the documented custom-function metadata rules, one message per
 * problem, each prefixed with `file` ("functions.zh-CN.json: ALERT name "预警" has 2 characters; …").
 * @param {unknown} metadata the parsed JSON
 * @param {string} file the file name, for the messages
 * @returns {string[]} empty when the metadata is fine
 */
function checkFunctionsMetadata(metadata, file) {
  if (typeof metadata !== "object" || metadata === null || !Array.isArray(metadata.functions)) {
    return [`${file}: has no "functions" array [json]`];
  }
  const problems = unknownKeys(metadata, TOP_LEVEL_KEYS, "the file");
  for (const fn of metadata.functions) problems.push(...functionProblems(fn));
  for (const group of duplicates(metadata.functions, (fn) => fn.id)) problems.push(`id "${group[0].id}" is used by ${group.length} functions [json]`);
  for (const group of duplicates(metadata.functions, (fn) => fn.name)) {
    problems.push(`name "${group[0].name}" is used by ${group.map((fn) => fn.id).join(" and ")}; Excel shows #REF! for a clash [naming]`);
  }
  return problems.map((problem) => `${file}: ${problem}`);
}

module.exports = { checkFunctionsMetadata, isCellReference, MIN_NAME_LENGTH, MAX_NAME_LENGTH, MAX_DESCRIPTION_LENGTH };
