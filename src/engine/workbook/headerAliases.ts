/**
 * The workbook contract as data (DESIGN.md §3): for every sheet PeakStock reads
 * or writes, its names and its canonical headers, each with an English and a
 * Simplified Chinese label and the other spellings sellers use. Matching ignores
 * case, spaces, `_`, `-` and units in brackets (see `normalizeHeader`), so an
 * alias is listed once in its plainest form: "unit cost" also matches
 * "Unit_Cost (USD)". Within one sheet no two headers share a spelling.
 * Input sheets are read by these tables; output sheets are written with their
 * `en` or `zh` labels (`headerLabels`).
 */
import { ALERTS_SHEET, BATCHES_SHEET, CARTON_LABELS_SHEET, CASH_FLOW_SHEET, CHARTS_SHEET, CHART_SHEET, FORECAST_SHEET, PLAN_SHEET, PURCHASE_ORDERS_SHEET, REPLAY_SHEET, SCENARIO_RESULTS_SHEET, SEND_TO_AMAZON_SHEET, SHIPMENTS_SHEET, WATCH_SHEET } from "./outputSheetSpecs";

/** The sheets of the contract: inputs (Sales, SKUs, Lanes, Event) and outputs. */
export type SheetKind =
  | "Sales" | "SKUs" | "Lanes" | "Event" | "Plan" | "Batches" | "CashFlow" | "Alerts" | "Forecast" | "Chart" | "Charts"
  | "SalesToDate" | "Watch" | "Replay" | "PurchaseOrders" | "Shipments" | "SendToAmazon" | "CartonLabels"
  | "Scenarios" | "ScenarioResults" | "Events";

/** Languages output headers are written in; "zh-CN" (the command line's tag) is the same as "zh". */
export type HeaderLanguage = "en" | "zh" | "zh-CN";

/** One canonical header (a column, or a key of the Event sheet). */
export interface HeaderSpec<K extends string = string> {
  /** Canonical key, e.g. "UnitCost". */
  readonly key: K;
  /** English label, written on output sheets. */
  readonly en: string;
  /** Simplified Chinese label, written on output sheets with `zh`. */
  readonly zh: string;
  /** Other spellings accepted on input (English and Chinese). */
  readonly aliases?: readonly string[];
  /** The sheet cannot be read without it. */
  readonly required?: boolean;
}

/** One sheet: its names and headers. */
export interface SheetSpec<K extends string = string> {
  readonly kind: SheetKind;
  /** Sheet name in English and Chinese, and other names looked for. */
  readonly en: string;
  readonly zh: string;
  readonly aliases: readonly string[];
  readonly headers: readonly HeaderSpec<K>[];
}

export type SalesKey = "Date" | "SKU" | "Units" | "Marketplace" | "Revenue" | "OnHand";
export type SkuKey =
  | "SKU" | "Name" | "UnitCost" | "Price" | "UnitsPerCarton" | "CartonLengthCm" | "CartonWidthCm" | "CartonHeightCm"
  | "CartonWeightKg" | "DutyRate" | "OnHand" | "InTransit" | "InTransitArrival" | "SupplierLeadDays" | "MOQ" | "Sensitive"
  | "Marketplace" | "Supplier" | "Destination" | "BackupSupplier" | "FNSKU";
export type LaneKey =
  | "Lane" | "Mode" | "TransitDays" | "TransitDaysWorst" | "HandlingDays" | "RatePerKg" | "RatePerCbm" | "MinCharge"
  | "VolumetricDivisor" | "AllowsSensitive" | "HarborFee" | "Destination";
export type EventKey =
  | "Event" | "Marketplace" | "Start" | "End" | "PlanDate" | "PastEventStarts" | "ReceivingDays" | "SafetyDays"
  | "ServiceLevel" | "ServiceLevelA" | "ServiceLevelB" | "ServiceLevelC" | "BufferPct" | "ContingencyPct"
  | "AlertThreshold" | "Growth" | "CoverDaysAfter" | "CapacityCubicFeet" | "StorageRateOffPeak" | "StorageRatePeak"
  | "InsuranceRate" | "SafetyStockMethod" | "UpliftOverride" | "OverageFeePerCubicFoot" | "ThreePlCostPerCubicFoot" | "InboundCutOff"
  | "ServiceLevelFloor" | "ServiceLevelFloorA" | "ServiceLevelFloorB" | "ServiceLevelFloorC" | "LeftoverHoldDays" | "LeftoverMarkdownPct" | "DepositPct";
