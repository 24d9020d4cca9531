/**
 * PeakStock engine: pure functions over plain arrays and records — cleaning,
 * forecasting, event demand, safety stock, classification. No Office, no DOM,
 * no I/O; deterministic. Every other layer imports the engine from here.
 */
export * from "./cells";
export * from "./classify/abcClassify";
export * from "./classify/defaultServiceLevelForClass";
export * from "./classify/weeklyTotals";
export * from "./classify/xyzClassify";
export * from "./dates";
export * from "./errors";
export * from "./event/dailyHistory";
export * from "./event/eventDemand";
export * from "./event/eventSigma";
export * from "./event/pastEventUplift";
export * from "./event/portfolioUplift";
export * from "./event/shrinkUplift";
export * from "./forecast/accuracy";
export * from "./forecast/auto";
export * from "./forecast/backtest";
export * from "./forecast/combineFits";
export * from "./forecast/croston";
export * from "./forecast/holtDamped";
export * from "./forecast/holtWinters";
export * from "./forecast/intervals";
export * from "./forecast/model";
export * from "./forecast/movingAverage";
export * from "./forecast/naive";
export * from "./forecast/registry";
export * from "./forecast/seasonalNaive";
export * from "./forecast/ses";
export * from "./forecast/tsb";
export * from "./forecast/validateSeries";
export * from "./forecast/weightedAverage";
export * from "./series/buildSeriesFromLong";
export * from "./series/buildSeriesFromWide";
export * from "./series/dailySeries";
export * from "./series/imputeExcluded";
export * from "./series/inferDayOrder";
export * from "./series/maskWindows";
export * from "./series/readLongRows";
export * from "./series/summarizeSeries";
export * from "./stats/demandStats";
export * from "./stats/goldenSection";
export * from "./stats/normalQuantile";
export * from "./stats/optimize";
export * from "./stock/criticalRatio";
export * from "./stock/leadTimeDemandSd";
export * from "./stock/newsvendorQuantity";
export * from "./stock/newsvendorQuantityEmpirical";
export * from "./stock/reorderPoint";
export * from "./stock/roundUpToOrderQuantity";
export * from "./stock/safetyStockMaxAvg";
export * from "./stock/serviceLevelSafetyStock";
export * from "./stock/serviceLevelZ";
