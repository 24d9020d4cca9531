/**
 * An engine error or warning in the seller's language: the one place the
 * command line, the task pane and the custom functions turn an
 * {@link EngineError} into words.
 */
import type { EngineError, EngineErrorCode } from "./errors";
import { renderMessage } from "./messages/renderMessage";
import { isChineseLanguage, placeText } from "./messages/placeText";

/** Languages PeakStock speaks; any other tag reads as English. */
export type TextLanguage = "en" | "zh-CN";

/** A Chinese sentence per code, for errors that carry no message key (a forecast model's own checks). */
const ZH_BY_CODE: Readonly<Record<EngineErrorCode, string>> = {
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

/**
 * What a seller reads for an engine error or warning, in `language` ("zh…" →
 * Simplified Chinese, anything else English). English is the error's own
 * message. Chinese is the message's Chinese template filled with the same
 * values, the place named in Chinese (表 销售 第 6 行，销量 列：“abc” 不是数字);
 * an error without a message key (a model's internal check) gets a Chinese
 * sentence from its code and place, then the English detail, so no fact is lost.
 * @param error the engine's error or warning
 * @param language "en" or "zh-CN" (Office and browser tags such as "zh-Hans" and "en-US" work too)
 * @example errorText(readNumber("abc", { sheet: "销售", row: 6, column: "销量" }).error, "zh-CN")
 * // "表 销售 第 6 行，销量 列：“abc” 不是数字"
 * @example errorText({ code: "MODEL_FAILED", message: "ses: alpha did not converge" }, "zh-CN")
 * // "预测模型无法得出结果。ses: alpha did not converge"
 */
export function errorText(error: EngineError, language: string | undefined): string {
  if (!isChineseLanguage(language)) return error.message;
  if (error.text) return renderMessage(error.text, "zh-CN");
  const where = error.where ?? {};
  const place = where.argument !== undefined ? placeText({ argument: where.argument, ...(where.index !== undefined ? { index: where.index } : {}) }, "zh-CN") : "";
  return `${place}${ZH_BY_CODE[error.code]}。${error.message}`;
}
