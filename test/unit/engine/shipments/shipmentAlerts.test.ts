import { shipmentAlerts } from "../../../../src/engine/shipments/shipmentAlerts";
import type { ShipmentPacking } from "../../../../src/engine/shipments/shipmentPacking";
import { renderNotes } from "../../../../src/engine/plan/planNotes";
import { PACKING } from "./packedBook";

/** The packed book with BOX's carton changed. */
function withBox(change: { lengthCm?: number; cartonKg?: number }): ShipmentPacking[] {
  return PACKING.map((p) => ({ ...p, items: p.items.map((i) => (i.sku === "BOX" ? { ...i, ...change } : i)) }));
}

describe("shipmentAlerts", () => {
  it("is quiet when every FBA carton is within Amazon's box limits", () => {
    expect(shipmentAlerts(PACKING, "")).toEqual([]);
  });

  it("alerts a carton side over 25 in (63.5 cm) once per SKU and destination, in the destination's units", () => {
    const alerts = shipmentAlerts(withBox({ lengthCm: 64 }), "");
    expect(alerts.map((a) => [a.kind, a.severity, a.sku, a.destination])).toEqual([["FBA_BOX", "medium", "BOX", "Amazon US"], ["FBA_BOX", "medium", "BOX", "Amazon DE"]]);
    // hand: 64 cm = 25.2 in; 40 cm = 15.7 in; 30 cm = 11.8 in; 8 kg = 17.6 lb
    expect(alerts[0].message).toMatch(/^B0\d to Amazon US: a carton of 25\.2 × 15\.7 × 11\.8 in and 17\.6 lb is over Amazon's box limit of 25 in \/ 50 lb/);
    expect(alerts[1].message).toMatch(/to Amazon DE: a carton of 64 × 40 × 30 cm and 8 kg is over Amazon's box limit of 63\.5 cm \/ 23 kg/);
    expect(renderNotes([alerts[1].note], "zh-CN")).toMatch(/发往 Amazon DE：外箱 64 × 40 × 30 cm、8 kg，超出亚马逊对标准尺寸商品外箱的限制（63\.5 cm \/ 23 kg）/);
  });

  it("alerts weight over 50 lb in the US and 23 kg elsewhere, and never at the limit itself", () => {
    // hand: 50 lb = 22.68 kg: 22.68 is within the US limit, 23 is over it and at Germany's
    expect(shipmentAlerts(withBox({ cartonKg: 50 * 0.45359237 }), "").map((a) => a.destination)).toEqual([]);
    expect(shipmentAlerts(withBox({ cartonKg: 23 }), "").map((a) => a.destination)).toEqual(["Amazon US"]);
    expect(shipmentAlerts(withBox({ cartonKg: 23.1 }), "").map((a) => a.destination)).toEqual(["Amazon US", "Amazon DE"]);
    expect(shipmentAlerts(withBox({ lengthCm: 63.5 }), "")).toEqual([]);
  });
});
