/** Seeded draws for the benchmarks: the engine's generator, and synthetic SKU histories. */
import { mulberry32, poisson } from "../src/engine/stats/seededRandom";

export { mulberry32, poisson };

/**
 * A synthetic SKU history of `days` days: a base rate, weekly pattern, gentle
 * trend and Poisson noise; one SKU in four is intermittent (slow mover).
 */
export function syntheticSku(rand: () => number, days: number): number[] {
  const intermittent = rand() < 0.25;
  const base = intermittent ? 0.05 + rand() * 0.6 : 1 + rand() * 40;
  const trendPerDay = (rand() - 0.4) * base * 0.001;
  const weekly = Array.from({ length: 7 }, () => 0.75 + rand() * 0.5);
  const out = new Array<number>(days);
  for (let t = 0; t < days; t++) out[t] = poisson(rand, Math.max(0, (base + trendPerDay * t) * weekly[t % 7]));
  return out;
}
