import { LANGUAGES, STRINGS, pickLanguage } from "../../../src/taskpane/i18n";

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

describe("STRINGS", () => {
  it("has every text in every language, none empty", () => {
    const keys = Object.keys(STRINGS.en).sort();
    for (const language of LANGUAGES) {
      expect(Object.keys(STRINGS[language]).sort()).toEqual(keys);
      for (const key of keys) expect(STRINGS[language][key as keyof typeof STRINGS.en]).not.toBe("");
    }
  });

  it("really translates: the Chinese intro is in Chinese", () => {
    expect(STRINGS.zh.intro).toMatch(/[\u4e00-\u9fff]{10}/);
    expect(STRINGS.zh.intro).not.toBe(STRINGS.en.intro);
  });
});