export type ScenarioKey = "Scenario" | "Growth" | "TransitSlipDays" | "DisableModes" | "SupplierCapacity" | "FreightIncreasePct";
export type EventsKey = "Event" | "Marketplace" | "Start" | "End" | "InboundCutOff" | "PastEventStarts" | "Growth";

// Headers shared by several sheets.
const SKU_HEADER = {
  key: "SKU", en: "SKU", zh: "SKU", required: true,
  aliases: ["seller sku", "msku", "item", "sku code", "商品编码", "产品编码", "货号", "sku编码"],
} as const;
const MARKETPLACE_HEADER = {
  key: "Marketplace", en: "Marketplace", zh: "站点",
  aliases: ["market", "site", "sales channel", "platform", "平台", "市场", "销售站点"],
} as const;
/** Where a lane delivers, or where a SKUs row's stock is: a marketplace's warehouse or a 3PL. */
const DESTINATION_HEADER = {
  key: "Destination", en: "Destination", zh: "目的地",
  aliases: ["destination warehouse", "ship to", "deliver to", "目的仓", "目的仓库", "收货仓"],
} as const;
const ON_HAND_HEADER = {
  key: "OnHand", en: "OnHand", zh: "库存",
  aliases: ["on hand", "stock", "inventory", "available", "fba inventory", "在库", "现有库存", "可售库存", "库存数量"],
} as const;

/** `Sales` (long form): Date, SKU, Units; optional Marketplace, Revenue, OnHand. */
export const SALES_SHEET: SheetSpec<SalesKey> = {
  kind: "Sales", en: "Sales", zh: "销售", aliases: ["sales history", "sales data", "销售数据", "销量", "历史销量"],
  headers: [
    { key: "Date", en: "Date", zh: "日期", required: true, aliases: ["day", "order date", "sales date", "订单日期", "销售日期"] },
    SKU_HEADER,
    { key: "Units", en: "Units", zh: "销量", required: true, aliases: ["qty", "quantity", "units sold", "units ordered", "销售数量", "数量", "件数"] },
    MARKETPLACE_HEADER,
    { key: "Revenue", en: "Revenue", zh: "销售额", aliases: ["sales amount", "ordered product sales", "gmv", "收入", "销售金额", "营业额"] },
    ON_HAND_HEADER,
  ],
};

