/**
 * The fictitious seller behind PeakStock's demo workbook: 60 SKUs a China →
 * Amazon US seller might list, and the marketplace events in their sales
 * history. Everything here is invented for the demo (`generateDemo.ts` turns it
 * into daily sales); supplier names are made up, duty rates are illustrative
 * (MFN plus a Section 301 share, capped at 25 %), not tariff advice.
 *
 * Physical data is written to pass FBA's box rules: no carton side over 63.5 cm
 * (25 in) and no carton over 22.7 kg (50 lb); carton weight = units × unit
 * weight + 0.8 kg of carton and filler.
 */

/** Product families; the SKU prefix names the family (KIT, PHN, PET, HOM, FIT, DEC). */
export type DemoCategory = "Kitchen" | "Phone accessories" | "Pet supplies" | "Home & storage" | "Outdoor & fitness" | "Seasonal decor";

/** Yearly demand shape: none, Christmas or Halloween season, summer, or New Year resolutions. */
export type DemoSeason = "none" | "christmas" | "halloween" | "summer" | "newyear";

/** One SKU of the demo seller: master data and the hidden demand model. */
export interface DemoSku {
  readonly sku: string;
  readonly name: string;
  readonly category: DemoCategory;
  /** Purchase cost, USD/unit (FOB China). */
  readonly unitCost: number;
  readonly unitsPerCarton: number;
  /** Carton length, width, height, cm. */
  readonly cartonCm: readonly [number, number, number];
  /** Packed weight of one unit, kg. */
  readonly unitKg: number;
  /** US import duty, fraction of customs value. */
  readonly dutyRate: number;
  /** Production days at the supplier. */
  readonly supplierLeadDays: number;
  /** Minimum order quantity, units. */
  readonly moq: number;
  /** Lithium battery or liquid. */
  readonly sensitive: boolean;
  readonly supplier: string;
  /** A second factory already qualified for the SKU (the SKUs sheet's BackupSupplier). */
  readonly backupSupplier?: string;
  /** Mean demand at the start of the history, units/day (for a Christmas or Halloween SKU: at the season's peak). */
  readonly unitsPerDay: number;
  /** Demand multiplier per year (0.6 = falls 40 % a year, 1.4 = grows 40 %). */
  readonly growthPerYear: number;
  readonly season: DemoSeason;
  /** Off-season demand as a share of the peak (Christmas and Halloween SKUs; default 0.06). */
  readonly offSeason?: number;
  /** Slow mover: most days 0, now and then an order of a few units. */
  readonly intermittent?: boolean;
  /** A supplier delay from this ISO date: no arrivals until stock has been 0 for `days` days. */
  readonly stockOut?: { readonly from: string; readonly days: number };
}

/** The kinds of marketplace event in the history. */
export type DemoEventKind = "prime" | "bfcm" | "fall-prime";

/** One past event: first day and length. */
export interface DemoEvent {
  readonly name: string;
  readonly kind: DemoEventKind;
  /** First day, ISO date. */
  readonly start: string;
  readonly days: number;
}

/**
 * Events inside the history (2024-09-15 … 2026-09-14). Prime Day 2024 (July)
 * is before it; Black Friday / Cyber Monday 2026 is the event the demo plans.
 */
export const DEMO_EVENTS: readonly DemoEvent[] = [
  { name: "Prime Big Deal Days 2024", kind: "fall-prime", start: "2024-10-08", days: 2 },
  { name: "Black Friday / Cyber Monday 2024", kind: "bfcm", start: "2024-11-29", days: 4 },
  { name: "Prime Day 2025", kind: "prime", start: "2025-07-08", days: 4 },
  { name: "Prime Big Deal Days 2025", kind: "fall-prime", start: "2025-10-07", days: 2 },
  { name: "Black Friday / Cyber Monday 2025", kind: "bfcm", start: "2025-11-28", days: 4 },
  { name: "Prime Day 2026", kind: "prime", start: "2026-07-08", days: 4 },
];

/** Range of a SKU's Prime Day uplift (× baseline) by family; Black Friday is the same give or take 20 %, capped at 5. */
export const CATEGORY_UPLIFT: Readonly<Record<DemoCategory, readonly [number, number]>> = {
  Kitchen: [2, 4],
  "Phone accessories": [2.2, 4.2],
  "Pet supplies": [1.5, 2.8],
  "Home & storage": [1.8, 3.6],
  "Outdoor & fitness": [1.8, 3.8],
  "Seasonal decor": [1.5, 3],
};

