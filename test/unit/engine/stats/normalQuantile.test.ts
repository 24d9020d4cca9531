import { normalQuantile } from "../../../../src/engine/stats/normalQuantile";

describe("normalQuantile", () => {
  it("matches published z values to 6 decimals", () => {
    // R: qnorm(c(0.5, 0.8, 0.9, 0.95, 0.975, 0.98, 0.99, 0.999))
    const table: [number, number][] = [
      [0.5, 0], [0.8, 0.8416212], [0.9, 1.2815516], [0.95, 1.6448536],
      [0.975, 1.959964], [0.98, 2.0537489], [0.99, 2.3263479], [0.999, 3.0902323],
    ];
    for (const [p, z] of table) expect(normalQuantile(p)).toBeCloseTo(z, 6);
  });

  it("is antisymmetric around 0.5", () => {
    for (const p of [0.001, 0.01, 0.2, 0.4]) expect(normalQuantile(p)).toBeCloseTo(-normalQuantile(1 - p), 9);
  });

  it("is NaN outside (0, 1)", () => {
    for (const p of [0, 1, -0.1, 1.5, Number.NaN]) expect(normalQuantile(p)).toBeNaN();
  });
});
