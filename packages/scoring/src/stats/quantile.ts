/**
 * Quantile of sorted values by linear interpolation between order statistics (Hyndman & Fan
 * 1996 type 7: R's `quantile` default and numpy's `linear`).
 */
export function quantileOfSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const below = sorted[lo] as number;
  const above = sorted[Math.min(lo + 1, n - 1)] as number;
  return below + (h - lo) * (above - below);
}
