import { seasonEvents, seasonProblem } from "../../../../src/engine/season/seasonEvents";
import { POLICY, S } from "../plan/flatBook";

describe("seasonEvents", () => {
  it("puts the events in date order, each with its own dates and the season's settings, cover cut at the next start", () => {
    const events = seasonEvents({ ...POLICY, inboundCutOff: S - 20, laterEvents: [{ name: "PBDD", marketplace: "Amazon US", start: S - 50, end: S - 49, pastEventStarts: [S - 415], growth: 1.2 }] });
    // hand: PBDD ends S − 49, BF starts S: cover min(14, S − 1 − (S − 49)) = 14; BF the last keeps 14
    expect(events.map((e) => [e.name, e.start, e.end, e.coverDaysAfter, e.growth, e.inboundCutOff, e.laterEvents])).toEqual([
      ["PBDD", S - 50, S - 49, 14, 1.2, undefined, undefined],
      ["BF", S, S + 3, 14, 1, S - 20, undefined],
    ]);
    expect(events[0].planDate).toBe(POLICY.planDate);
    expect(events[0].pastEventStarts).toEqual([S - 415]);
  });

  it("returns a policy without later events as it is", () => {
    expect(seasonEvents(POLICY)).toEqual([POLICY]);
  });
});

describe("seasonProblem", () => {
  it("finds overlapping days and repeated names, else null", () => {
    expect(seasonProblem([{ name: "A", start: 10, end: 12 }, { name: "B", start: 12, end: 14 }])).toEqual({ kind: "overlap", first: 0, second: 1 });
    expect(seasonProblem([{ name: "A", start: 10, end: 12 }, { name: "B", start: 20, end: 21 }, { name: " a ", start: 30, end: 31 }])).toEqual({ kind: "sameName", first: 0, second: 2 });
    expect(seasonProblem([{ name: "A", start: 10, end: 12 }, { name: "B", start: 13, end: 14 }])).toBeNull();
  });
});
