/**
 * Engine error messages in the user's language, for every edge that shows them
 * (the custom functions and the task pane). The engine writes its messages in
 * English; for Chinese this puts a Chinese sentence built
 * from the error's code and place first and keeps the English detail after it,
 * so that no fact (the bad value, the limit) is lost in translation.
 */
import type { EngineError, EngineErrorCode } from "./errors";

const ZH_BY_CODE: Record<EngineErrorCode, string> = {
  NOT_A_NUMBER: "不是数字",
  NEGATIVE_VALUE: "不能为负数",
  MISSING_VALUE: "缺少必填的值",
  BAD_DATE: "不是可识别的日期",
  AMBIGUOUS_DATE: "日期有歧义（无法判断是日/月还是月/日）",
  EMPTY_SERIES: "没有可用的销量数据",
  INSUFFICIENT_HISTORY: "历史数据太少",
  OUT_OF_RANGE: "超出允许的范围",
  MISSING_COLUMN: "缺少必需的列",
  DUPLICATE_KEY: "出现重复",
  INCONSISTENT_INPUT: "参数之间互相矛盾",
  MODEL_FAILED: "预测模型无法得出结果",
  UNKNOWN_MODEL: "未知的预测模型",
};

/** True for Chinese display languages (zh, zh-CN, zh-Hans …). */
export function isChinese(language: string | undefined): boolean {
  return (language ?? "").toLowerCase().startsWith("zh");
}

/**
 * The message a user reads for an engine error.
 * @param error the engine's error
 * @param language Office's display language ("zh-CN", "en-US"); undefined = English
 * @example localizeMessage({ code: "NOT_A_NUMBER", message: "daily_sales: cell 4 is text 'abc'", where: { argument: "daily_sales", index: 4 } }, "zh-CN")
 * // "daily_sales 第 4 个单元格不是数字。daily_sales: cell 4 is text 'abc'"
 */
export function localizeMessage(error: EngineError, language: string | undefined): string {
  if (!isChinese(language)) return error.message;
  const where = error.where ?? {};
  const place = [where.argument ?? "", where.index === undefined ? "" : `第 ${where.index} 个单元格`].filter((s) => s !== "").join(" ");
  return `${place}${ZH_BY_CODE[error.code]}。${error.message}`;
}
