import fc from "fast-check";
import { isoFromSerial, serialFromYmd, weekdayOfSerial, ymdFromSerial } from "../../../src/engine/dates";
import { EVENT_PRESET_IDS, INBOUND_CUT_OFFS, blackFriday, firstWeekdayOnOrAfter, nthWeekdayOfMonth, presetDates, presetEdition } from "../../../src/taskpane/eventPresets";

const iso = isoFromSerial;
const day = (y: number, m: number, d: number) => serialFromYmd(y, m, d);

describe("calendar rules", () => {
  it("finds the n-th weekday of a month", () => {
    // hand: 2026-11-01 is a Sunday, so Thursdays are 5, 12, 19, 26
    expect(iso(nthWeekdayOfMonth(2026, 11, 4, 1))).toBe("2026-11-05");
    expect(iso(nthWeekdayOfMonth(2026, 11, 4, 4))).toBe("2026-11-26");
    // hand: 2026-07-01 is a Wednesday: Tuesdays 7, 14
    expect(iso(nthWeekdayOfMonth(2026, 7, 2, 2))).toBe("2026-07-14");
  });

  it("keeps a day that already is the weekday asked for", () => {
    expect(iso(firstWeekdayOnOrAfter(day(2025, 10, 7), 2))).toBe("2025-10-07"); // a Tuesday
    expect(iso(firstWeekdayOnOrAfter(day(2026, 10, 7), 2))).toBe("2026-10-13"); // Wednesday → next Tuesday
  });

  it("puts Black Friday the day after US Thanksgiving (fourth Thursday of November)", () => {
    // timeanddate.com: Black Friday 2023-11-24, 2024-11-29, 2025-11-28; the demo workbook plans 2026-11-27
    expect([2023, 2024, 2025, 2026].map((y) => iso(blackFriday(y)))).toEqual(["2023-11-24", "2024-11-29", "2025-11-28", "2026-11-27"]);
  });

  it("always finds Black Friday on a Friday between 23 and 29 November (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2200 }), (year) => {
        const bf = blackFriday(year);
        const { month, day: d } = ymdFromSerial(bf);
        return weekdayOfSerial(bf) === 5 && month === 11 && d >= 23 && d <= 29;
      }),
    );
  });
});

