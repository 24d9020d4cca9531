import { shipmentsTable } from "../../../../src/engine/shipments/shipmentsTable";
import { PACKING } from "./packedBook";

describe("shipmentsTable", () => {
  const table = shipmentsTable(PACKING, "en");
  const col = (key: string) => table.columns.findIndex((c) => c.key === key);
  const air = PACKING.find((p) => p.shipment.lane === "Air → US West");
  const rows = table.rows.filter((r) => r[col("Shipment")] === air?.id);

  it("writes each SKU of a shipment and then its total", () => {
    expect(rows.map((r) => [r[col("Line")], r[col("SKU")], r[col("Cartons")], r[col("Units")]])).toEqual([["SKU", "BOX", 12, 120], ["SKU", "IRON", 5, 30], ["Total", "", 17, 150]]);
    // one SKU row per SKU and one total per shipment: 4 SKU batches + 3 shipments
    expect(table.rows).toHaveLength(7);
  });

  it("shows the carton's size and weight, and the shipment's CBM and kg by hand (air, 6000 cm³/kg)", () => {
    const keys = ["LengthCm", "WidthCm", "HeightCm", "CartonKg", "Cbm", "ActualKg", "VolumetricKg", "ChargeableKg", "Divisor"];
    expect(keys.map((k) => rows[0][col(k)])).toEqual([50, 40, 30, 8, 0.72, 96, 120, 120, 6000]);
    // hand: 0.72 + 0.12 = 0.84 CBM; 96 + 45 = 141 kg; 120 + 20 = 140 volumetric; 120 + 45 = 165 chargeable
    expect(keys.map((k) => rows[2][col(k)])).toEqual([null, null, null, null, 0.84, 141, 140, 165, 6000]);
  });

  it("writes the total row and the batch kind in Chinese", () => {
    const zh = shipmentsTable(PACKING, "zh-CN").rows.filter((r) => r[col("Shipment")] === air?.id);
    expect([zh[2][col("Line")], zh[2][col("Name")], zh[0][col("Kind")]]).toEqual(["合计", "2 个 SKU", "冲刺批"]);
  });
});
