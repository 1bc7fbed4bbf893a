// Competition ranking with exact ties, shared by every statistic that ranks: Borich item and
// competency scores, both bootstraps, the ranked discrepancy model.
const nearTie = 1e-12;

/**
 * Competition ranks ("1, 2, 2, 4"), highest value first, decided exactly. `values` are the
 * rounded scores (`NaN` = unscored, ranked `NaN`); `magnitudes` bound each value's rounding
 * error (e.g. |value|); `compareExactly(a, b)` gives the sign of exact(a) − exact(b) and is
 * called only for values within 1e-12 × magnitude of each other, so ties are exact ties and
 * never artefacts of rounding.
 *
 * `order` must hold a permutation of the units; it is left sorted (highest first, `NaN` last),
 * and is reused as the starting order of the next call — nearly sorted input, as between
 * bootstrap replicates, makes the insertion sort almost linear and the call allocation-free.
 */
export function competitionRanks(
  values: Float64Array,
  magnitudes: Float64Array,
  compareExactly: (a: number, b: number) => number,
  order: Int32Array,
  ranks: Float64Array,
): void {
  const units = values.length;
  // NaN last, then larger first, then lower index first: a strict total order on the doubles.
  const before = (a: number, b: number): boolean => {
    const va = values[a] ?? Number.NaN;
    const vb = values[b] ?? Number.NaN;
    if (Number.isNaN(vb)) return !Number.isNaN(va) || a < b;
    if (Number.isNaN(va)) return false;
    return va > vb || (va === vb && a < b);
  };
  for (let s = 1; s < units; s += 1) {
    const u = order[s] ?? 0;
    let t = s - 1;
    while (t >= 0 && before(u, order[t] ?? 0)) {
      order[t + 1] = order[t] ?? 0;
      t -= 1;
    }
    order[t + 1] = u;
  }
  const close = (a: number, b: number): boolean =>
    Math.abs((values[a] ?? 0) - (values[b] ?? 0)) <=
    nearTie * Math.max(magnitudes[a] ?? 0, magnitudes[b] ?? 0);
  let start = 0;
  while (start < units) {
    const first = order[start] ?? 0;
    if (Number.isNaN(values[first] ?? Number.NaN)) {
      for (let s = start; s < units; s += 1) ranks[order[s] ?? 0] = Number.NaN;
      return;
    }
    // A run of neighbours each within rounding distance of the last: only inside it can the
    // double order differ from the exact order.
    let end = start + 1;
    while (
      end < units &&
      !Number.isNaN(values[order[end] ?? 0] ?? Number.NaN) &&
      close(order[end - 1] ?? 0, order[end] ?? 0)
    ) {
      end += 1;
    }
    if (end - start === 1) {
      ranks[first] = start + 1;
    } else {
      for (let a = start; a < end; a += 1) {
        const u = order[a] ?? 0;
        let above = 0;
        for (let b = start; b < end; b += 1) {
          if (b !== a && compareExactly(order[b] ?? 0, u) > 0) above += 1;
        }
        ranks[u] = start + 1 + above;
      }
    }
    start = end;
  }
}

/**
 * Ranks scores highest first with {@link competitionRanks}, for one-off results: returns each
 * unit's rank (`null` when unscored) and the units in rank order (ties by index).
 */
export function rankHighestFirst(
  values: Float64Array,
  magnitudes: Float64Array,
  compareExactly: (a: number, b: number) => number,
): { ranks: (number | null)[]; ranking: number[] } {
  const units = values.length;
  const initial = Array.from({ length: units }, (_, u) => u).sort((a, b) => {
    const va = values[a] ?? Number.NaN;
    const vb = values[b] ?? Number.NaN;
    if (Number.isNaN(va) || Number.isNaN(vb))
      return Number(Number.isNaN(va)) - Number(Number.isNaN(vb)) || a - b;
    return vb - va || a - b;
  });
  const order = Int32Array.from(initial);
  const rankValues = new Float64Array(units);
  competitionRanks(values, magnitudes, compareExactly, order, rankValues);
  const ranks = Array.from(rankValues, (rank) => (Number.isNaN(rank) ? null : rank));
  const ranking = initial
    .filter((u) => ranks[u] !== null)
    .sort((a, b) => (ranks[a] ?? 0) - (ranks[b] ?? 0) || a - b);
  return { ranks, ranking };
}
