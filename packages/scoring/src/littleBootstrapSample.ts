import { borichSumsOf, type BorichSums } from './borich.js';
import {
  validatePairedResponses,
  type PairedResponses,
  type RatingScale,
} from './pairedResponses.js';
import { CapkitScoringError } from './scoringError.js';

/**
 * What the bag of little bootstraps needs of a survey, in a form that merges like the
 * aggregates do: the per-item sums over every respondent (for the point estimates) and a
 * seeded random sample of at most `capacity` respondents' ratings (for the subsets).
 *
 * The sample is a bottom-k sample (Cohen & Kaplan (2007), "Summarizing data using bottom-k
 * sketches", PODC): each respondent gets a key, a seeded hash of their row number in the whole
 * survey, and the `capacity` smallest keys are kept. The keys are uniform and independent of
 * the ratings, so the kept rows are a simple random sample without replacement; and the
 * smallest keys of a union are the smallest of the parts' smallest keys, so samples of shards
 * merge into exactly the sample of the whole (given each shard's `firstRow`).
 */
export interface LittleBootstrapSample {
  readonly kind: 'littleBootstrapSample';
  readonly seed: number;
  readonly capacity: number;
  readonly items: number;
  /** Respondents summed, in every part merged. */
  readonly respondents: number;
  /** Per-item sums over all of them. */
  readonly sums: BorichSums;
  /** Keys of the sampled rows, ascending. */
  readonly keys: Float64Array;
  /** Row number in the whole survey of each sampled row, in key order. */
  readonly rows: Float64Array;
  /** Importance ratings of the sampled rows, row-major, in key order. */
  readonly importance: Uint8Array;
  /** Performance ratings of the sampled rows, likewise. */
  readonly performance: Uint8Array;
}

/** Options of {@link littleBootstrapSample}. */
export interface LittleBootstrapSampleOptions {
  /** Seed of the keys: the same seed (and row numbers) gives the same sample. @default 1 */
  readonly seed?: number;
  /** Respondents kept: subsets × subset size of the bootstrap that will use the sample. */
  readonly capacity: number;
  /**
   * Row number in the whole survey of `data`'s first row, so that shards (or chunks) of one
   * survey give their rows distinct keys.
   * @default 0
   */
  readonly firstRow?: number;
}

// The murmur3 finaliser: a bijection of 32-bit words that mixes every input bit into every
// output bit (Appleby, MurmurHash3, public domain).
function mix32(word: number): number {
  let h = word >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const twoTo32 = 4_294_967_296;

/**
 * The key of a row: a 53-bit integer. Its top 32 bits are a bijection of the row's low 32 bits
 * (for a given seed and high word), so rows of one survey under 2³² never tie.
 */
export function sampleKey(seed: number, row: number): number {
  const seedLow = mix32(seed >>> 0);
  const seedHigh = mix32(Math.floor(seed / twoTo32) ^ 0x9e3779b9);
  const low = row >>> 0;
  const high = Math.floor(row / twoTo32);
  const top = mix32(low ^ seedLow ^ Math.imul(high ^ seedHigh, 0x27d4eb2f));
  const bottom = mix32(Math.imul(low, 0x165667b1) ^ top ^ seedHigh);
  return top * 2_097_152 + (bottom >>> 11);
}

function checkCapacity(capacity: number): void {
  if (!(Number.isSafeInteger(capacity) && capacity >= 1)) {
    throw new CapkitScoringError(
      'options.capacity',
      `must be a whole number ≥ 1, got ${String(capacity)}`,
    );
  }
}

/**
 * The mergeable summary of `data` for the bag of little bootstraps (see
 * {@link LittleBootstrapSample}). One pass over the ratings for the sums, one over the keys
 * with a max-heap of the `capacity` smallest: a row enters it with probability capacity / row,
 * so the heap does about capacity × ln(n / capacity) updates, whatever n.
 *
 * @throws {CapkitScoringError} for invalid data, scale, seed, capacity or first row.
 */
export function littleBootstrapSample(
  data: PairedResponses,
  scale: RatingScale,
  options: LittleBootstrapSampleOptions,
): LittleBootstrapSample {
  validatePairedResponses(data, scale);
  const { seed = 1, capacity, firstRow = 0 } = options;
  if (!Number.isSafeInteger(seed)) {
    throw new CapkitScoringError('options.seed', `must be a whole number, got ${String(seed)}`);
  }
  checkCapacity(capacity);
  if (!(Number.isSafeInteger(firstRow) && firstRow >= 0)) {
    throw new CapkitScoringError(
      'options.firstRow',
      `must be a whole number ≥ 0, got ${String(firstRow)}`,
    );
  }
  const { respondents, items } = data;
  const kept = Math.min(capacity, respondents);
  // Max-heap of (key, local row) on the largest key kept so far.
  const heapKeys = new Float64Array(kept);
  const heapRows = new Int32Array(kept);
  const siftDown = (from: number): void => {
    let i = from;
    const key = heapKeys[i] as number;
    const row = heapRows[i] as number;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= kept) break;
      const right = left + 1;
      const child =
        right < kept && (heapKeys[right] as number) > (heapKeys[left] as number) ? right : left;
      if ((heapKeys[child] as number) <= key) break;
      heapKeys[i] = heapKeys[child] as number;
      heapRows[i] = heapRows[child] as number;
      i = child;
    }
    heapKeys[i] = key;
    heapRows[i] = row;
  };
  for (let r = 0; r < kept; r += 1) {
    heapKeys[r] = sampleKey(seed, firstRow + r);
    heapRows[r] = r;
  }
  for (let i = (kept >> 1) - 1; i >= 0; i -= 1) siftDown(i);
  for (let r = kept; r < respondents; r += 1) {
    const key = sampleKey(seed, firstRow + r);
    if (key < (heapKeys[0] as number)) {
      heapKeys[0] = key;
      heapRows[0] = r;
      siftDown(0);
    }
  }
  const order = Array.from({ length: kept }, (_, i) => i).sort(
    (a, b) => (heapKeys[a] as number) - (heapKeys[b] as number),
  );
  const keys = new Float64Array(kept);
  const rows = new Float64Array(kept);
  const importance = new Uint8Array(kept * items);
  const performance = new Uint8Array(kept * items);
  order.forEach((h, i) => {
    const r = heapRows[h] as number;
    keys[i] = heapKeys[h] as number;
    rows[i] = firstRow + r;
    importance.set(data.importance.subarray(r * items, (r + 1) * items), i * items);
    performance.set(data.performance.subarray(r * items, (r + 1) * items), i * items);
  });
  return {
    kind: 'littleBootstrapSample',
    seed,
    capacity,
    items,
    respondents,
    sums: borichSumsOf(data, scale),
    keys,
    rows,
    importance,
    performance,
  };
}

