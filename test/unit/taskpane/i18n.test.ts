import { EN } from "../../../src/taskpane/strings/en";
import { ZH } from "../../../src/taskpane/strings/zh";
import { LANGUAGES, STRINGS, format, otherLanguage, outputLanguage, pickLanguage, say, type StringKey } from "../../../src/taskpane/i18n";

/** The `{name}` placeholders of a text, sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

describe("pickLanguage", () => {
  it("follows Office's display language first", () => {
    expect(pickLanguage("zh-CN", "en-US")).toBe("zh");
    expect(pickLanguage("de-DE", "zh-CN")).toBe("en");
  });

  it("falls back to the browser's language outside Office", () => {
    expect(pickLanguage(undefined, "zh-TW")).toBe("zh");
    expect(pickLanguage("", "ZH")).toBe("zh");
    expect(pickLanguage(undefined, "fr-FR")).toBe("en");
    expect(pickLanguage(undefined, undefined)).toBe("en");
  });
});

describe("the text tables", () => {
  it("have the same keys in both languages, none empty", () => {
    const keys = Object.keys(EN).sort();
    expect(Object.keys(ZH).sort()).toEqual(keys);
    for (const language of LANGUAGES) {
      expect(Object.keys(STRINGS[language]).sort()).toEqual(keys);
      for (const key of keys) expect(STRINGS[language][key as StringKey].trim()).not.toBe("");
    }
  });

  it("use the same placeholders in both languages", () => {
    const differ = (Object.keys(EN) as StringKey[]).filter((k) => placeholders(EN[k]).join() !== placeholders(ZH[k]).join());
    expect(differ).toEqual([]);
  });

  it("really translate: the Chinese steps and messages are in Chinese", () => {
    expect(ZH.intro).toMatch(/[\u4e00-\u9fff]{10}/);
    for (const key of ["tabData", "generate", "errEndBeforeStart", "errServiceLevel", "watchIntro"] as const) {
      expect(ZH[key]).toMatch(/[\u4e00-\u9fff]/);
      expect(ZH[key]).not.toBe(EN[key]);
    }
  });

  it("name every Watch status in both languages, the Chinese in Chinese", () => {
    for (const key of ["statusSTOCKOUT", "statusREORDER", "statusSHORT", "statusSLOW", "statusHOT", "statusOK"] as const) {
      expect(EN[key]).toMatch(/[A-Za-z]/);
      expect(ZH[key]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("format and say", () => {
  it("fills placeholders and keeps unknown ones as written", () => {
    expect(format("Planning SKU {done} of {total}…", { done: 3, total: 60 })).toBe("Planning SKU 3 of 60…");
    expect(format("{a} and {b}", { a: "x" })).toBe("x and {b}");
    expect(format("{toString}", {})).toBe("{toString}"); // not an inherited member
  });

  it("says a message in a language", () => {
    expect(say(STRINGS.en, { key: "errNumber", values: { value: "abc" } })).toBe("'abc' is not a number.");
    expect(say(STRINGS.zh, { key: "errNumber", values: { value: "abc" } })).toBe("“abc”不是数字。");
  });
});

describe("language helpers", () => {
  it("switches to the other language and names the output language", () => {
    expect(otherLanguage("en")).toBe("zh");
    expect(otherLanguage("zh")).toBe("en");
    expect(outputLanguage("zh")).toBe("zh-CN");
    expect(outputLanguage("en")).toBe("en");
  });
});
