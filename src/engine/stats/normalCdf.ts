/**
 * The standard normal CDF Φ(x), its density φ(x) and the standard normal loss function L(x).
 */

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/**
 * φ(x) = e^(−x²/2) ÷ √(2π).
 * @example normalPdf(0) // 0.3989423
 */
export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / SQRT_2PI;
}

/**
 * Φ(x), to about 1e-15 (double precision): Hart's algorithm 5666 (Hart et al., *Computer
 * Approximations*, 1968) as given by G. West, "Better approximations to cumulative normal
 * functions", Wilmott Magazine 2005 — a rational function of |x| below 7.07, a continued
 * fraction above, 0 or 1 beyond 37. simple-statistics' `cumulativeStdNormalProbability` reads a
 * two-decimal table, too coarse for the newsvendor's marginal conditions.
 * @example normalCdf(1.6448536) // 0.95
 * @example normalCdf(-1) // 0.1586553
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const a = Math.abs(x);
  let tail: number;
  if (a > 37) tail = 0;
  else {
    const e = Math.exp(-0.5 * a * a);
    if (a < 7.07106781186547) {
      let n = 3.52624965998911e-2 * a + 0.700383064443688;
      n = n * a + 6.37396220353165;
      n = n * a + 33.912866078383;
      n = n * a + 112.079291497871;
      n = n * a + 221.213596169931;
      n = n * a + 220.206867912376;
      let d = 8.83883476483184e-2 * a + 1.75566716318264;
      d = d * a + 16.064177579207;
      d = d * a + 86.7807322029461;
      d = d * a + 296.564248779674;
      d = d * a + 637.333633378831;
      d = d * a + 793.826512519948;
      d = d * a + 440.413735824752;
      tail = (e * n) / d;
    } else {
      let b = a + 0.65;
      b = a + 4 / b;
      b = a + 3 / b;
      b = a + 2 / b;
      b = a + 1 / b;
      tail = e / b / 2.506628274631;
    }
  }
  return x > 0 ? 1 - tail : tail;
}

/**
 * Standard normal loss function L(x) = E[(Z − x)⁺] = φ(x) − x·(1 − Φ(x)): the expected units
 * short per σ when the stock is x σ above the mean (Silver, Pyke & Thomas, *Inventory and
 * Production Management in Supply Chains*, 4th ed., appendix B, G_u(k)).
 * @example normalLoss(0) // 0.3989423 (= φ(0))
 * @example normalLoss(1) // 0.0833155
 */
export function normalLoss(x: number): number {
  return normalPdf(x) - x * (1 - normalCdf(x));
}