describe("presetEdition", () => {
  it("runs Black Friday to Cyber Monday, four days", () => {
    const e = presetEdition("bfcm", 2026);
    expect(e && [iso(e.start), iso(e.end)]).toEqual(["2026-11-27", "2026-11-30"]);
    expect(e && weekdayOfSerial(e.end)).toBe(1); // Cyber Monday
  });

  it("uses Amazon's own Prime Day dates where known, then the second Tuesday of July for four days", () => {
    // Amazon announcements: 2024-07-16/17, 2025-07-08…11
    expect([2024, 2025].map((y) => presetEdition("prime-day", y)).map((e) => e && `${iso(e.start)}…${iso(e.end)}`)).toEqual(["2024-07-16…2024-07-17", "2025-07-08…2025-07-11"]);
    const e2027 = presetEdition("prime-day", 2027);
    expect(e2027 && [iso(e2027.start), iso(e2027.end)]).toEqual(["2027-07-13", "2027-07-16"]); // hand: 2027-07-01 Thursday → Tuesdays 6, 13
  });

  it("knows Prime Day 2026 ran 23–26 June (Amazon's announcement), not the July rule's 14 July", () => {
    const e = presetEdition("prime-day", 2026);
    expect(e && [iso(e.start), iso(e.end)]).toEqual(["2026-06-23", "2026-06-26"]);
  });

  it("carries the marketplace's inbound cut-off only where it was published", () => {
    const cut = (id: Parameters<typeof presetEdition>[0], year: number) => {
      const e = presetEdition(id, year);
      return e?.inboundCutOff === undefined ? null : iso(e.inboundCutOff);
    };
    // sources in INBOUND_CUT_OFFS' comment: the minimal-split FBA dates
    expect(cut("prime-day", 2026)).toBe("2026-05-27");
    expect(cut("prime-big-deal-days", 2025)).toBe("2025-09-10");
    expect(cut("bfcm", 2025)).toBe("2025-10-20");
    // not published: none rather than a guess
    expect([cut("prime-big-deal-days", 2026), cut("bfcm", 2026), cut("prime-day", 2027), cut("bfcm", 2027), cut("back-to-school", 2026), cut("618", 2026)]).toEqual([null, null, null, null, null, null]);
  });

  it("puts every published cut-off before its edition starts (property over the table)", () => {
    for (const id of EVENT_PRESET_IDS) {
      for (const year of Object.keys(INBOUND_CUT_OFFS[id] ?? {}).map(Number)) {
        const e = presetEdition(id, year);
        expect(e?.inboundCutOff).toBeDefined();
        expect((e?.inboundCutOff ?? Infinity) < (e?.start ?? 0)).toBe(true);
      }
    }
  });

  it("has Prime Big Deal Days from 2022 only, on the first Tuesday from 7 October when not known", () => {
    expect(presetEdition("prime-big-deal-days", 2021)).toBeUndefined();
    const known = presetEdition("prime-big-deal-days", 2025);
    expect(known && [iso(known.start), iso(known.end)]).toEqual(["2025-10-07", "2025-10-08"]);
    const e = presetEdition("prime-big-deal-days", 2027);
    expect(e && [iso(e.start), iso(e.end)]).toEqual(["2027-10-12", "2027-10-13"]); // hand: 2027-10-07 Thursday → Tuesday 12
  });

  it("fixes back to school and 618 by the calendar, and gives custom no dates", () => {
    const school = presetEdition("back-to-school", 2026);
    const mid = presetEdition("618", 2026);
    expect(school && [iso(school.start), iso(school.end)]).toEqual(["2026-07-15", "2026-08-31"]);
    expect(mid && [iso(mid.start), iso(mid.end)]).toEqual(["2026-06-01", "2026-06-18"]);
    expect(presetEdition("custom", 2026)).toBeUndefined();
  });
});

describe("presetDates", () => {
  it("plans the demo's Black Friday from 2026-09-15 with the three years before", () => {
    const d = presetDates("bfcm", day(2026, 9, 15));
    expect(d && iso(d.edition.start)).toBe("2026-11-27");
    expect(d?.pastStarts.map(iso)).toEqual(["2023-11-24", "2024-11-29", "2025-11-28"]);
  });

  it("moves to next year once this year's edition has started", () => {
    const d = presetDates("prime-day", day(2026, 11, 30));
    expect(d && iso(d.edition.start)).toBe("2027-07-13");
    expect(d?.pastStarts.map(iso)).toEqual(["2024-07-16", "2025-07-08", "2026-06-23"]); // 2026 moved to June (Amazon)
    // on Black Friday itself, the plan is for next year's
    expect(iso(presetDates("bfcm", day(2026, 11, 27))?.edition.start ?? 0)).toBe("2027-11-26");
  });

  it("leaves out years an event did not exist", () => {
    expect(presetDates("prime-big-deal-days", day(2024, 1, 10))?.pastStarts.map(iso)).toEqual(["2022-10-11", "2023-10-10"]);
  });

  it("gives custom no dates, nor an event that does not run within two years", () => {
    expect(presetDates("custom", day(2026, 1, 1))).toBeUndefined();
    expect(presetDates("prime-big-deal-days", day(2015, 1, 1))).toBeUndefined();
  });

  it("always starts after the plan date, with past starts before it, oldest first (property)", () => {
    const presets = EVENT_PRESET_IDS.filter((id) => id !== "custom");
    fc.assert(
      fc.property(fc.constantFrom(...presets), fc.integer({ min: day(2000, 1, 1), max: day(2090, 12, 31) }), (id, planDate) => {
        const d = presetDates(id, planDate);
        if (!d) return id === "prime-big-deal-days" && ymdFromSerial(planDate).year < 2020; // none before 2022

        const sorted = [...d.pastStarts].sort((a, b) => a - b);
        return d.edition.start > planDate && d.edition.end >= d.edition.start && d.pastStarts.every((s) => s < d.edition.start) && sorted.join() === d.pastStarts.join();
      }),
    );
  });
});
