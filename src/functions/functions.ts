/**
 * PeakStock's Excel custom functions (namespace PEAK), the bundle Excel loads.
 * Each function is a thin adapter in one of the topic files below: read the
 * arguments Excel passes, call the engine, turn an engine error into an Excel
 * error. CustomFunctionsMetadataPlugin reads their JSDoc to write functions.json
 * and appends the `CustomFunctions.associate` calls to each file at build time
 * (guarded by scripts/guard-associate-loader.js so the bundle loads outside Excel).
 */
export { abc, xyz } from "./classifyFunctions";
export { eventDemand, forecast } from "./forecastFunctions";
export { cbm, chargeableWeight, cubicFeet, landedCost, shipBy, storageFee } from "./logisticsFunctions";
export { batchSplit, reorderPoint, safetyStock } from "./stockFunctions";
export { alert, weeksOfCover } from "./watchFunctions";
