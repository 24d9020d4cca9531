/** Mulberry32: a small seeded PRNG so synthetic benchmark data is the same every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Poisson draw with mean `lambda` (Knuth for small means, normal approximation above 30). */
export function poisson(rand: () => number, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 30) {
    const u = Math.max(1e-12, rand());
    const v = rand();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * z));
  }
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rand();
  while (p > limit) {
    k++;
    p *= rand();
  }
  return k;
}

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