/** `SKUs`: SKU; everything else optional (defaults in `readSkuSheet`). */
export const SKU_SHEET: SheetSpec<SkuKey> = {
  kind: "SKUs", en: "SKUs", zh: "产品", aliases: ["sku", "products", "items", "sku master", "商品", "产品资料", "产品信息"],
  headers: [
    SKU_HEADER,
    { key: "Name", en: "Name", zh: "品名", aliases: ["product name", "title", "description", "名称", "产品名称", "商品名称"] },
    { key: "UnitCost", en: "UnitCost", zh: "单位成本", aliases: ["cost", "purchase cost", "purchase price", "采购成本", "采购价", "成本", "进价"] },
    { key: "Price", en: "Price", zh: "售价", aliases: ["selling price", "sale price", "sales price", "list price", "价格", "销售价", "销售价格"] },
    { key: "UnitsPerCarton", en: "UnitsPerCarton", zh: "每箱数量", aliases: ["pcs per carton", "qty per carton", "carton qty", "case pack", "装箱数", "箱规", "每箱件数"] },
    { key: "CartonLengthCm", en: "CartonLengthCm", zh: "箱长", aliases: ["carton length", "length", "外箱长"] },
    { key: "CartonWidthCm", en: "CartonWidthCm", zh: "箱宽", aliases: ["carton width", "width", "外箱宽"] },
    { key: "CartonHeightCm", en: "CartonHeightCm", zh: "箱高", aliases: ["carton height", "height", "外箱高"] },
    { key: "CartonWeightKg", en: "CartonWeightKg", zh: "箱重", aliases: ["carton weight", "weight", "gross weight", "外箱重量", "毛重", "整箱重量"] },
    { key: "DutyRate", en: "DutyRate", zh: "关税税率", aliases: ["duty", "tariff", "关税", "关税率", "税率"] },
    ON_HAND_HEADER,
    { key: "InTransit", en: "InTransit", zh: "在途", aliases: ["inbound", "在途库存", "在途数量"] },
    { key: "InTransitArrival", en: "InTransitArrival", zh: "在途到货日期", aliases: ["arrival", "arrival date", "eta", "在途到货日", "预计到货日期", "预计到货"] },
    { key: "SupplierLeadDays", en: "SupplierLeadDays", zh: "生产周期", aliases: ["supplier lead time", "lead days", "lead time", "production days", "production lead time", "交期", "采购周期", "生产天数", "备货周期"] },
    { key: "MOQ", en: "MOQ", zh: "最小起订量", aliases: ["min order qty", "minimum order quantity", "min order quantity", "起订量", "最低起订量"] },
    { key: "Sensitive", en: "Sensitive", zh: "敏感货", aliases: ["battery", "dangerous goods", "hazmat", "带电", "特货", "是否敏感货", "敏感"] },
    MARKETPLACE_HEADER,
    { key: "Supplier", en: "Supplier", zh: "供应商", aliases: ["vendor", "factory", "工厂", "厂家"] },
    DESTINATION_HEADER,
    {
      key: "BackupSupplier", en: "BackupSupplier", zh: "备用供应商",
      aliases: ["backup vendor", "second supplier", "alternate supplier", "alternative supplier", "备选供应商", "第二供应商", "备用工厂"],
    },
    { key: "FNSKU", en: "FNSKU", zh: "FNSKU编码", aliases: ["fulfillment network sku", "amazon barcode", "fba barcode", "亚马逊条码", "fba条码", "fnsku码"] },
  ],
};

/** `Lanes`: Lane, Mode, TransitDays; the rest optional (defaults in `readLanesSheet`). */
export const LANE_SHEET: SheetSpec<LaneKey> = {
  kind: "Lanes", en: "Lanes", zh: "物流渠道", aliases: ["lane", "shipping lanes", "logistics", "shipping", "物流", "渠道", "头程渠道"],
  headers: [
    { key: "Lane", en: "Lane", zh: "渠道", required: true, aliases: ["lane name", "name", "channel", "route", "物流渠道", "渠道名称", "线路"] },
    { key: "Mode", en: "Mode", zh: "运输方式", required: true, aliases: ["transport mode", "shipping mode", "method", "方式", "运输类型"] },
    { key: "TransitDays", en: "TransitDays", zh: "时效天数", required: true, aliases: ["transit", "transit time", "typical transit days", "时效", "运输天数", "运输时效"] },
    { key: "TransitDaysWorst", en: "TransitDaysWorst", zh: "最长时效天数", aliases: ["worst transit days", "max transit days", "worst case transit", "最长时效", "最慢时效"] },
    { key: "HandlingDays", en: "HandlingDays", zh: "操作天数", aliases: ["handling", "first mile days", "customs days", "头程天数", "报关天数", "处理天数"] },
    { key: "RatePerKg", en: "RatePerKg", zh: "每公斤运费", aliases: ["rate kg", "usd per kg", "price per kg", "$/kg", "公斤单价", "每kg运费"] },
    { key: "RatePerCbm", en: "RatePerCbm", zh: "每立方运费", aliases: ["rate cbm", "usd per cbm", "price per cbm", "$/cbm", "每方运费", "立方单价", "每cbm运费"] },
    { key: "MinCharge", en: "MinCharge", zh: "最低收费", aliases: ["minimum charge", "minimum", "最低消费", "起运费"] },
    { key: "VolumetricDivisor", en: "VolumetricDivisor", zh: "材积除数", aliases: ["dim divisor", "dimensional divisor", "divisor", "抛重系数", "体积重系数", "材积系数"] },
    { key: "AllowsSensitive", en: "AllowsSensitive", zh: "可运敏感货", aliases: ["sensitive ok", "allows battery", "battery ok", "可带电", "接敏感货"] },
    { key: "HarborFee", en: "HarborFee", zh: "港口维护费", aliases: ["hmf", "harbor maintenance fee", "harbour fee"] },
    DESTINATION_HEADER,
  ],
};