const YANGJIANG = "Yangjiang Jinhong Kitchenware Co., Ltd.";
const MEICHU = "Guangzhou Meichu Household Co., Ltd.";
const AOLI = "Ningbo Aoli Electric Appliance Co., Ltd.";
const VOLTCORE = "Shenzhen Voltcore Technology Co., Ltd.";
const LIANFA = "Dongguan Lianfa Electronics Co., Ltd.";
const YUECHENG = "Shenzhen Yuecheng Plastic Products Co., Ltd.";
const PETJOY = "Dongguan PetJoy Products Co., Ltd.";
const HAPPY_PAWS = "Ningbo Happy Paws Pet Products Co., Ltd.";
const GREEN_LEAF = "Hangzhou Green Leaf Daily Chemical Co., Ltd.";
const JINHUA = "Jinhua Storage Works Co., Ltd.";
const TAIZHOU = "Taizhou Huangyan Plastic Co., Ltd.";
const ANJI = "Zhejiang Anji Bamboo Products Co., Ltd.";
const TRAILHEAD = "Xiamen Trailhead Outdoor Co., Ltd.";
const YONGKANG = "Yongkang Strong Fitness Equipment Co., Ltd.";
const BREEZE = "Ningbo Breeze Electric Co., Ltd.";
const YIWU = "Yiwu Festive Crafts Co., Ltd.";
const SHANTOU = "Shantou Holiday Lights Co., Ltd.";

const K = "Kitchen" as const;
const P = "Phone accessories" as const;
const T = "Pet supplies" as const;
const H = "Home & storage" as const;
const F = "Outdoor & fitness" as const;
const D = "Seasonal decor" as const;

