/**
 * The sheets PeakStock writes, as the workbook contract knows them (kind, English and Chinese names,
 * the headers a re-run reads back): Plan, Batches, CashFlow, Alerts, Forecast, the charts, Watch,
 * Replay, the orders and shipment files and ScenarioResults. The input sheets' specs, `SHEET_SPECS`
 * and the lookups are in headerAliases.ts.
 */
import type { HeaderSpec, SheetSpec } from "./headerAliases";

const o = (key: string, en: string, zh: string): HeaderSpec => ({ key, en, zh });

/** `Plan`: one row per SKU (DESIGN.md §3). */
export const PLAN_SHEET: SheetSpec = {
  kind: "Plan", en: "Plan", zh: "计划", aliases: ["stock plan", "备货计划"],
  headers: [
    o("SKU", "SKU", "SKU"), o("Destination", "Destination", "目的地"), o("Class", "Class", "分类"), o("Model", "Model", "预测模型"), o("BaselinePerDay", "BaselinePerDay", "基线日销量"),
    o("Uplift", "Uplift", "活动倍数"), o("EventDemandP50", "EventDemandP50", "活动需求P50"), o("EventDemandP90", "EventDemandP90", "活动需求P90"),
    o("SafetyStock", "SafetyStock", "安全库存"), o("Buffer", "Buffer", "机动库存"), o("OnHand", "OnHand", "库存"), o("InTransit", "InTransit", "在途"),
    o("NetNeed", "NetNeed", "净需求"), o("BaseQty", "BaseQty", "基础批数量"), o("BaseLane", "BaseLane", "基础批渠道"),
    o("BaseShipBy", "BaseShipBy", "基础批最晚发货日"), o("SprintQty", "SprintQty", "冲刺批数量"), o("SprintLane", "SprintLane", "冲刺批渠道"),
    o("SprintShipBy", "SprintShipBy", "冲刺批最晚发货日"), o("LandedCostPerUnit", "LandedCostPerUnit", "单位落地成本"), o("Why", "Why", "说明"),
  ],
};

/** `Batches`: one row per shipment (proposed columns; DESIGN.md §3 names the sheet only). */
export const BATCHES_SHEET: SheetSpec = {
  kind: "Batches", en: "Batches", zh: "批次", aliases: ["shipment batches", "发货批次"],
  headers: [
    o("Batch", "Batch", "批次"), o("SKU", "SKU", "SKU"), o("Kind", "Kind", "类型"), o("Lane", "Lane", "物流渠道"), o("Mode", "Mode", "运输方式"),
    o("Destination", "Destination", "目的地"),
    o("Units", "Units", "数量"), o("Cartons", "Cartons", "箱数"), o("ChargeableWeightKg", "ChargeableWeightKg", "计费重量"),
    o("VolumeCbm", "VolumeCbm", "体积"), o("ShipBy", "ShipBy", "最晚发货日"), o("ArriveBy", "ArriveBy", "最晚到仓日"),
    o("SellableBy", "SellableBy", "最晚可售日"), o("Freight", "Freight", "运费"), o("Duties", "Duties", "关税"), o("Why", "Why", "说明"),
  ],
};

/** `CashFlow`: one row per week (proposed columns). */
export const CASH_FLOW_SHEET: SheetSpec = {
  kind: "CashFlow", en: "CashFlow", zh: "现金流", aliases: ["cash flow schedule", "资金计划"],
  headers: [
    o("WeekStart", "WeekStart", "周起始日"), o("Deposits", "Deposits", "定金"), o("Balances", "Balances", "尾款"), o("Freight", "Freight", "运费"),
    o("Duties", "Duties", "关税"), o("Storage", "Storage", "仓储费"), o("Insurance", "Insurance", "保险费"), o("Total", "Total", "合计"),
    o("Cumulative", "Cumulative", "累计"),
  ],
};

