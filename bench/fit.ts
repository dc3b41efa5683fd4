// Least-squares fits used to judge how ingest time grows with corpus size.

/** y = intercept + slope·x, with the coefficient of determination. */
export interface LinearFit {
  slope: number;
  intercept: number;
  r2: number;
}

/** Ordinary least squares of y on x (needs at least two distinct x). */
export function fitLinear(xs: readonly number[], ys: readonly number[]): LinearFit {
  if (xs.length !== ys.length || xs.length < 2)
    throw new TypeError(`fitLinear: need two equally long arrays of at least 2 points, got ${xs.length} and ${ys.length}`);
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  if (sxx === 0) throw new TypeError("fitLinear: all x are equal");
  const slope = sxy / sxx;
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { slope, intercept: my - slope * mx, r2 };
}

/** Exponent b of y ∝ x^b from a log–log fit: 1 is linear growth, 2 quadratic. */
export function fitExponent(xs: readonly number[], ys: readonly number[]): LinearFit {
  if (xs.some((x) => !(x > 0)) || ys.some((y) => !(y > 0))) throw new TypeError("fitExponent: values must be positive");
  return fitLinear(xs.map(Math.log), ys.map(Math.log));
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Linear-interpolated quantile q ∈ [0, 1] of a non-empty list. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new TypeError("quantile: empty list");
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
