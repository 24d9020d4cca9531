/**
 * PeakStock as it plans today: its plan on the plan date, and its sprint decided at the
 * sprint's ship-by from a re-plan with the sales known then.
 */
import { ok, type EngineError } from "../../errors";
import { planEvent, type EventPlan } from "../../plan/planEvent";
import type { PlanLine } from "../../plan/planSku";
import type { ReplayKnowledge, ReplayPolicy, ReplayShipment } from "../types";

function planned(known: ReplayKnowledge): EventPlan {
  return planEvent({ series: known.history, skus: known.skus, lanes: known.lanes, policy: known.event });
}

function errorsOf(plan: EventPlan, only?: ReadonlySet<string>): EngineError[] {
  return plan.outcomes.flatMap((o) => (o.status === "error" && (!only || only.has(o.sku)) ? [o.error] : []));
}

function lots(line: PlanLine, which: readonly ("base" | "sprint")[]): ReplayShipment[] {
  return which.flatMap((kind) => {
    const batch = line[kind];
    return batch ? [{ sku: line.sku, lane: batch.lane, units: batch.units, shipDay: batch.shipBy }] : [];
  });
}

/**
 * The engine's own {@link planEvent}, used exactly as the product uses it:
 * - on the plan date, the plan's base batches are sent on their ship-by; each SKU whose sprint is decided
 *   later (`sprintReviewSerial`: a sprint that pays may be needed) is reviewed on that day — its planned
 *   sprint is only the EXPECTED one; a sprint due today is sent today;
 * - on a review day, the whole book is planned again with the sales up to the day before and every SKU's
 *   event stock as it stands (the base batch counted as arriving on its date, not sold before the event);
 *   the reviewed SKUs send what that re-plan asks for now (the newsvendor quantity at the sprint's CR less
 *   the stock and the base in transit, in cartons that pay), on the lanes it chooses, on their ship-by.
 *   SKUs whose plan fails send nothing and are reported.
 * @example peakStockPolicy().decide(known) // base batches by fast boat; reviews on the air ship-by with the SKUs whose sprint pays
 */
export function peakStockPolicy(): ReplayPolicy {
  return {
    id: "peakstock",
    decide(known, review) {
      const plan = planned(known);
      if (!review) {
        const reviews = new Map<number, string[]>();
        const now: ReplayShipment[] = [];
        for (const line of plan.lines) {
          const day = line.sprintReviewSerial;
          if (day === null) continue;
          if (day > known.day) reviews.set(day, [...(reviews.get(day) ?? []), line.sku]);
          else now.push(...lots(line, ["sprint"]));
        }
        return ok({
          shipments: [...plan.lines.flatMap((line) => lots(line, ["base"])), ...now],
          reviews: [...reviews].map(([day, skus]) => ({ day, skus })),
          errors: errorsOf(plan),
        });
      }
      const wanted = new Set(review.skus);
      return ok({
        shipments: plan.lines.filter((line) => wanted.has(line.sku)).flatMap((line) => lots(line, ["base", "sprint"])),
        errors: errorsOf(plan, wanted),
      });
    },
  };
}
