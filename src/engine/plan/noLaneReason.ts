/**
 * Why no lane can bring a SKU to the event, in the words a seller acts on.
 */
import { isoFromSerial } from "../dates";
import type { LaneOption } from "./laneOptions";
import { note, type PlanNote } from "./planNotes";

const cheaperFirst = (a: LaneOption, b: LaneOption): number => a.freightPerUnitUsd - b.freightPerUnitUsd || b.dates.shipByTypical - a.dates.shipByTypical;

/**
 * The notes of a SKU no lane reaches in time (issue 11 §1, "never dropped silently"), in order:
 * 1. which lane would have needed the goods by when: the allowed lane with the latest worst-case
 *    ship-by ("noLaneInTime"), or "noLaneInTimeNoOption" when no lane takes the goods at all;
 * 2. the lanes that refuse battery or liquid goods, when the SKU is sensitive ("sensitiveRefused");
 * 3. the cheapest allowed lane that would still make it at its typical transit, and by when it must
 *    leave ("typicalWouldMakeIt"): a risk the seller may choose to take;
 * 4. the need that is not shipped ("needNotShipped"): it stays in the Plan's NetNeed.
 * @param options every lane as an option for the SKU ({@link laneOptions}); none reachable and allowed
 * @param earliestShipSerial plan date + supplier lead days, Excel serial
 * @param needUnits the net need nothing carries, units
 * @example noLaneNotes(options, 46317, 420).map((n) => renderNote(n))
 * // ["no lane arrives in time: goods ready 2026-10-22, Fast boat → US West needed them by 2026-10-14",
 * //  "battery or liquid goods: Air → US West, Express → US West refuse them",
 * //  "Fast boat → US West at its typical transit would still make it if shipped by 2026-10-23",
 * //  "nothing ships: the need of 420 units stays unshipped"]
 */
export function noLaneNotes(options: readonly LaneOption[], earliestShipSerial: number, needUnits: number): PlanNote[] {
  const ready = isoFromSerial(earliestShipSerial);
  const allowed = options.filter((o) => o.allowed);
  const refused = options.filter((o) => !o.allowed);
  const notes: PlanNote[] = [];
  if (allowed.length === 0) notes.push(note("noLaneInTimeNoOption", { ready }));
  else {
    const latest = allowed.reduce((a, b) => (b.dates.shipBy > a.dates.shipBy ? b : a));
    notes.push(note("noLaneInTime", { ready, lane: latest.lane.name, shipBy: isoFromSerial(latest.dates.shipBy) }));
  }
  if (refused.length > 0) notes.push(note("sensitiveRefused", { lanes: refused.map((o) => o.lane.name).join(", ") }));
  const typical = allowed.filter((o) => o.dates.shipByTypical >= earliestShipSerial).sort(cheaperFirst)[0];
  if (typical) notes.push(note("typicalWouldMakeIt", { lane: typical.lane.name, shipBy: isoFromSerial(typical.dates.shipByTypical) }));
  notes.push(note("needNotShipped", { units: Math.ceil(Math.max(0, needUnits) - 1e-9) }));
  return notes;
}
