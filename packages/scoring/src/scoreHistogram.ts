import type { GroupPartials } from './aggregateByGroup.js';

/**
 * Type 7 quantile (Hyndman & Fan 1996; R's and NumPy's default) read from a cell's histogram:
 * h = (n − 1)·p, Q = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋₊₁₎ − x₍⌊h⌋₎), with x₍ᵢ₎ the i-th smallest score (0-based).
 */
export function histogramQuantile(partials: GroupPartials, cell: number, p: number): number {
  const histogram = partials.histogram;
  const n = partials.count[cell] as number;
  if (histogram === undefined || n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lower = Math.floor(h);
  const low = orderStatistic(partials, cell, lower);
  return h === lower ? low : low + (h - lower) * (orderStatistic(partials, cell, lower + 1) - low);
}

// The i-th smallest score (0-based) of a cell: walk the cumulative counts of its histogram.
function orderStatistic(partials: GroupPartials, cell: number, i: number): number {
  const histogram = partials.histogram;
  if (histogram === undefined) return Number.NaN;
  const { bins, binsPerPoint, origin, counts } = histogram;
  let seen = 0;
  for (let b = 0; b < bins; b += 1) {
    seen += counts[cell * bins + b] as number;
    if (seen > i) return origin + b / binsPerPoint;
  }
  return partials.max[cell] as number;
}
