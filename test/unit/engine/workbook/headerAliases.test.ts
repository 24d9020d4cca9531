import { HeaderSpec, SHEET_SPECS, headerLabels, sheetLabel, type SheetKind } from "../../../../src/engine/workbook/headerAliases";
import { normalizeHeader } from "../../../../src/engine/workbook/matchHeaders";

const KINDS = Object.keys(SHEET_SPECS) as SheetKind[];
const HAS_CJK = /[\u4e00-\u9fff]/;

function spellings(h: HeaderSpec): string[] {
  return [h.key, h.en, h.zh, ...(h.aliases ?? [])];
}

describe("headerAliases", () => {
  it("lists every sheet of DESIGN.md §3, the Chart and Charts sheets, the Watch's two sheets, the Replay sheet, issue 12's order, shipment and scenario sheets and the season's Events, under its own kind", () => {
    expect(KINDS.sort()).toEqual([
      "Alerts", "Batches", "CartonLabels", "CashFlow", "Chart", "Charts", "Event", "Events", "Forecast", "Lanes", "Plan", "PurchaseOrders", "Replay", "SKUs", "Sales",
      "SalesToDate", "ScenarioResults", "Scenarios", "SendToAmazon", "Shipments", "Watch",
    ]);
    for (const k of KINDS) expect(SHEET_SPECS[k].kind).toBe(k);
  });

  it("has the canonical headers DESIGN.md §3 names, required ones marked", () => {
    const keys = (k: SheetKind) => SHEET_SPECS[k].headers.map((h) => h.key);
    const required = (k: SheetKind) => SHEET_SPECS[k].headers.filter((h) => h.required).map((h) => h.key);
    expect(required("Sales")).toEqual(["Date", "SKU", "Units"]);
    expect(keys("Sales")).toEqual(["Date", "SKU", "Units", "Marketplace", "Revenue", "OnHand"]);
    expect(required("SKUs")).toEqual(["SKU"]);
    expect(keys("SKUs")).toEqual([
      "SKU", "Name", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg",
      "DutyRate", "OnHand", "InTransit", "InTransitArrival", "SupplierLeadDays", "MOQ", "Sensitive", "Marketplace", "Supplier", "Destination",
      "BackupSupplier", "FNSKU",
    ]);
    expect(required("Lanes")).toEqual(["Lane", "Mode", "TransitDays"]);
    expect(required("Event")).toEqual(["Start", "End", "PlanDate"]);
    expect(keys("Plan")).toEqual([
      "SKU", "Destination", "Class", "Model", "BaselinePerDay", "Uplift", "EventDemandP50", "EventDemandP90", "SafetyStock", "Buffer", "OnHand",
      "InTransit", "NetNeed", "BaseQty", "BaseLane", "BaseShipBy", "SprintQty", "SprintLane", "SprintShipBy", "LandedCostPerUnit", "Why",
    ]);
  });

  it("gives every header a Chinese label; SKU, written in Latin letters in Chinese too, has Chinese aliases on input", () => {
    for (const k of KINDS) {
      for (const h of SHEET_SPECS[k].headers) {
        expect([k, h.key, HAS_CJK.test(h.zh) || h.key === "SKU"]).toEqual([k, h.key, true]);
      }
      expect(HAS_CJK.test(SHEET_SPECS[k].zh)).toBe(true);
    }
    for (const k of ["Sales", "SKUs", "SalesToDate"] as const) {
      const sku = SHEET_SPECS[k].headers.find((h) => h.key === "SKU") as HeaderSpec;
      expect(spellings(sku)).toEqual(expect.arrayContaining(["商品编码", "货号"]));
    }
  });

  it("never lets one spelling name two headers of the same sheet", () => {
    for (const k of KINDS) {
      const owner = new Map<string, string>();
      for (const h of SHEET_SPECS[k].headers) {
        for (const s of spellings(h)) {
          const n = normalizeHeader(s);
          expect(n).not.toBe("");
          const before = owner.get(n);
          if (before !== undefined) expect(`${k}: '${s}' → ${before}`).toBe(`${k}: '${s}' → ${h.key}`);
          owner.set(n, h.key);
        }
      }
    }
  });

  it("never lets one sheet name stand for two kinds", () => {
    const owner = new Map<string, SheetKind>();
    for (const k of KINDS) {
      const spec = SHEET_SPECS[k];
      for (const name of [spec.en, spec.zh, ...spec.aliases]) {
        const n = normalizeHeader(name);
        expect(owner.get(n) ?? k).toBe(k);
        owner.set(n, k);
      }
    }
  });

  it("writes output headers in English or Chinese, zh-CN the same as zh", () => {
    expect(headerLabels("Plan", "en").slice(0, 4)).toEqual(["SKU", "Destination", "Class", "Model"]);
    expect(headerLabels("Plan", "zh").slice(0, 4)).toEqual(["SKU", "目的地", "分类", "预测模型"]);
    expect(headerLabels("CashFlow", "zh-CN")).toEqual(headerLabels("CashFlow", "zh"));
    expect(headerLabels("Forecast", "en")).toHaveLength(SHEET_SPECS.Forecast.headers.length);
    expect(sheetLabel("Alerts", "zh-CN")).toBe("预警");
    expect(sheetLabel("Batches", "en")).toBe("Batches");
  });

  it("has distinct labels within each output sheet in both languages", () => {
    for (const k of ["Plan", "Batches", "CashFlow", "Alerts", "Forecast", "Watch"] as const) {
      for (const lang of ["en", "zh"] as const) {
        const labels = headerLabels(k, lang);
        expect(new Set(labels).size).toBe(labels.length);
      }
    }
  });
});
