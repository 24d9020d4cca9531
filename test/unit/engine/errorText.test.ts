import { readNumber } from "../../../src/engine/cells";
import { parseDate } from "../../../src/engine/dates";
import { errorText } from "../../../src/engine/errorText";
import { problem } from "../../../src/engine/errors";
import { MESSAGES_EN } from "../../../src/engine/messages/messagesEn";
import { MESSAGES_ZH } from "../../../src/engine/messages/messagesZh";
import { errorOf } from "./stock/testResult";

const KEYS = Object.keys(MESSAGES_EN) as (keyof typeof MESSAGES_EN)[];
const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const CJK = /[\u4e00-\u9fff]/;

describe("the message tables", () => {
  it("give every English message a Chinese text, in Chinese, naming the same values", () => {
    const problems: string[] = [];
    for (const key of KEYS) {
      const zh = (MESSAGES_ZH as Record<string, string | undefined>)[key];
      if (zh === undefined || zh.trim() === "") problems.push(`${key}: no Chinese text`);
      else if (!CJK.test(zh)) problems.push(`${key}: '${zh}' is not Chinese`);
      else if (placeholders(zh).join() !== placeholders(MESSAGES_EN[key]).join()) problems.push(`${key}: values ${placeholders(zh)} vs ${placeholders(MESSAGES_EN[key])}`);
    }
    expect(problems).toEqual([]);
  });

  it("hold no Chinese key the English table lacks", () => {
    expect(Object.keys(MESSAGES_ZH).filter((k) => !(k in MESSAGES_EN))).toEqual([]);
  });
});

describe("errorText", () => {
  it("names a sheet cell in Chinese: 表 销售 第 6 行，销量 列", () => {
    const e = errorOf(readNumber("abc", { sheet: "销售", row: 6, column: "销量" }));
    const keyed = readNumber("abc", { sheet: "销售", row: 6, column: "销量" });
    expect(e.message).toBe("销售 row 6, 销量: 'abc' is not a number");
    expect(!keyed.ok && errorText(keyed.error, "zh-CN")).toBe("表 销售 第 6 行，销量 列：“abc” 不是数字");
    expect(!keyed.ok && errorText(keyed.error, "en")).toBe("销售 row 6, 销量: 'abc' is not a number");
  });

  it("says a date's problem in Chinese with the value kept as written", () => {
    const r = parseDate("3/4/2026", { sheet: "Sales", row: 9, column: "Date" });
    expect(!r.ok && errorText(r.error, "zh-CN")).toBe("表 Sales 第 9 行，Date 列：“3/4/2026” 既可能是日/月也可能是月/日；请说明日期的顺序，或改用 yyyy-mm-dd");
    const order = parseDate("31/2/2026", "event_start", "DMY");
    expect(!order.ok && errorText(order.error, "zh-CN")).toBe("event_start：“31/2/2026” 不是真实存在的日期（按日/月/年读取）");
  });

  it("treats Office and browser tags as their language", () => {
    const e = problem("blankCell", "MISSING_VALUE", { place: { place: { sheet: "SKUs", row: 3, column: "SKU" } } });
    expect([errorText(e, "zh-Hans"), errorText(e, "en-US"), errorText(e, undefined)]).toEqual([
      "表 SKUs 第 3 行，SKU 列：单元格是空的",
      "SKUs row 3, SKU: the cell is blank",
      "SKUs row 3, SKU: the cell is blank",
    ]);
  });

  it("puts a Chinese sentence from the code before the English of an error that has no message key", () => {
    expect(errorText({ code: "MODEL_FAILED", message: "ses: alpha did not converge" }, "zh-CN")).toBe("预测模型无法得出结果。ses: alpha did not converge");
    expect(errorText({ code: "NOT_A_NUMBER", message: "daily_sales: cell 4 is text 'abc'", where: { argument: "daily_sales", index: 4 } }, "zh-CN")).toBe(
      "daily_sales 第 4 个单元格不是数字。daily_sales: cell 4 is text 'abc'",
    );
  });
});