/** The 60 SKUs, 10 per family. */
export const DEMO_SKUS: readonly DemoSku[] = [
  { sku: "KIT-01", name: "Garlic press, stainless steel", category: K, unitCost: 2.8, unitsPerCarton: 60, cartonCm: [50, 35, 30], unitKg: 0.25, dutyRate: 0.037, supplierLeadDays: 25, moq: 500, sensitive: false, supplier: YANGJIANG, backupSupplier: MEICHU, unitsPerDay: 45, growthPerYear: 1.1, season: "none" },
  { sku: "KIT-02", name: "Silicone spatula set, 5 pieces", category: K, unitCost: 3.2, unitsPerCarton: 50, cartonCm: [55, 40, 30], unitKg: 0.35, dutyRate: 0.034, supplierLeadDays: 20, moq: 500, sensitive: false, supplier: MEICHU, backupSupplier: YANGJIANG, unitsPerDay: 70, growthPerYear: 1.25, season: "none", stockOut: { from: "2025-03-24", days: 14 } },
  { sku: "KIT-03", name: "Glass olive oil sprayer, 200 ml", category: K, unitCost: 2.1, unitsPerCarton: 80, cartonCm: [50, 40, 35], unitKg: 0.18, dutyRate: 0.0, supplierLeadDays: 20, moq: 1000, sensitive: false, supplier: MEICHU, unitsPerDay: 55, growthPerYear: 1.4, season: "none" },
  { sku: "KIT-04", name: "Handheld milk frother (AA batteries not included)", category: K, unitCost: 2.6, unitsPerCarton: 100, cartonCm: [50, 35, 30], unitKg: 0.12, dutyRate: 0.042, supplierLeadDays: 35, moq: 1000, sensitive: false, supplier: AOLI, unitsPerDay: 40, growthPerYear: 0.8, season: "none" },
  { sku: "KIT-05", name: "Digital kitchen scale, 5 kg (AAA batteries not included)", category: K, unitCost: 5.5, unitsPerCarton: 40, cartonCm: [55, 40, 30], unitKg: 0.45, dutyRate: 0.0, supplierLeadDays: 35, moq: 300, sensitive: false, supplier: AOLI, unitsPerDay: 28, growthPerYear: 1.0, season: "none" },
  { sku: "KIT-06", name: "3-stage knife sharpener", category: K, unitCost: 2.4, unitsPerCarton: 100, cartonCm: [45, 35, 30], unitKg: 0.15, dutyRate: 0.17, supplierLeadDays: 25, moq: 500, sensitive: false, supplier: YANGJIANG, unitsPerDay: 30, growthPerYear: 0.95, season: "none" },
  { sku: "KIT-07", name: "Gooseneck electric kettle, 1 L", category: K, unitCost: 17.5, unitsPerCarton: 10, cartonCm: [60, 45, 40], unitKg: 1.4, dutyRate: 0.075, supplierLeadDays: 40, moq: 200, sensitive: false, supplier: AOLI, unitsPerDay: 8, growthPerYear: 1.3, season: "none" },
  { sku: "KIT-08", name: "Bamboo cutting board set, 3 pieces", category: K, unitCost: 6.2, unitsPerCarton: 12, cartonCm: [50, 38, 30], unitKg: 1.6, dutyRate: 0.032, supplierLeadDays: 30, moq: 300, sensitive: false, supplier: MEICHU, unitsPerDay: 14, growthPerYear: 1.05, season: "none" },
  { sku: "KIT-09", name: "Reusable silicone food bags, 10-pack", category: K, unitCost: 4.1, unitsPerCarton: 40, cartonCm: [50, 40, 30], unitKg: 0.4, dutyRate: 0.034, supplierLeadDays: 20, moq: 500, sensitive: false, supplier: MEICHU, unitsPerDay: 22, growthPerYear: 1.3, season: "none" },
  { sku: "KIT-10", name: "Ravioli stamp set, 3 pieces", category: K, unitCost: 3.9, unitsPerCarton: 50, cartonCm: [45, 35, 30], unitKg: 0.2, dutyRate: 0.037, supplierLeadDays: 25, moq: 100, sensitive: false, supplier: YANGJIANG, unitsPerDay: 0.35, growthPerYear: 1.0, season: "none", intermittent: true },

  { sku: "PHN-01", name: "Braided USB-C cable 2 m, 2-pack", category: P, unitCost: 1.6, unitsPerCarton: 100, cartonCm: [45, 35, 30], unitKg: 0.1, dutyRate: 0.026, supplierLeadDays: 15, moq: 1000, sensitive: false, supplier: VOLTCORE, backupSupplier: LIANFA, unitsPerDay: 160, growthPerYear: 1.2, season: "none" },
  { sku: "PHN-02", name: "20 W USB-C wall charger", category: P, unitCost: 3.4, unitsPerCarton: 100, cartonCm: [45, 35, 30], unitKg: 0.07, dutyRate: 0.075, supplierLeadDays: 20, moq: 1000, sensitive: false, supplier: VOLTCORE, backupSupplier: LIANFA, unitsPerDay: 120, growthPerYear: 1.05, season: "none" },
  { sku: "PHN-03", name: "Power bank 10,000 mAh", category: P, unitCost: 8.5, unitsPerCarton: 40, cartonCm: [50, 35, 30], unitKg: 0.24, dutyRate: 0.109, supplierLeadDays: 25, moq: 500, sensitive: true, supplier: LIANFA, unitsPerDay: 65, growthPerYear: 1.3, season: "none" },
  { sku: "PHN-04", name: "Magnetic wireless power bank 5,000 mAh", category: P, unitCost: 11.2, unitsPerCarton: 40, cartonCm: [45, 35, 30], unitKg: 0.16, dutyRate: 0.109, supplierLeadDays: 25, moq: 500, sensitive: true, supplier: LIANFA, unitsPerDay: 40, growthPerYear: 1.7, season: "none", stockOut: { from: "2025-01-06", days: 10 } },
  { sku: "PHN-05", name: "Wireless earbuds with charging case", category: P, unitCost: 9.8, unitsPerCarton: 50, cartonCm: [50, 40, 30], unitKg: 0.12, dutyRate: 0.075, supplierLeadDays: 20, moq: 500, sensitive: true, supplier: LIANFA, unitsPerDay: 55, growthPerYear: 0.75, season: "none" },
  { sku: "PHN-06", name: "Clear case for iPhone 16", category: P, unitCost: 1.5, unitsPerCarton: 100, cartonCm: [50, 40, 30], unitKg: 0.04, dutyRate: 0.053, supplierLeadDays: 15, moq: 1000, sensitive: false, supplier: YUECHENG, unitsPerDay: 140, growthPerYear: 0.55, season: "none" },
  { sku: "PHN-07", name: "Tempered glass screen protector, 3-pack", category: P, unitCost: 1.5, unitsPerCarton: 100, cartonCm: [40, 30, 25], unitKg: 0.05, dutyRate: 0.05, supplierLeadDays: 15, moq: 1000, sensitive: false, supplier: YUECHENG, unitsPerDay: 180, growthPerYear: 1.0, season: "none" },
  { sku: "PHN-08", name: "Magnetic car phone mount", category: P, unitCost: 2.9, unitsPerCarton: 80, cartonCm: [50, 40, 35], unitKg: 0.12, dutyRate: 0.053, supplierLeadDays: 20, moq: 500, sensitive: false, supplier: YUECHENG, unitsPerDay: 48, growthPerYear: 1.15, season: "none" },
  { sku: "PHN-09", name: "Selfie stick tripod with Bluetooth remote", category: P, unitCost: 4.6, unitsPerCarton: 40, cartonCm: [60, 40, 30], unitKg: 0.3, dutyRate: 0.036, supplierLeadDays: 20, moq: 300, sensitive: true, supplier: VOLTCORE, unitsPerDay: 18, growthPerYear: 0.95, season: "none" },
  { sku: "PHN-10", name: "Kids smartwatch with GPS", category: P, unitCost: 24.5, unitsPerCarton: 20, cartonCm: [50, 40, 30], unitKg: 0.25, dutyRate: 0.0, supplierLeadDays: 30, moq: 200, sensitive: true, supplier: LIANFA, unitsPerDay: 8, growthPerYear: 1.6, season: "none" },

  { sku: "PET-01", name: "Dog poop bags, 360 count", category: T, unitCost: 2.2, unitsPerCarton: 40, cartonCm: [50, 40, 30], unitKg: 0.45, dutyRate: 0.03, supplierLeadDays: 20, moq: 500, sensitive: false, supplier: PETJOY, unitsPerDay: 110, growthPerYear: 1.1, season: "none" },
  { sku: "PET-02", name: "Cat feather wand toy", category: T, unitCost: 1.5, unitsPerCarton: 100, cartonCm: [50, 40, 35], unitKg: 0.05, dutyRate: 0.0, supplierLeadDays: 25, moq: 1000, sensitive: false, supplier: PETJOY, unitsPerDay: 35, growthPerYear: 1.0, season: "none" },
  { sku: "PET-03", name: "Rechargeable laser toy for cats", category: T, unitCost: 3.9, unitsPerCarton: 100, cartonCm: [45, 35, 25], unitKg: 0.06, dutyRate: 0.039, supplierLeadDays: 25, moq: 500, sensitive: true, supplier: PETJOY, unitsPerDay: 22, growthPerYear: 1.35, season: "none" },
  { sku: "PET-04", name: "Slow feeder dog bowl", category: T, unitCost: 3.4, unitsPerCarton: 30, cartonCm: [55, 40, 35], unitKg: 0.4, dutyRate: 0.034, supplierLeadDays: 30, moq: 500, sensitive: false, supplier: HAPPY_PAWS, unitsPerDay: 30, growthPerYear: 1.05, season: "none", stockOut: { from: "2025-11-10", days: 9 } },
  { sku: "PET-05", name: "Pet grooming glove", category: T, unitCost: 1.9, unitsPerCarton: 100, cartonCm: [45, 35, 30], unitKg: 0.06, dutyRate: 0.0, supplierLeadDays: 25, moq: 500, sensitive: false, supplier: HAPPY_PAWS, unitsPerDay: 40, growthPerYear: 0.85, season: "none" },
  { sku: "PET-06", name: "Oatmeal dog shampoo, 500 ml", category: T, unitCost: 2.6, unitsPerCarton: 24, cartonCm: [45, 30, 25], unitKg: 0.58, dutyRate: 0.0, supplierLeadDays: 20, moq: 500, sensitive: true, supplier: GREEN_LEAF, unitsPerDay: 25, growthPerYear: 1.2, season: "none" },
  { sku: "PET-07", name: "Orthopedic dog bed, large (vacuum packed)", category: T, unitCost: 14, unitsPerCarton: 10, cartonCm: [60, 50, 60], unitKg: 1.8, dutyRate: 0.06, supplierLeadDays: 35, moq: 200, sensitive: false, supplier: HAPPY_PAWS, unitsPerDay: 8, growthPerYear: 1.1, season: "none" },
  { sku: "PET-08", name: "Cat scratching post, 60 cm", category: T, unitCost: 9.5, unitsPerCarton: 10, cartonCm: [62, 45, 50], unitKg: 1.6, dutyRate: 0.0, supplierLeadDays: 30, moq: 200, sensitive: false, supplier: HAPPY_PAWS, unitsPerDay: 12, growthPerYear: 1.0, season: "none" },
  { sku: "PET-09", name: "Waterproof dog raincoat", category: T, unitCost: 4.5, unitsPerCarton: 50, cartonCm: [50, 40, 30], unitKg: 0.15, dutyRate: 0.024, supplierLeadDays: 30, moq: 100, sensitive: false, supplier: PETJOY, unitsPerDay: 0.45, growthPerYear: 1.0, season: "none", intermittent: true },
  { sku: "PET-10", name: "Quiet aquarium air pump", category: T, unitCost: 5.2, unitsPerCarton: 40, cartonCm: [50, 40, 30], unitKg: 0.3, dutyRate: 0.019, supplierLeadDays: 30, moq: 100, sensitive: false, supplier: HAPPY_PAWS, unitsPerDay: 0.3, growthPerYear: 0.9, season: "none", intermittent: true },

  { sku: "HOM-01", name: "Velvet hangers, 50-pack", category: H, unitCost: 9.8, unitsPerCarton: 10, cartonCm: [55, 45, 40], unitKg: 1.9, dutyRate: 0.04, supplierLeadDays: 30, moq: 200, sensitive: false, supplier: JINHUA, unitsPerDay: 35, growthPerYear: 1.05, season: "none" },
  { sku: "HOM-02", name: "Clear fridge organizer bins, 6 pieces", category: H, unitCost: 7.5, unitsPerCarton: 10, cartonCm: [60, 40, 45], unitKg: 1.5, dutyRate: 0.034, supplierLeadDays: 25, moq: 200, sensitive: false, supplier: TAIZHOU, unitsPerDay: 28, growthPerYear: 1.45, season: "none", stockOut: { from: "2026-04-13", days: 12 } },
  { sku: "HOM-03", name: "Under-bed storage bags, 2-pack", category: H, unitCost: 5.2, unitsPerCarton: 20, cartonCm: [60, 40, 30], unitKg: 0.8, dutyRate: 0.06, supplierLeadDays: 30, moq: 300, sensitive: false, supplier: JINHUA, unitsPerDay: 22, growthPerYear: 0.9, season: "none" },
  { sku: "HOM-04", name: "Bamboo drawer dividers, 4 pieces", category: H, unitCost: 6.4, unitsPerCarton: 20, cartonCm: [55, 35, 30], unitKg: 0.9, dutyRate: 0.032, supplierLeadDays: 35, moq: 300, sensitive: false, supplier: ANJI, unitsPerDay: 14, growthPerYear: 1.2, season: "none" },
  { sku: "HOM-05", name: "Adhesive wall hooks, 20 pieces", category: H, unitCost: 1.8, unitsPerCarton: 100, cartonCm: [45, 35, 30], unitKg: 0.12, dutyRate: 0.053, supplierLeadDays: 25, moq: 1000, sensitive: false, supplier: TAIZHOU, unitsPerDay: 75, growthPerYear: 1.0, season: "none" },
  { sku: "HOM-06", name: "Stainless steel shower caddy", category: H, unitCost: 5.9, unitsPerCarton: 20, cartonCm: [50, 40, 40], unitKg: 0.8, dutyRate: 0.057, supplierLeadDays: 30, moq: 300, sensitive: false, supplier: JINHUA, unitsPerDay: 20, growthPerYear: 0.85, season: "none" },
  { sku: "HOM-07", name: "Vacuum storage bags, 8-pack with hand pump", category: H, unitCost: 7.2, unitsPerCarton: 20, cartonCm: [50, 40, 30], unitKg: 0.9, dutyRate: 0.03, supplierLeadDays: 30, moq: 300, sensitive: false, supplier: TAIZHOU, unitsPerDay: 30, growthPerYear: 1.1, season: "none" },
  { sku: "HOM-08", name: "4-tier bamboo shoe rack", category: H, unitCost: 11.5, unitsPerCarton: 10, cartonCm: [62, 30, 40], unitKg: 1.8, dutyRate: 0.0, supplierLeadDays: 35, moq: 200, sensitive: false, supplier: ANJI, unitsPerDay: 10, growthPerYear: 1.0, season: "none" },
  { sku: "HOM-09", name: "Cable management box", category: H, unitCost: 4.8, unitsPerCarton: 20, cartonCm: [55, 40, 35], unitKg: 0.6, dutyRate: 0.053, supplierLeadDays: 25, moq: 100, sensitive: false, supplier: TAIZHOU, unitsPerDay: 0.4, growthPerYear: 1.0, season: "none", intermittent: true },
  { sku: "HOM-10", name: "Lint roller with 5 refills", category: H, unitCost: 2.2, unitsPerCarton: 60, cartonCm: [50, 40, 35], unitKg: 0.25, dutyRate: 0.053, supplierLeadDays: 25, moq: 500, sensitive: false, supplier: TAIZHOU, unitsPerDay: 60, growthPerYear: 1.1, season: "none" },

  { sku: "FIT-01", name: "Resistance bands set, 5 levels", category: F, unitCost: 2.9, unitsPerCarton: 50, cartonCm: [50, 40, 30], unitKg: 0.3, dutyRate: 0.046, supplierLeadDays: 25, moq: 500, sensitive: false, supplier: YONGKANG, unitsPerDay: 45, growthPerYear: 0.9, season: "newyear" },
  { sku: "FIT-02", name: "Yoga mat 6 mm with carry strap", category: F, unitCost: 6.5, unitsPerCarton: 10, cartonCm: [62, 35, 35], unitKg: 1.1, dutyRate: 0.042, supplierLeadDays: 25, moq: 300, sensitive: false, supplier: YONGKANG, unitsPerDay: 25, growthPerYear: 1.0, season: "newyear" },
  { sku: "FIT-03", name: "Weighted jump rope", category: F, unitCost: 2.1, unitsPerCarton: 60, cartonCm: [45, 35, 30], unitKg: 0.25, dutyRate: 0.046, supplierLeadDays: 25, moq: 500, sensitive: false, supplier: YONGKANG, unitsPerDay: 20, growthPerYear: 1.1, season: "newyear" },
  { sku: "FIT-04", name: "Rechargeable LED headlamp", category: F, unitCost: 3.8, unitsPerCarton: 60, cartonCm: [45, 35, 30], unitKg: 0.1, dutyRate: 0.035, supplierLeadDays: 30, moq: 500, sensitive: true, supplier: BREEZE, unitsPerDay: 30, growthPerYear: 1.2, season: "summer" },
  { sku: "FIT-05", name: "Portable neck fan, rechargeable", category: F, unitCost: 5.6, unitsPerCarton: 40, cartonCm: [55, 40, 35], unitKg: 0.3, dutyRate: 0.047, supplierLeadDays: 30, moq: 500, sensitive: true, supplier: BREEZE, unitsPerDay: 35, growthPerYear: 0.7, season: "summer", stockOut: { from: "2025-06-02", days: 8 } },
  { sku: "FIT-06", name: "Camping hammock with tree straps", category: F, unitCost: 8.4, unitsPerCarton: 20, cartonCm: [50, 40, 35], unitKg: 0.7, dutyRate: 0.0, supplierLeadDays: 30, moq: 300, sensitive: false, supplier: TRAILHEAD, unitsPerDay: 15, growthPerYear: 1.05, season: "summer" },
  { sku: "FIT-07", name: "Insulated water bottle, 32 oz", category: F, unitCost: 5.2, unitsPerCarton: 24, cartonCm: [55, 40, 45], unitKg: 0.5, dutyRate: 0.02, supplierLeadDays: 30, moq: 500, sensitive: false, supplier: TRAILHEAD, unitsPerDay: 40, growthPerYear: 1.3, season: "none" },
  { sku: "FIT-08", name: "Mini massage gun", category: F, unitCost: 32, unitsPerCarton: 20, cartonCm: [50, 40, 30], unitKg: 0.7, dutyRate: 0.0, supplierLeadDays: 35, moq: 200, sensitive: true, supplier: BREEZE, unitsPerDay: 6, growthPerYear: 0.85, season: "newyear" },
  { sku: "FIT-09", name: "Collapsible trekking poles, pair", category: F, unitCost: 12.5, unitsPerCarton: 10, cartonCm: [62, 30, 25], unitKg: 0.55, dutyRate: 0.053, supplierLeadDays: 30, moq: 100, sensitive: false, supplier: TRAILHEAD, unitsPerDay: 0.3, growthPerYear: 1.0, season: "summer", intermittent: true },
  { sku: "FIT-10", name: "Rechargeable camping lantern", category: F, unitCost: 6.9, unitsPerCarton: 24, cartonCm: [50, 40, 35], unitKg: 0.35, dutyRate: 0.039, supplierLeadDays: 30, moq: 300, sensitive: true, supplier: BREEZE, unitsPerDay: 10, growthPerYear: 1.15, season: "summer" },

  { sku: "DEC-01", name: "Warm white fairy lights, 10 m, plug-in", category: D, unitCost: 3.5, unitsPerCarton: 50, cartonCm: [50, 40, 30], unitKg: 0.2, dutyRate: 0.039, supplierLeadDays: 25, moq: 1000, sensitive: false, supplier: SHANTOU, unitsPerDay: 180, growthPerYear: 1.1, season: "christmas", offSeason: 0.1 },
  { sku: "DEC-02", name: "Shatterproof Christmas ornaments, 36 pieces", category: D, unitCost: 6.2, unitsPerCarton: 12, cartonCm: [60, 40, 45], unitKg: 1.2, dutyRate: 0.0, supplierLeadDays: 30, moq: 300, sensitive: false, supplier: YIWU, unitsPerDay: 120, growthPerYear: 1.0, season: "christmas" },
  { sku: "DEC-03", name: "Rechargeable flameless LED candles, 6 pieces", category: D, unitCost: 7.5, unitsPerCarton: 20, cartonCm: [50, 40, 35], unitKg: 0.6, dutyRate: 0.039, supplierLeadDays: 25, moq: 300, sensitive: true, supplier: SHANTOU, unitsPerDay: 40, growthPerYear: 1.2, season: "christmas", offSeason: 0.35 },
  { sku: "DEC-04", name: "Posable Halloween skeleton, 5 ft", category: D, unitCost: 11.5, unitsPerCarton: 10, cartonCm: [60, 45, 40], unitKg: 1.2, dutyRate: 0.0, supplierLeadDays: 30, moq: 200, sensitive: false, supplier: YIWU, unitsPerDay: 60, growthPerYear: 1.15, season: "halloween", offSeason: 0.03 },
  { sku: "DEC-05", name: "Halloween LED pumpkin string lights", category: D, unitCost: 3.6, unitsPerCarton: 50, cartonCm: [50, 40, 30], unitKg: 0.15, dutyRate: 0.039, supplierLeadDays: 25, moq: 500, sensitive: false, supplier: SHANTOU, unitsPerDay: 90, growthPerYear: 1.0, season: "halloween", offSeason: 0.03 },
  { sku: "DEC-06", name: "Knit Christmas stockings, 4-pack", category: D, unitCost: 5.5, unitsPerCarton: 24, cartonCm: [55, 40, 40], unitKg: 0.5, dutyRate: 0.07, supplierLeadDays: 30, moq: 300, sensitive: false, supplier: YIWU, unitsPerDay: 70, growthPerYear: 0.9, season: "christmas" },
  { sku: "DEC-07", name: "Wooden advent calendar", category: D, unitCost: 14.5, unitsPerCarton: 10, cartonCm: [55, 40, 45], unitKg: 1.3, dutyRate: 0.0, supplierLeadDays: 35, moq: 100, sensitive: false, supplier: YIWU, unitsPerDay: 25, growthPerYear: 1.0, season: "christmas", offSeason: 0.02 },
  { sku: "DEC-08", name: "Artificial eucalyptus garland, 6 ft", category: D, unitCost: 3.9, unitsPerCarton: 40, cartonCm: [50, 40, 35], unitKg: 0.25, dutyRate: 0.08, supplierLeadDays: 25, moq: 500, sensitive: false, supplier: YIWU, unitsPerDay: 18, growthPerYear: 1.2, season: "none" },
  { sku: "DEC-09", name: "Pre-lit tabletop Christmas tree, 2 ft", category: D, unitCost: 18.5, unitsPerCarton: 10, cartonCm: [60, 40, 60], unitKg: 1.8, dutyRate: 0.0, supplierLeadDays: 35, moq: 100, sensitive: false, supplier: SHANTOU, unitsPerDay: 30, growthPerYear: 1.1, season: "christmas" },
  { sku: "DEC-10", name: "Over-the-door wreath hanger", category: D, unitCost: 2.4, unitsPerCarton: 60, cartonCm: [45, 35, 30], unitKg: 0.15, dutyRate: 0.037, supplierLeadDays: 25, moq: 200, sensitive: false, supplier: YIWU, unitsPerDay: 1.5, growthPerYear: 1.0, season: "christmas", offSeason: 0.15, intermittent: true },
];