/** `Event`: keys of the two-column key/value sheet; Start, End and PlanDate are required. */
export const EVENT_SHEET: SheetSpec<EventKey> = {
  kind: "Event", en: "Event", zh: "活动", aliases: ["event settings", "settings", "活动设置", "活动信息", "设置"],
  headers: [
    { key: "Event", en: "Event", zh: "活动", aliases: ["event name", "活动名称", "促销活动"] },
    MARKETPLACE_HEADER,
    { key: "Start", en: "Start", zh: "开始日期", required: true, aliases: ["start date", "event start", "开始", "活动开始", "活动开始日期"] },
    { key: "End", en: "End", zh: "结束日期", required: true, aliases: ["end date", "event end", "结束", "活动结束", "活动结束日期"] },
    { key: "PlanDate", en: "PlanDate", zh: "计划日期", required: true, aliases: ["today", "as of", "今天", "计划日", "制定日期"] },
    { key: "PastEventStarts", en: "PastEventStarts", zh: "往年开始日期", aliases: ["past starts", "previous starts", "past events", "历史活动开始日期", "往年活动开始日期"] },
    { key: "ReceivingDays", en: "ReceivingDays", zh: "入仓天数", aliases: ["receiving", "check-in days", "上架天数", "收货天数", "入库天数"] },
    { key: "SafetyDays", en: "SafetyDays", zh: "安全天数", aliases: ["days before event", "提前天数"] },
    { key: "ServiceLevel", en: "ServiceLevel", zh: "服务水平", aliases: ["cycle service level", "服务水平目标"] },
    { key: "ServiceLevelA", en: "ServiceLevelA", zh: "A类服务水平", aliases: ["class a service level", "a service level"] },
    { key: "ServiceLevelB", en: "ServiceLevelB", zh: "B类服务水平", aliases: ["class b service level", "b service level"] },
    { key: "ServiceLevelC", en: "ServiceLevelC", zh: "C类服务水平", aliases: ["class c service level", "c service level"] },
    { key: "ServiceLevelFloor", en: "ServiceLevelFloor", zh: "服务水平下限", aliases: ["service level floor", "minimum service level", "最低服务水平"] },
    { key: "ServiceLevelFloorA", en: "ServiceLevelFloorA", zh: "A类服务水平下限", aliases: ["class a service level floor", "a service level floor"] },
    { key: "ServiceLevelFloorB", en: "ServiceLevelFloorB", zh: "B类服务水平下限", aliases: ["class b service level floor", "b service level floor"] },
    { key: "ServiceLevelFloorC", en: "ServiceLevelFloorC", zh: "C类服务水平下限", aliases: ["class c service level floor", "c service level floor"] },
    { key: "BufferPct", en: "BufferPct", zh: "机动库存比例", aliases: ["buffer", "buffer percent", "buffer %", "机动库存", "缓冲比例"] },
    { key: "ContingencyPct", en: "ContingencyPct", zh: "应急预算比例", aliases: ["contingency", "contingency percent", "contingency %", "预备金", "应急预算"] },
    { key: "AlertThreshold", en: "AlertThreshold", zh: "预警阈值", aliases: ["alert", "预警线", "预警"] },
    { key: "Growth", en: "Growth", zh: "增长系数", aliases: ["growth coefficient", "growth factor", "yoy", "同比增长系数", "增长倍数"] },
    { key: "CoverDaysAfter", en: "CoverDaysAfter", zh: "活动后覆盖天数", aliases: ["cover days", "days after event", "活动后天数", "覆盖天数"] },
    { key: "CapacityCubicFeet", en: "CapacityCubicFeet", zh: "库容立方英尺", aliases: ["capacity", "capacity ft3", "capacity limit", "库容", "仓储容量", "库容上限"] },
    { key: "StorageRateOffPeak", en: "StorageRateOffPeak", zh: "淡季仓储费", aliases: ["off peak storage rate", "storage rate jan-sep", "淡季仓储费率"] },
    { key: "StorageRatePeak", en: "StorageRatePeak", zh: "旺季仓储费", aliases: ["peak storage rate", "storage rate oct-dec", "旺季仓储费率"] },
    { key: "InsuranceRate", en: "InsuranceRate", zh: "保险费率", aliases: ["insurance", "保险"] },
    { key: "SafetyStockMethod", en: "SafetyStockMethod", zh: "安全库存方法", aliases: ["ss method", "method", "安全库存算法", "安全库存公式"] },
    { key: "UpliftOverride", en: "UpliftOverride", zh: "活动倍数", aliases: ["uplift", "event uplift", "提升倍数", "爆发系数", "活动系数"] },
    { key: "OverageFeePerCubicFoot", en: "OverageFeePerCubicFoot", zh: "超库容费", aliases: ["overage fee", "capacity overage fee", "超库容费每立方英尺", "超容费"] },
    { key: "LeftoverHoldDays", en: "LeftoverHoldDays", zh: "剩货消化天数", aliases: ["leftover hold days", "days to sell leftovers", "剩货天数", "剩余库存消化天数"] },
    { key: "LeftoverMarkdownPct", en: "LeftoverMarkdownPct", zh: "剩货折损比例", aliases: ["leftover markdown", "leftover markdown percent", "markdown", "剩货折价比例", "剩货损失比例"] },
    { key: "ThreePlCostPerCubicFoot", en: "ThreePlCostPerCubicFoot", zh: "海外仓中转费", aliases: ["3pl cost", "3pl cost per cubic foot", "3pl费用", "海外仓费用", "海外仓中转费每立方英尺"] },
    {
      key: "InboundCutOff", en: "InboundCutOff", zh: "入仓截止日",
      aliases: ["cutoff", "cut off date", "inbound cutoff date", "inbound deadline", "fba cutoff", "fba deadline", "arrival deadline", "入仓截止日期", "入库截止日", "入库截止日期", "截止入仓日", "截仓日"],
    },
    { key: "DepositPct", en: "DepositPct", zh: "定金比例", aliases: ["deposit", "deposit percent", "deposit %", "deposit share", "定金", "订金比例", "预付款比例", "预付比例"] },
  ],
};