const addSums = (parts: readonly Float64Array[]): Float64Array => {
  const total = new Float64Array((parts[0] as Float64Array).length);
  for (const part of parts)
    for (let j = 0; j < total.length; j += 1) total[j] = (total[j] as number) + (part[j] as number);
  return total;
};

/**
 * Merges samples of disjoint respondents (shards, chunks, workers) into the sample of their
 * union: sums add, and the `capacity` smallest keys of all parts are kept. Equal to
 * {@link littleBootstrapSample} of the whole when each part was made with its `firstRow`.
 *
 * @throws {CapkitScoringError} when the parts differ in seed, capacity or items, or two parts
 *   sampled the same row.
 */
export function mergeLittleBootstrapSamples(
  parts: readonly LittleBootstrapSample[],
): LittleBootstrapSample {
  const [first] = parts;
  if (first === undefined) throw new CapkitScoringError('parts', 'give at least one part to merge');
  parts.forEach((part, index) => {
    if (
      part.seed !== first.seed ||
      part.capacity !== first.capacity ||
      part.items !== first.items
    ) {
      throw new CapkitScoringError(
        `parts[${index}]`,
        'was sampled with another seed, capacity or number of items than parts[0]',
      );
    }
  });
  const { items, capacity } = first;
  const entries = parts.flatMap((part, p) => Array.from(part.keys, (key, i) => ({ key, p, i })));
  entries.sort((a, b) => a.key - b.key || a.p - b.p);
  const kept = entries.slice(0, capacity);
  const keys = new Float64Array(kept.length);
  const rows = new Float64Array(kept.length);
  const importance = new Uint8Array(kept.length * items);
  const performance = new Uint8Array(kept.length * items);
  kept.forEach(({ key, p, i }, at) => {
    const part = parts[p] as LittleBootstrapSample;
    const row = part.rows[i] as number;
    if (at > 0 && keys[at - 1] === key && rows[at - 1] === row) {
      throw new CapkitScoringError(
        `parts[${p}].rows`,
        `row ${row} is also in an earlier part: give each shard its own firstRow`,
      );
    }
    keys[at] = key;
    rows[at] = row;
    importance.set(part.importance.subarray(i * items, (i + 1) * items), at * items);
    performance.set(part.performance.subarray(i * items, (i + 1) * items), at * items);
  });
  const pairs = parts.map((part) => part.sums.pairs);
  const ratings = parts.map((part) => part.sums.ratings);
  return {
    ...first,
    respondents: parts.reduce((sum, part) => sum + part.respondents, 0),
    sums: {
      pairs: {
        n: addSums(pairs.map((s) => s.n)),
        sumImportance: addSums(pairs.map((s) => s.sumImportance)),
        sumPerformance: addSums(pairs.map((s) => s.sumPerformance)),
      },
      ratings: {
        n: addSums(ratings.map((s) => s.n)),
        sumImportance: addSums(ratings.map((s) => s.sumImportance)),
      },
    },
    keys,
    rows,
    importance,
    performance,
  };
}
