import { cartonLabelsTable } from "../../../../src/engine/shipments/cartonLabels";
import { PACKING } from "./packedBook";

describe("cartonLabelsTable", () => {
  const table = cartonLabelsTable(PACKING, "en");
  const col = (key: string) => table.columns.findIndex((c) => c.key === key);
  const air = PACKING.find((p) => p.shipment.lane === "Air → US West");

  it("writes one label per carton, numbered 1 … N through each shipment", () => {
    // hand: 30 (boat) + 12 + 5 (air, US) + 4 (air, Germany) = 51 cartons
    expect(table.rows).toHaveLength(51);
    const airRows = table.rows.filter((r) => r[col("Shipment")] === air?.id);
    // hand: BOX cartons 1–12, then IRON 13–17, each "of 17"
    expect(airRows.map((r) => `${r[col("SKU")]} ${r[col("CartonNo")]}/${r[col("Cartons")]}`)).toEqual([
      ...Array.from({ length: 12 }, (_, i) => `BOX ${i + 1}/17`), ...Array.from({ length: 5 }, (_, i) => `IRON ${13 + i}/17`),
    ]);
  });

  it("prints the SKU, FNSKU, name, quantity, carton n of N, weight and size, shipment and ship-by on the label", () => {
    const first = table.rows.find((r) => r[col("Shipment")] === air?.id) ?? [];
    expect([first[col("FNSKU")], first[col("UnitsPerCarton")]]).toEqual(["X00BOX0001", 10]);
    expect(first[col("Label")]).toBe(
      [`SKU: BOX   FNSKU: X00BOX0001`, "Storage box", "Qty: 10 pcs", "Carton 1 of 17", "G.W. 8 kg   Meas. 50 × 40 × 30 cm", `Shipment ${air?.id} · Air → US West → Amazon US`, "Ship by 2026-10-25"].join("\n"),
    );
    const iron = table.rows.find((r) => r[col("SKU")] === "IRON") ?? [];
    expect(String(iron[col("Label")]).split("\n")[0]).toBe("SKU: IRON"); // no FNSKU given, none printed
  });

  it("speaks Chinese", () => {
    const zh = cartonLabelsTable(PACKING, "zh-CN");
    const first = zh.rows.find((r) => r[col("Shipment")] === air?.id) ?? [];
    expect(String(first[col("Label")]).split("\n")).toEqual([
      "SKU：BOX\u3000FNSKU：X00BOX0001", "品名：Storage box", "数量：10 件", "箱号：1 / 17", "毛重：8 kg\u3000尺寸：50 × 40 × 30 cm", `货件：${air?.id} · Air → US West → Amazon US`, "最晚发货：2026-10-25",
    ]);
    expect(zh.columns.map((c) => c.zh)).toContain("箱唛");
  });
});

describe("cartonLabelsTable at its limit", () => {
  it("writes the first 100,000 labels of a larger plan, and shipmentAlerts says so", async () => {
    const { MAX_CARTON_LABELS } = await import("../../../../src/engine/shipments/cartonLabels");
    const { shipmentAlerts } = await import("../../../../src/engine/shipments/shipmentAlerts");
    const big = [{ ...PACKING[0], cartons: MAX_CARTON_LABELS + 1, items: [{ ...PACKING[0].items[0], cartons: MAX_CARTON_LABELS + 1 }] }];
    expect(cartonLabelsTable(big, "en").rows).toHaveLength(100_000);
    expect(shipmentAlerts(big, "").map((a) => [a.kind, a.message])).toEqual([
      ["LABELS_LIMIT", "100,001 cartons in the plan: the CartonLabels sheet holds the first 100,000; print the rest from the Shipments sheet"],
    ]);
  });
});
