/**
 * Seeded randomness for synthetic data (benchmarks, the preview's synthetic
 * workbook, the demo generator). The engine itself never draws at random: a
 * caller that needs draws creates a generator from a seed and passes it in.
 */

/**
 * Mulberry32: a small seeded PRNG, uniform in [0, 1); the same seed gives the same sequence.
 * @example const rand = mulberry32(1); rand() // 0.6270739405881613
 */
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

/**
 * A Poisson draw with mean `lambda` (units): Knuth's product method up to 30,
 * the normal approximation (Box–Muller, rounded, at least 0) above.
 * @example poisson(mulberry32(1), 0) // 0
 */
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
