/**
 * Score histograms of every cell of a `GroupPartials`, sparse: a cell keeps one entry per
 * bin that holds at least one score, in ascending bin order, and nothing for empty bins. Bin b
 * holds the scores that round to `origin + b / binsPerPoint`.
 *
 * Cell `cell`'s entries are `entryBin[e]` / `entryCount[e]` for `cellStart[cell] ≤ e <
 * cellStart[cell + 1]` (compressed sparse rows). **Memory**: 4 bytes per cell plus 8 bytes per
 * non-empty bin, so at most 4 × (cells + 1) + 8 × (scores counted) bytes, and never more than
 * 8 × `bins` per cell: 100,000 people × 10 competencies in 5,000 groups need at most 8.2 MB,
 * where a dense array of every bin of every cell (this engine before 0.1) needed 672 MB.
 */
export interface ScoreHistogram {
  /** Bins per scale point (see `histogramResolution`). */
  readonly binsPerPoint: number;
  /** Bins on the whole scale: (max − min) × binsPerPoint + 1. */
  readonly bins: number;
  /** Score of bin 0: the scale's minimum. */
  readonly origin: number;
  /** Where each cell's entries start, cells + 1 offsets (the last is the number of entries). */
  readonly cellStart: Uint32Array;
  /** Bin of each entry, ascending within a cell. */
  readonly entryBin: Uint32Array;
  /** Scores in each entry's bin; never 0. */
  readonly entryCount: Uint32Array;
}

/** Bytes a histogram holds: its three arrays. */
export function histogramBytes(histogram: ScoreHistogram): number {
  return (
    histogram.cellStart.byteLength + histogram.entryBin.byteLength + histogram.entryCount.byteLength
  );
}

/**
 * Builds a {@link ScoreHistogram} cell by cell: `add` the bins of cell 0 in ascending order
 * (equal neighbours merge), `endCell()`, then cell 1, and so on; `finish()` after the last cell.
 * The arrays grow by doubling (or start at a known bound) and are trimmed at the end.
 */
export class HistogramBuilder {
  readonly #cellStart: Uint32Array;
  #entryBin: Uint32Array;
  #entryCount: Uint32Array;
  #size = 0;
  #cell = 0;

  /** `capacity`: entries to make room for at once, when an upper bound is known. */
  constructor(
    readonly cells: number,
    readonly binsPerPoint: number,
    readonly bins: number,
    readonly origin: number,
    capacity = 256,
  ) {
    this.#cellStart = new Uint32Array(cells + 1);
    this.#entryBin = new Uint32Array(capacity);
    this.#entryCount = new Uint32Array(capacity);
  }