/**
 * `Events` (`活动日程`): the season's further events, one per row (issue 12 §1); the Event sheet's own event
 * is the first of the season and holds the policy. Event, Start and End are required; the labels are the
 * Event sheet's keys, so a seller who knows one knows the other.
 */
export const EVENTS_SHEET: SheetSpec<EventsKey> = {
  kind: "Events", en: "Events", zh: "活动日程", aliases: ["season", "event calendar", "event list", "more events", "活动列表", "活动日历", "旺季活动"],
  headers: EVENT_SHEET.headers.filter((h): h is HeaderSpec<EventsKey> => ["Event", "Marketplace", "Start", "End", "InboundCutOff", "PastEventStarts", "Growth"].includes(h.key))
    .map((h) => (h.key === "Event" ? { ...h, required: true } : h)),
};

/**
 * `SalesToDate`: sales since the plan date for the Watch (`peakstock watch`, the pane's Watch step):
 * Date, SKU, Units; optional Marketplace (or Destination) and OnHand (stock at the end of the day).
 * The Sales sheet's headers, the marketplace also spelled as where the goods went.
 */
export const SALES_TO_DATE_SHEET: SheetSpec<SalesKey> = {
  kind: "SalesToDate", en: "SalesToDate", zh: "至今销量", aliases: ["sales to date", "recent sales", "actual sales", "actuals", "近期销量", "实际销量", "销售至今"],
  headers: SALES_SHEET.headers.map((h) =>
    h.key === "Marketplace" ? { ...h, aliases: [...(h.aliases ?? []), "destination", "ship to", "目的地", "目的仓", "目的国"] } : h),
};