/** `Alerts`: one row per alert (proposed columns). */
export const ALERTS_SHEET: SheetSpec = {
  kind: "Alerts", en: "Alerts", zh: "预警", aliases: ["warnings", "预警信息"],
  headers: [
    o("SKU", "SKU", "SKU"), o("Date", "Date", "日期"), o("Kind", "Kind", "类型"), o("Severity", "Severity", "级别"), o("Actual", "Actual", "实际销量"),
    o("Forecast", "Forecast", "预测销量"), o("Deviation", "Deviation", "偏差"), o("Quantity", "Quantity", "建议数量"), o("Lane", "Lane", "物流渠道"),
    o("ShipBy", "ShipBy", "最晚发货日"), o("StockOutDate", "StockOutDate", "预计断货日"), o("Message", "Message", "说明"),
  ],
};

/** `Forecast`: one row per SKU and day (proposed columns). */
export const FORECAST_SHEET: SheetSpec = {
  kind: "Forecast", en: "Forecast", zh: "预测", aliases: ["daily forecast", "销量预测"],
  headers: [
    o("SKU", "SKU", "SKU"), o("Date", "Date", "日期"), o("Model", "Model", "预测模型"), o("Baseline", "Baseline", "基线"),
    o("Forecast", "Forecast", "预测"), o("Lower", "Lower", "下限"), o("Upper", "Upper", "上限"), o("Actual", "Actual", "实际"),
  ],
};

/** `Chart`: the data behind the history-and-forecast chart of the SKUs the user picks (columns: plan/chartTable.ts). */
export const CHART_SHEET: SheetSpec = {
  kind: "Chart", en: "Chart", zh: "图表", aliases: ["forecast chart", "预测图"],
  headers: [o("Date", "Date", "日期"), o("SKU", "SKU", "SKU"), o("History", "History", "历史销量"), o("Forecast", "Forecast", "预测")],
};

/** `Watch`: one row per watched SKU (columns: watch/watchTable.ts). */
export const WATCH_SHEET: SheetSpec = {
  kind: "Watch", en: "Watch", zh: "监控", aliases: ["sales watch", "销量监控"],
  headers: [
    o("SKU", "SKU", "SKU"), o("Name", "Name", "品名"), o("Destination", "Destination", "目的地"), o("Status", "Status", "状态"), o("AsOf", "AsOf", "截至日期"), o("Sold", "Sold", "实际销量"),
    o("Forecast", "Forecast", "预测销量"), o("Deviation", "Deviation", "偏差"), o("StockOutDays", "StockOutDays", "断货天数"),
    o("StockNow", "StockNow", "当前库存"), o("RunsOutOn", "RunsOutOn", "预计断货日"), o("ShortUnits", "ShortUnits", "缺货数量"),
    o("ReorderQty", "ReorderQty", "建议补货数量"), o("Lane", "Lane", "物流渠道"), o("ReadyOn", "ReadyOn", "生产完成日"),
    o("SellableBy", "SellableBy", "最晚可售日"), o("InTime", "InTime", "是否及时"), o("Freight", "Freight", "运费"),
    o("Saves", "Saves", "可挽回利润"), o("Leftover", "Leftover", "活动后剩余"), o("Advice", "Advice", "建议"),
  ],
};

/** `Charts`: the command line's charts of the costliest SKUs, their data as one table (columns: plan/chartTable.ts). */
export const CHARTS_SHEET: SheetSpec = {
  kind: "Charts", en: "Charts", zh: "重点SKU图表", aliases: ["sku charts", "top sku charts", "重点图表"],
  headers: [o("Date", "Date", "日期"), o("SKU", "SKU", "SKU"), o("History", "History", "历史销量"), o("Forecast", "Forecast", "预测")],
};

/** `PurchaseOrders`: one row per order line (columns: orders/orderTables.ts). */
export const PURCHASE_ORDERS_SHEET: SheetSpec = {
  kind: "PurchaseOrders", en: "PurchaseOrders", zh: "采购单", aliases: ["purchase orders", "po", "pos", "采购订单", "采购计划"],
  headers: [o("PO", "PO", "采购单号"), o("Supplier", "Supplier", "供应商"), o("SKU", "SKU", "SKU"), o("Units", "Units", "数量"), o("Amount", "Amount", "金额")],
};

