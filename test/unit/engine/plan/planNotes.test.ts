import { NOTE_TEMPLATES, note, renderNote, renderNotes } from "../../../../src/engine/plan/planNotes";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("planNotes", () => {
  it("has every note in English and Chinese with the same placeholders", () => {
    const { en, zh } = NOTE_TEMPLATES;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect([key, placeholders(zh[key])]).toEqual([key, placeholders(en[key])]);
  });

  it("fills a note's numbers in either language", () => {
    const n = note("slowLaneGone", { mode: "sea", shipBy: "2026-10-02", ready: "2026-10-15", fastMode: "air" });
    expect(renderNote(n)).toBe("sea ship-by passed on 2026-10-02, goods ready 2026-10-15 → all by air");
    expect(renderNote(n, "zh-CN")).toBe("海运 最晚发货日 2026-10-02 已过，货物 2026-10-15 才备好 → 全部走 空运");
    expect(renderNote({ ...n, params: { ...n.params, mode: "fast-sea" } })).toMatch(/^fast boat ship-by/);
    expect(renderNote(note("laneDoesNotPay", { lane: "Air → US West", landed: "2.50", margin: "1.65" }))).toBe(
      "Air → US West does not pay its freight: freight, duty, insurance and storage $2.50/unit against the $1.65 margin of a sale, so nothing goes by it",
    );
    expect(renderNote(note("laneDoesNotPay", { lane: "Air → US West", landed: "2.50", margin: "1.65" }), "zh-CN")).toBe(
      "Air → US West 运费不划算：每件运费、关税、保险和仓储 $2.50，高于每件 $1.65 的毛利，不走此渠道",
    );
  });

  it("joins several notes for one cell", () => {
    const notes = [note("allFast"), note("raisedToMoq", { moq: 500, lane: "Fast boat → US West" })];
    expect(renderNotes(notes, "en")).toBe("all by the fast lane; raised to the MOQ of 500 by Fast boat → US West");
    expect(renderNotes(notes, "zh-CN")).toBe("全部走快线；已按最小起订量 500 补足，走 Fast boat → US West");
  });
});