  /** Adds `times` scores in bin `bin` of the current cell; bins come in ascending order. */
  add(bin: number, times: number): void {
    if (times === 0) return;
    const size = this.#size;
    if (size > (this.#cellStart[this.#cell] as number) && this.#entryBin[size - 1] === bin) {
      this.#entryCount[size - 1] = (this.#entryCount[size - 1] as number) + times;
      return;
    }
    if (size === this.#entryBin.length) {
      const entryBin = new Uint32Array(Math.max(256, size * 2));
      entryBin.set(this.#entryBin);
      this.#entryBin = entryBin;
      const entryCount = new Uint32Array(Math.max(256, size * 2));
      entryCount.set(this.#entryCount);
      this.#entryCount = entryCount;
    }
    this.#entryBin[size] = bin;
    this.#entryCount[size] = times;
    this.#size = size + 1;
  }

  /** Closes the current cell; the next `add` goes to the next cell. */
  endCell(): void {
    this.#cell += 1;
    this.#cellStart[this.#cell] = this.#size;
  }

  /** The histogram; every cell must have been closed. */
  finish(): ScoreHistogram {
    if (this.#cell !== this.cells) {
      throw new Error(`HistogramBuilder: ${this.#cell} of ${this.cells} cells closed`);
    }
    return {
      binsPerPoint: this.binsPerPoint,
      bins: this.bins,
      origin: this.origin,
      cellStart: this.#cellStart,
      // Trimmed unless the arrays were made at their final size (no copy then).
      entryBin:
        this.#size === this.#entryBin.length ? this.#entryBin : this.#entryBin.slice(0, this.#size),
      entryCount:
        this.#size === this.#entryCount.length
          ? this.#entryCount
          : this.#entryCount.slice(0, this.#size),
    };
  }
}

/** A histogram of `cells` empty cells. */
export function emptyHistogram(
  cells: number,
  binsPerPoint: number,
  bins: number,
  origin: number,
): ScoreHistogram {
  return {
    binsPerPoint,
    bins,
    origin,
    cellStart: new Uint32Array(cells + 1),
    entryBin: new Uint32Array(0),
    entryCount: new Uint32Array(0),
  };
}

/**
 * Sums cells of histograms of the same layout, exactly: cell `cell` of the result is the sum of
 * the cells `sourcesOf(cell)` visits, each a histogram and a cell of it. Works through one dense
 * scratch row of `bins` counts (all zero; pass one to reuse it across calls, it is left zeroed)
 * and the list of bins it touched, so the cost is the entries read plus sorting the touched bins
 * of each result cell; nothing is allocated per cell.
 */
export function sumHistogramCells(
  layout: ScoreHistogram,
  cells: number,
  sourcesOf: (cell: number, visit: (histogram: ScoreHistogram, from: number) => void) => void,
  scratch = new Uint32Array(layout.bins),
): ScoreHistogram {
  const builder = new HistogramBuilder(cells, layout.binsPerPoint, layout.bins, layout.origin);
  let touched = new Uint32Array(64);
  let size = 0;
  const visit = (histogram: ScoreHistogram, from: number) => {
    const end = histogram.cellStart[from + 1] as number;
    for (let e = histogram.cellStart[from] as number; e < end; e += 1) {
      const bin = histogram.entryBin[e] as number;
      if (scratch[bin] === 0) {
        if (size === touched.length) {
          const grown = new Uint32Array(size * 2);
          grown.set(touched);
          touched = grown;
        }
        touched[size] = bin;
        size += 1;
      }
      scratch[bin] = (scratch[bin] as number) + (histogram.entryCount[e] as number);
    }
  };
  for (let cell = 0; cell < cells; cell += 1) {
    size = 0;
    sourcesOf(cell, visit);
    const bins = touched.subarray(0, size).sort();
    for (const bin of bins) {
      builder.add(bin, scratch[bin] as number);
      scratch[bin] = 0;
    }
    builder.endCell();
  }
  return builder.finish();
}

/**
 * What the quantile reader needs of a `GroupPartials` (named structurally, so that this module
 * does not import the aggregation it serves).
 */
export interface HistogramCells {
  readonly count: Float64Array;
  readonly max: Float64Array;
  readonly histogram?: ScoreHistogram;
}

/**
 * Type 7 quantile (Hyndman & Fan 1996; R's and NumPy's default) read from a cell's histogram:
 * h = (n − 1)·p, Q = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋₊₁₎ − x₍⌊h⌋₎), with x₍ᵢ₎ the i-th smallest score (0-based).
 * Walks the cell's non-empty bins only; `NaN` without histograms or scores.
 */
export function histogramQuantile(partials: HistogramCells, cell: number, p: number): number {
  const histogram = partials.histogram;
  const n = partials.count[cell] as number;
  if (histogram === undefined || n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lower = Math.floor(h);
  const low = orderStatistic(partials, histogram, cell, lower);
  return h === lower
    ? low
    : low + (h - lower) * (orderStatistic(partials, histogram, cell, lower + 1) - low);
}

// The i-th smallest score (0-based) of a cell: walk the cumulative counts of its entries.
function orderStatistic(
  partials: HistogramCells,
  histogram: ScoreHistogram,
  cell: number,
  i: number,
): number {
  const { binsPerPoint, origin, cellStart, entryBin, entryCount } = histogram;
  let seen = 0;
  const end = cellStart[cell + 1] as number;
  for (let e = cellStart[cell] as number; e < end; e += 1) {
    seen += entryCount[e] as number;
    if (seen > i) return origin + (entryBin[e] as number) / binsPerPoint;
  }
  return partials.max[cell] as number;
}