/** `Shipments`: one row per SKU of each shipment and a total row per shipment (columns: shipments/shipmentTables.ts). */
export const SHIPMENTS_SHEET: SheetSpec = {
  kind: "Shipments", en: "Shipments", zh: "货件", aliases: ["packing list", "装箱单", "货件明细"],
  headers: [o("Shipment", "Shipment", "货件"), o("SKU", "SKU", "SKU"), o("Cartons", "Cartons", "箱数"), o("Cbm", "Cbm", "体积立方米"), o("ChargeableKg", "ChargeableKg", "计费重量千克")],
};

/** `SendToAmazon`: the rows of Amazon's Send to Amazon file upload per FBA shipment (columns: shipments/sendToAmazonFile.ts). */
export const SEND_TO_AMAZON_SHEET: SheetSpec = {
  kind: "SendToAmazon", en: "SendToAmazon", zh: "亚马逊入库上传", aliases: ["send to amazon", "fba upload", "fba入库", "亚马逊上传"],
  headers: [o("Shipment", "Shipment", "货件"), o("Merchant SKU", "Merchant SKU", "卖家SKU"), o("Quantity", "Quantity", "数量")],
};

/** `CartonLabels`: one box mark per carton (columns: shipments/cartonLabels.ts). */
export const CARTON_LABELS_SHEET: SheetSpec = {
  kind: "CartonLabels", en: "CartonLabels", zh: "箱唛", aliases: ["carton labels", "box labels", "shipping marks", "外箱标签", "箱标"],
  headers: [o("Shipment", "Shipment", "货件"), o("SKU", "SKU", "SKU"), o("CartonNo", "CartonNo", "箱号"), o("Label", "Label", "箱唛")],
};

/** `Replay`: a past edition replayed, the policies side by side (columns: replay/replayTable.ts). */
export const REPLAY_SHEET: SheetSpec = {
  kind: "Replay", en: "Replay", zh: "复盘", aliases: ["replays", "backtest", "回放", "复盘结果"],
  headers: [
    o("Policy", "Policy", "策略"), o("SKU", "SKU", "SKU"), o("Name", "Name", "名称"), o("Destination", "Destination", "目的地"), o("Class", "Class", "分类"),
    o("Demanded", "Demanded", "需求"), o("Sold", "Sold", "售出"), o("Short", "Short", "缺货"), o("LeftOver", "LeftOver", "剩余"),
    o("FillRate", "FillRate", "满足率"), o("Shipped", "Shipped", "发货"), o("Revenue", "Revenue", "销售额"),
    o("CostOfGoodsSold", "CostOfGoodsSold", "销售成本"), o("MarketplaceFees", "MarketplaceFees", "平台费用"), o("Freight", "Freight", "运费"),
    o("Duty", "Duty", "关税"), o("Insurance", "Insurance", "保险费"), o("Storage", "Storage", "仓储费"), o("LeftoverCost", "LeftoverCost", "剩余成本"),
    o("Profit", "Profit", "利润"), o("ShareOfReference", "ShareOfReference", "占参照利润"), o("Shipments", "Shipments", "发货明细"), o("Note", "Note", "说明"),
  ],
};

/** `ScenarioResults`: the base plan and each scenario side by side (columns: scenarios/scenariosTable.ts). */
export const SCENARIO_RESULTS_SHEET: SheetSpec = {
  kind: "ScenarioResults", en: "ScenarioResults", zh: "情景对比", aliases: ["scenario results", "what if results", "情景结果"],
  headers: [o("Scenario", "Scenario", "情景"), o("ExpectedProfit", "ExpectedProfit", "预期利润"), o("ExpectedFillRate", "ExpectedFillRate", "预期满足率")],
};