/** `Scenarios` (input): one what-if per row, a name and the overrides it plans with (read by scenarios/readScenariosSheet.ts). */
export const SCENARIOS_SHEET: SheetSpec<ScenarioKey> = {
  kind: "Scenarios", en: "Scenarios", zh: "情景", aliases: ["scenario", "what if", "what-ifs", "情景分析", "假设情景", "模拟情景"],
  headers: [
    { key: "Scenario", en: "Scenario", zh: "情景", required: true, aliases: ["name", "scenario name", "what if", "情景名称", "名称"] },
    { key: "Growth", en: "Growth", zh: "增长系数", aliases: ["growth factor", "demand growth", "增长", "增长率系数"] },
    { key: "TransitSlipDays", en: "TransitSlipDays", zh: "运输延误天数", aliases: ["slip days", "transit slip", "delay days", "延误天数", "时效延误天数"] },
    { key: "DisableModes", en: "DisableModes", zh: "停用运输方式", aliases: ["disabled modes", "no modes", "disable lanes", "停用渠道", "不可用运输方式"] },
    { key: "SupplierCapacity", en: "SupplierCapacity", zh: "供应商产能", aliases: ["capacity", "supplier capacity pct", "factory capacity", "产能", "工厂产能"] },
    { key: "FreightIncreasePct", en: "FreightIncreasePct", zh: "运费上涨比例", aliases: ["freight increase", "extra freight", "freight change", "运费上涨", "运费涨幅"] },
  ],
};

/** Every sheet of the contract, by kind. */
export const SHEET_SPECS: Readonly<Record<SheetKind, SheetSpec>> = {
  Sales: SALES_SHEET, SKUs: SKU_SHEET, Lanes: LANE_SHEET, Event: EVENT_SHEET, Plan: PLAN_SHEET, Batches: BATCHES_SHEET,
  CashFlow: CASH_FLOW_SHEET, Alerts: ALERTS_SHEET, Forecast: FORECAST_SHEET, Chart: CHART_SHEET, Charts: CHARTS_SHEET,
  SalesToDate: SALES_TO_DATE_SHEET, Watch: WATCH_SHEET, Replay: REPLAY_SHEET,
  PurchaseOrders: PURCHASE_ORDERS_SHEET, Shipments: SHIPMENTS_SHEET, SendToAmazon: SEND_TO_AMAZON_SHEET, CartonLabels: CARTON_LABELS_SHEET,
  Scenarios: SCENARIOS_SHEET, ScenarioResults: SCENARIO_RESULTS_SHEET,
  Events: EVENTS_SHEET,
};

/**
 * The label of a header in a language.
 * @example headerLabel(SKU_SHEET.headers[2], "zh") // "单位成本"
 */
export function headerLabel(spec: HeaderSpec, language: HeaderLanguage): string {
  return language === "en" ? spec.en : spec.zh;
}

/**
 * The header row of a sheet in a language, in contract order (what the command
 * line and the task pane write on an output sheet).
 * @param kind the sheet, e.g. "Plan"
 * @param language "en", or "zh" / "zh-CN" for Simplified Chinese
 * @example headerLabels("CashFlow", "zh-CN").slice(0, 3) // ["周起始日", "定金", "尾款"]
 */
export function headerLabels(kind: SheetKind, language: HeaderLanguage): readonly string[] {
  return SHEET_SPECS[kind].headers.map((h) => headerLabel(h, language));
}

/**
 * The sheet's name in a language.
 * @example sheetLabel("Plan", "zh-CN") // "计划"
 */
export function sheetLabel(kind: SheetKind, language: HeaderLanguage): string {
  const spec = SHEET_SPECS[kind];
  return language === "en" ? spec.en : spec.zh;
}

/** The output sheets' specs live in outputSheetSpecs.ts; re-exported so callers keep one import. */
export { ALERTS_SHEET, BATCHES_SHEET, CARTON_LABELS_SHEET, CASH_FLOW_SHEET, CHARTS_SHEET, CHART_SHEET, FORECAST_SHEET, PLAN_SHEET, PURCHASE_ORDERS_SHEET, REPLAY_SHEET, SCENARIO_RESULTS_SHEET, SEND_TO_AMAZON_SHEET, SHIPMENTS_SHEET, WATCH_SHEET };
