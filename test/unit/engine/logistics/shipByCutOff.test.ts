import { isoFromSerial, serialFromYmd } from "../../../../src/engine/dates";
import { laneShipBy, shipByDates } from "../../../../src/engine/logistics/shipByDates";
import type { Lane } from "../../../../src/engine/plan/types";
import { errorOf, unwrap } from "../stock/testResult";

const sea: Lane = Object.freeze({ name: "Sea", mode: "sea", transitDays: 30, transitDaysWorst: 35, handlingDays: 5, ratePerKg: 0, ratePerCbm: 0, minCharge: 0, volumetricDivisor: 6000, allowsSensitive: true });

// Black Friday 2026 starts 2026-11-27 (serial 46353); safety 7, receiving 14 → the timeline's arrive-by is 2026-11-06 (46332).
const bf = serialFromYmd(2026, 11, 27);

describe("shipByDates with the marketplace's inbound cut-off", () => {
  it("binds when the cut-off is earlier than the timeline's arrive-by", () => {
    const cutOff = serialFromYmd(2026, 10, 30);
    expect(cutOff).toBe(46325);
    const d = unwrap(shipByDates({ eventStartSerial: bf, transitDaysWorst: 35, transitDaysTypical: 25, receivingDays: 14, safetyDays: 7, handlingDays: 5, inboundCutOffSerial: cutOff }));
    // hand: timeline 11-27 − 7 − 14 = 11-06 (46332); cut-off 10-30 (46325) is earlier → arrive by 10-30;
    // ship by 10-30 − 35 − 5 = 2026-09-20 (46285); typical 10-30 − 25 − 5 = 2026-09-30 (46295)
    expect(d).toEqual({ sellableBy: 46346, arriveBy: 46325, shipBy: 46285, shipByTypical: 46295, timelineArriveBy: 46332 });
    expect([isoFromSerial(d.arriveBy), isoFromSerial(d.shipBy), isoFromSerial(d.shipByTypical)]).toEqual(["2026-10-30", "2026-09-20", "2026-09-30"]);
  });

  it("leaves the timeline alone when the cut-off is later", () => {
    const cutOff = serialFromYmd(2026, 11, 10); // 46336, after 11-06
    const d = unwrap(shipByDates({ eventStartSerial: bf, transitDaysWorst: 35, receivingDays: 14, safetyDays: 7, handlingDays: 5, inboundCutOffSerial: cutOff }));
    // hand: arrive by min(46332, 46336) = 46332; ship by 46332 − 40 = 46292 (2026-09-27), as without a cut-off
    expect(d).toEqual({ sellableBy: 46346, arriveBy: 46332, shipBy: 46292, shipByTypical: 46292, timelineArriveBy: 46332 });
  });

  it("treats a cut-off on the timeline's own arrive-by as the timeline binding (no earlier day)", () => {
    const d = unwrap(shipByDates({ eventStartSerial: bf, transitDaysWorst: 35, receivingDays: 14, safetyDays: 7, inboundCutOffSerial: 46332 }));
    expect(d.arriveBy).toBe(d.timelineArriveBy);
  });

  it("drops a time of day on the cut-off (the earlier whole day is the safe side)", () => {
    // hand: ⌊46325.75⌋ = 46325
    expect(unwrap(shipByDates({ eventStartSerial: bf, transitDaysWorst: 35, inboundCutOffSerial: 46325.75 })).arriveBy).toBe(46325);
  });

  it("reads a cut-off given as ISO text", () => {
    const d = unwrap(shipByDates({ eventStartSerial: bf, transitDaysWorst: 35, inboundCutOffSerial: "2026-10-30" as unknown as number }));
    expect(d.arriveBy).toBe(46325);
  });

  it("refuses a cut-off that is not a date, naming the argument", () => {
    const e = errorOf(shipByDates({ eventStartSerial: bf, transitDaysWorst: 35, inboundCutOffSerial: "next Friday" as unknown as number }));
    expect(e.code).toBe("BAD_DATE");
    expect(e.where?.argument).toBe("inbound_cut_off");
  });

  it("has no timelineArriveBy without a cut-off (outputs as before)", () => {
    expect(unwrap(shipByDates({ eventStartSerial: bf, transitDaysWorst: 35 }))).not.toHaveProperty("timelineArriveBy");
  });
});

describe("laneShipBy with a cut-off", () => {
  it("passes the cut-off to the lane's timeline", () => {
    // hand: Prime Day 2026 starts 2026-06-23 (46196); timeline 06-23 − 7 − 14 = 06-02 (46175);
    // cut-off 2026-05-27 (46169) binds: ship by 05-27 − 35 − 5 = 2026-04-17 (46129)
    const start = serialFromYmd(2026, 6, 23);
    const cutOff = serialFromYmd(2026, 5, 27);
    expect([start, cutOff]).toEqual([46196, 46169]);
    const d = unwrap(laneShipBy(sea, start, 14, 7, cutOff));
    expect(d.arriveBy).toBe(46169);
    expect(d.timelineArriveBy).toBe(46175);
    expect(isoFromSerial(d.shipBy)).toBe("2026-04-17");
  });
});
