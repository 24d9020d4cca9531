/**
 * Each SKU's recent sales per marketplace, the shares its stock is allocated by.
 */
import type { DailySeries } from "../series/dailySeries";
import type { ShareInput } from "./allocateByShare";

/** Days of recent sales the shares are measured on. */
export const SHARE_DAYS = 90;

/**
 * Per SKU, its units of the last 90 days in each marketplace, from one series
 * per marketplace (as `readSalesSheet(…, { marketplace })` builds them).
 * SKUs sold in only one marketplace are left out: there is nothing to split.
 * @param byMarketplace marketplace name → that marketplace's series
 * @example marketShares(new Map([["Amazon US", [a]], ["Walmart", [w]]])).get("MUG-01")
 * // [{ key: "Amazon US", forecast: 630 }, { key: "Walmart", forecast: 270 }]
 */
export function marketShares(byMarketplace: ReadonlyMap<string, readonly DailySeries[]>): Map<string, ShareInput[]> {
  const shares = new Map<string, ShareInput[]>();
  for (const [market, series] of byMarketplace) {
    for (const s of series) {
      let units = 0;
      for (let i = Math.max(0, s.units.length - SHARE_DAYS); i < s.units.length; i++) units += s.units[i];
      shares.set(s.sku, [...(shares.get(s.sku) ?? []), { key: market, forecast: units }]);
    }
  }
  for (const [sku, list] of shares) if (list.length < 2) shares.delete(sku);
  return shares;
}
