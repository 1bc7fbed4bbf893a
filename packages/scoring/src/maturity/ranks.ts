/**
 * Ranks of scores, 1 = best (highest), ties sharing their best rank ("sport" ranking, R's
 * `ties.method = "min"`, as COINr ranks). A missing score (NaN) ranks behind every scored
 * entity: at (number scored) + 1. `sorted` is scratch of the same length.
 */
export function ranksInto(scores: Float64Array, out: Float64Array, sorted: Float64Array): void {
  const n = scores.length;
  for (let e = 0; e < n; e += 1) {
    const s = scores[e] as number;
    sorted[e] = s === s ? s : -Infinity;
  }
  sorted.sort();
  for (let e = 0; e < n; e += 1) {
    const s = scores[e] as number;
    const key = s === s ? s : -Infinity;
    // The rank is 1 + how many are strictly above: n − (index past the last value ≤ key).
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as number) <= key) lo = mid + 1;
      else hi = mid;
    }
    out[e] = n - lo + 1;
  }
}
